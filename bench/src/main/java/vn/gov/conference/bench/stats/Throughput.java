package vn.gov.conference.bench.stats;

import java.time.Duration;

/** Work done in a measured time. */
public record Throughput(long units, Duration elapsed) {

    public Throughput {
        if (units < 0 || elapsed.isNegative()) {
            throw new IllegalArgumentException("A throughput needs a non-negative count and duration");
        }
    }

    public double perSecond() {
        return elapsed.isZero() ? Double.NaN : units / (elapsed.toNanos() / 1e9);
    }

    /** Megabytes (10^6 bytes) per second when the units are bytes. */
    public double megabytesPerSecond() {
        return perSecond() / 1e6;
    }
}
