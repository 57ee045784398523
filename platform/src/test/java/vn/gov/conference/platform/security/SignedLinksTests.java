package vn.gov.conference.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignedLinksTests {

    private final SignedLinks links = new SignedLinks("a-secret-of-enough-length");
    private final Instant now = Instant.parse("2024-07-20T01:00:00Z");
    private final Instant expiry = now.plus(Duration.ofDays(3));

    @Test
    void acceptsItsOwnLinkForTheSamePurposeAndSubjectBeforeExpiry() {
        String token = links.sign("answer", "inv-1", expiry);

        assertThat(links.verify("answer", "inv-1", token, now)).isTrue();
        assertThat(SignedLinks.expiryOf(token)).isEqualTo(expiry);
    }

    @Test
    void refusesAnotherPurposeSubjectTamperingExpiryOrSecret() {
        String token = links.sign("answer", "inv-1", expiry);

        assertThat(links.verify("check-in", "inv-1", token, now)).isFalse();
        assertThat(links.verify("answer", "inv-2", token, now)).isFalse();
        assertThat(links.verify("answer", "inv-1", token, expiry)).isFalse();
        String later = (expiry.getEpochSecond() + 86_400) + token.substring(token.indexOf('.'));
        assertThat(links.verify("answer", "inv-1", later, now)).isFalse();
        assertThat(links.verify("answer", "inv-1", token.substring(0, token.length() - 1) + "x", now))
                .isFalse();
        assertThat(new SignedLinks("another-secret-of-length").verify("answer", "inv-1", token, now))
                .isFalse();
        assertThat(links.verify("answer", "inv-1", "garbage", now)).isFalse();
        assertThat(links.verify("answer", "inv-1", null, now)).isFalse();
    }

    @Test
    void refusesAShortSecret() {
        assertThatIllegalArgumentException().isThrownBy(() -> new SignedLinks("short"));
    }
}
