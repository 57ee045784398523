package vn.gov.conference.bench.stats;

import java.util.Arrays;
import java.util.Collection;

/**
 * A set of measured durations in nanoseconds, summarised the way the benchmark tables show them. Percentiles use the
 * nearest-rank method (the smallest sample with at least p % of the samples at or below it), so every figure is a
 * latency that was actually observed, never an interpolation between two.
 */
public final class Latencies {

    private final long[] sorted;

    private Latencies(long[] sorted) {
        this.sorted = sorted;
    }

    public static Latencies ofNanos(long... nanos) {
        long[] copy = nanos.clone();
        Arrays.sort(copy);
        return new Latencies(copy);
    }

    public static Latencies ofNanos(Collection<Long> nanos) {
        return ofNanos(nanos.stream().mapToLong(Long::longValue).toArray());
    }

    public static Latencies ofMillis(Collection<Long> millis) {
        return ofNanos(millis.stream().mapToLong(ms -> ms * 1_000_000L).toArray());
    }

    public int count() {
        return sorted.length;
    }

    /**
     * @param percent in (0, 100]
     * @throws IllegalStateException when there are no samples
     */
    public long percentileNanos(double percent) {
        if (percent <= 0 || percent > 100) {
            throw new IllegalArgumentException("A percentile is in (0, 100], not " + percent);
        }
        if (sorted.length == 0) {
            throw new IllegalStateException("No samples");
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(rank, 1) - 1];
    }

    public double percentileMillis(double percent) {
        return percentileNanos(percent) / 1e6;
    }

    public double p50Millis() {
        return percentileMillis(50);
    }

    public double p99Millis() {
        return percentileMillis(99);
    }

    public double maxMillis() {
        return percentileMillis(100);
    }

    public double meanMillis() {
        if (sorted.length == 0) {
            throw new IllegalStateException("No samples");
        }
        return Arrays.stream(sorted).average().orElseThrow() / 1e6;
    }
}
