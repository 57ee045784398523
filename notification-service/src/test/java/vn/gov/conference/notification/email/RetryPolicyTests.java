package vn.gov.conference.notification.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTests {

    @Test
    void growsTheBackoffExponentiallyUpToItsCap() {
        RetryPolicy policy = new RetryPolicy(6, Duration.ofSeconds(10), 3.0, Duration.ofMinutes(2));

        assertThat(policy.backoffAfter(1)).isEqualTo(Duration.ofSeconds(10));
        assertThat(policy.backoffAfter(2)).isEqualTo(Duration.ofSeconds(30));
        assertThat(policy.backoffAfter(3)).isEqualTo(Duration.ofSeconds(90));
        assertThat(policy.backoffAfter(4)).isEqualTo(Duration.ofMinutes(2));
        assertThat(policy.backoffAfter(50)).isEqualTo(Duration.ofMinutes(2));
        assertThat(policy.mayRetryAfter(5)).isTrue();
        assertThat(policy.mayRetryAfter(6)).isFalse();
    }

    @Test
    void refusesNonsense() {
        assertThatThrownBy(() -> new RetryPolicy(0, Duration.ofSeconds(1), 2, Duration.ofSeconds(2)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(3, Duration.ofSeconds(1), 0.5, Duration.ofSeconds(2)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
