package vn.gov.conference.gateway.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTests {

    private final AtomicLong now = new AtomicLong();

    private final RateLimiter limiter = new RateLimiter(this.now::get);

    @Test
    void allowsABurstOfThePeriodsRequestsThenRefuses() {
        for (int i = 0; i < 60; i++) {
            assertThat(this.limiter
                            .acquire("client:tg-snv", 60, Duration.ofMinutes(1))
                            .allowed())
                    .isTrue();
        }

        RateLimiter.Decision refused = this.limiter.acquire("client:tg-snv", 60, Duration.ofMinutes(1));

        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfter()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void givesRequestsBackAtTheRateOfThePeriod() {
        for (int i = 0; i < 6; i++) {
            this.limiter.acquire("client:tg-snv", 6, Duration.ofMinutes(1));
        }
        assertThat(this.limiter
                        .acquire("client:tg-snv", 6, Duration.ofMinutes(1))
                        .allowed())
                .isFalse();

        this.now.addAndGet(Duration.ofSeconds(9).toNanos());
        RateLimiter.Decision stillEarly = this.limiter.acquire("client:tg-snv", 6, Duration.ofMinutes(1));
        this.now.addAndGet(Duration.ofSeconds(1).toNanos());
        RateLimiter.Decision onTime = this.limiter.acquire("client:tg-snv", 6, Duration.ofMinutes(1));

        assertThat(stillEarly.allowed()).isFalse();
        assertThat(stillEarly.retryAfter()).isEqualTo(Duration.ofSeconds(1));
        assertThat(onTime.allowed()).isTrue();
        assertThat(this.limiter
                        .acquire("client:tg-snv", 6, Duration.ofMinutes(1))
                        .allowed())
                .isFalse();
    }

    @Test
    void neverSavesUpMoreThanOneBurst() {
        this.limiter.acquire("ip:10.0.0.1", 3, Duration.ofMinutes(1));
        this.now.addAndGet(Duration.ofHours(1).toNanos());

        for (int i = 0; i < 3; i++) {
            assertThat(this.limiter
                            .acquire("ip:10.0.0.1", 3, Duration.ofMinutes(1))
                            .allowed())
                    .isTrue();
        }
        assertThat(this.limiter.acquire("ip:10.0.0.1", 3, Duration.ofMinutes(1)).allowed())
                .isFalse();
    }

    @Test
    void keepsEachCallersBucketApart() {
        this.limiter.acquire("client:tg-snv", 1, Duration.ofMinutes(1));

        assertThat(this.limiter
                        .acquire("client:tg-snv", 1, Duration.ofMinutes(1))
                        .allowed())
                .isFalse();
        assertThat(this.limiter
                        .acquire("client:dt-snv", 1, Duration.ofMinutes(1))
                        .allowed())
                .isTrue();
    }
}
