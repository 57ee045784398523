package vn.gov.conference.gateway.limits;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongSupplier;

/**
 * Token buckets keyed by caller, in this gateway's memory: what {@link SharedRateLimiter} falls back to while MongoDB
 * fails (each replica then enforces the limit on its own share of the traffic).
 */
final class RateLimiter {

    /** Past this many callers, buckets that have filled up again (idle callers) are forgotten. */
    private static final int TIDY_ABOVE = 10_000;

    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    private final LongSupplier nanoTime;

    RateLimiter() {
        this(System::nanoTime);
    }

    RateLimiter(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    /** Takes one request from the caller's bucket, or says how long until one is available. */
    Decision acquire(String caller, int capacity, Duration period) {
        if (this.buckets.size() > TIDY_ABOVE) {
            long now = this.nanoTime.getAsLong();
            this.buckets.values().removeIf(bucket -> bucket.isFull(now));
        }
        return this.buckets
                .computeIfAbsent(caller, key -> new Bucket(capacity, period, this.nanoTime.getAsLong()))
                .take(this.nanoTime.getAsLong());
    }

    record Decision(boolean allowed, long remaining, Duration retryAfter) {}

    private static final class Bucket {

        private final double capacity;

        private final double tokensPerNano;

        private double tokens;

        private long refilledAt;

        Bucket(int capacity, Duration period, long now) {
            this.capacity = capacity;
            this.tokensPerNano = capacity / (double) period.toNanos();
            this.tokens = capacity;
            this.refilledAt = now;
        }

        synchronized Decision take(long now) {
            refill(now);
            if (this.tokens >= 1) {
                this.tokens -= 1;
                return new Decision(true, (long) this.tokens, Duration.ZERO);
            }
            long nanosUntilOne = (long) Math.ceil((1 - this.tokens) / this.tokensPerNano);
            return new Decision(false, 0, Duration.ofNanos(nanosUntilOne));
        }

        synchronized boolean isFull(long now) {
            refill(now);
            return this.tokens >= this.capacity;
        }

        private void refill(long now) {
            this.tokens = Math.min(this.capacity, this.tokens + (now - this.refilledAt) * this.tokensPerNano);
            this.refilledAt = now;
        }
    }
}
