package vn.gov.conference.notification.email;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A token bucket per tenant: a province sends at most {@code burst} emails at once and then {@code perMinute} a
 * minute, so that one province issuing 130 invitations neither trips its mail relay's limits nor delays another
 * province's reminders. The bucket lives in this process: with several instances each sends at this rate.
 */
public class SendRateLimiter {

    private final int burst;
    private final double perNano;
    private final Clock clock;
    private final Map<String, Bucket> buckets = new HashMap<>();

    public SendRateLimiter(int burst, int perMinute, Clock clock) {
        if (burst < 1 || perMinute < 1) {
            throw new IllegalArgumentException("A rate limit needs a burst and a rate of at least 1.");
        }
        this.burst = burst;
        this.perNano = perMinute / (double) Duration.ofMinutes(1).toNanos();
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Takes one send from the tenant's bucket; false when it is empty (the email waits for a later pass). */
    public synchronized boolean tryAcquire(String tenant) {
        Instant now = clock.instant();
        Bucket bucket = buckets.computeIfAbsent(Objects.toString(tenant, ""), t -> new Bucket(burst, now));
        double elapsed = Duration.between(bucket.refilledAt, now).toNanos();
        if (elapsed > 0) {
            bucket.tokens = Math.min(burst, bucket.tokens + elapsed * perNano);
            bucket.refilledAt = now;
        }
        if (bucket.tokens >= 1.0) {
            bucket.tokens -= 1.0;
            return true;
        }
        return false;
    }

    private static final class Bucket {
        private double tokens;
        private Instant refilledAt;

        Bucket(double tokens, Instant refilledAt) {
            this.tokens = tokens;
            this.refilledAt = refilledAt;
        }
    }
}
