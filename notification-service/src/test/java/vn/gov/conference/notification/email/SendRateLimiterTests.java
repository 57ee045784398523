package vn.gov.conference.notification.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SendRateLimiterTests {

    @Test
    void letsABurstThroughThenRefillsAtTheRate() {
        MutableClock clock = new MutableClock(Instant.parse("2024-08-01T00:00:00Z"));
        SendRateLimiter limiter = new SendRateLimiter(3, 60, clock);

        assertThat(limiter.tryAcquire("tien-giang")).isTrue();
        assertThat(limiter.tryAcquire("tien-giang")).isTrue();
        assertThat(limiter.tryAcquire("tien-giang")).isTrue();
        assertThat(limiter.tryAcquire("tien-giang")).isFalse();

        clock.advance(Duration.ofMillis(999));
        assertThat(limiter.tryAcquire("tien-giang")).isFalse();
        clock.advance(Duration.ofMillis(1));
        assertThat(limiter.tryAcquire("tien-giang")).isTrue();
        assertThat(limiter.tryAcquire("tien-giang")).isFalse();
    }

    @Test
    void keepsOneBucketPerTenant() {
        MutableClock clock = new MutableClock(Instant.parse("2024-08-01T00:00:00Z"));
        SendRateLimiter limiter = new SendRateLimiter(1, 1, clock);

        assertThat(limiter.tryAcquire("tien-giang")).isTrue();
        assertThat(limiter.tryAcquire("tien-giang")).isFalse();
        assertThat(limiter.tryAcquire("dong-thap")).isTrue();
    }

    @Test
    void neverHoldsMoreThanItsBurstAfterALongPause() {
        MutableClock clock = new MutableClock(Instant.parse("2024-08-01T00:00:00Z"));
        SendRateLimiter limiter = new SendRateLimiter(2, 60, clock);
        limiter.tryAcquire("dong-thap");

        clock.advance(Duration.ofHours(5));

        assertThat(limiter.tryAcquire("dong-thap")).isTrue();
        assertThat(limiter.tryAcquire("dong-thap")).isTrue();
        assertThat(limiter.tryAcquire("dong-thap")).isFalse();
    }

    @Test
    void aClockThatWentBackDoesNotEmptyTheBucketForAsLong() {
        MutableClock clock = new MutableClock(Instant.parse("2024-08-08T00:00:00Z"));
        SendRateLimiter limiter = new SendRateLimiter(2, 60, clock);
        limiter.tryAcquire("tien-giang");
        limiter.tryAcquire("tien-giang");
        assertThat(limiter.tryAcquire("tien-giang")).isFalse();

        clock.advance(Duration.ofDays(-13));

        assertThat(limiter.tryAcquire("tien-giang"))
                .as("the bucket starts again from the new now")
                .isTrue();
        assertThat(limiter.tryAcquire("tien-giang")).isTrue();
        assertThat(limiter.tryAcquire("tien-giang")).as("and keeps its burst").isFalse();
    }

    @Test
    void aBucketAheadWithinTheReplicasClockSkewStillWaits() {
        MutableClock clock = new MutableClock(Instant.parse("2024-08-08T00:00:00Z"));
        SendRateLimiter limiter = new SendRateLimiter(1, 60, clock);
        limiter.tryAcquire("tien-giang");

        clock.advance(Duration.ofSeconds(-30));

        assertThat(limiter.tryAcquire("tien-giang"))
                .as("30 s apart is two replicas' clocks, not a clock gone back")
                .isFalse();
    }
}
