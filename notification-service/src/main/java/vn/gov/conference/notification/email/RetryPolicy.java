package vn.gov.conference.notification.email;

import java.time.Duration;
import java.util.Objects;

/**
 * How often and how patiently a failed email is tried again: up to {@code maxAttempts} attempts, waiting
 * {@code initialBackoff} after the first failure and {@code multiplier} times longer after each next one, never more
 * than {@code maxBackoff}.
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, double multiplier, Duration maxBackoff) {

    public RetryPolicy {
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("At least one attempt.");
        }
        if (multiplier < 1.0) {
            throw new IllegalArgumentException("Backoff must not shrink.");
        }
    }

    /** How long to wait after the {@code attempt}-th failed attempt (1-based). */
    public Duration backoffAfter(int attempt) {
        double millis = initialBackoff.toMillis() * Math.pow(multiplier, Math.max(0, attempt - 1));
        return millis >= maxBackoff.toMillis() ? maxBackoff : Duration.ofMillis((long) millis);
    }

    public boolean mayRetryAfter(int attempts) {
        return attempts < maxAttempts;
    }
}
