package vn.gov.conference.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * The cache of verified tokens: a token's signature is verified once, its claims on every call. The signature check
 * is a fake here (counting its calls); the claim validators are the real ones.
 */
class VerifiedTokensTests {

    private final AtomicInteger verifications = new AtomicInteger();

    private final Set<String> revoked = ConcurrentHashMap.newKeySet();

    private final OAuth2TokenValidator<Jwt> validator = new DelegatingOAuth2TokenValidator<>(
            new JwtTimestampValidator(),
            jwt -> this.revoked.contains(jwt.getSubject())
                    ? OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "revoked", null))
                    : OAuth2TokenValidatorResult.success());

    /** Tokens "signed" by this fake are "ok.<subject>.<expiry epoch second>"; anything else is a bad signature. */
    private final JwtDecoder signatureCheck = token -> {
        this.verifications.incrementAndGet();
        String[] parts = token.split("\\.");
        if (parts.length != 3 || !parts[0].equals("ok")) {
            throw new BadJwtException("bad signature");
        }
        Instant expiry = Instant.ofEpochSecond(Long.parseLong(parts[2]));
        Jwt jwt = Jwt.withTokenValue(token)
                .header("alg", "RS256")
                .subject(parts[1])
                .issuedAt(expiry.minusSeconds(600))
                .expiresAt(expiry)
                .build();
        OAuth2TokenValidatorResult result = this.validator.validate(jwt);
        if (result.hasErrors()) {
            throw new JwtValidationException("invalid", result.getErrors());
        }
        return jwt;
    };

    private final VerifiedTokens tokens = new VerifiedTokens(this.signatureCheck, this.validator);

    @Test
    void aTokenIsVerifiedOnceAndServedFromMemoryAfter() {
        String token = token("tg-snv", Instant.now().plusSeconds(600));
        for (int i = 0; i < 5; i++) {
            assertThat(this.tokens.decode(token).getSubject()).isEqualTo("tg-snv");
        }
        assertThat(this.verifications).hasValue(1);
    }

    @Test
    void aClientRevokedAfterItsTokenWasCachedIsRefusedAtOnce() {
        String token = token("dt-snv", Instant.now().plusSeconds(600));
        this.tokens.decode(token);
        this.revoked.add("dt-snv");

        assertThatExceptionOfType(JwtValidationException.class)
                .isThrownBy(() -> this.tokens.decode(token))
                .withMessageContaining("revoked");
        assertThatExceptionOfType(JwtValidationException.class).isThrownBy(() -> this.tokens.decode(token));
    }

    @Test
    void anExpiredTokenIsNotServedFromMemory() {
        // Expired 2 minutes ago: past the validator's 60 s of clock skew, refused whether cached or not.
        String token = token("tg-stttt", Instant.now().minusSeconds(120));
        assertThatExceptionOfType(JwtValidationException.class).isThrownBy(() -> this.tokens.decode(token));
        assertThatExceptionOfType(JwtValidationException.class).isThrownBy(() -> this.tokens.decode(token));
        assertThat(this.verifications).as("a refused token is not remembered").hasValue(2);
    }

    @Test
    void aBadSignatureIsNeverRemembered() {
        String good = token("tg-snv", Instant.now().plusSeconds(600));
        this.tokens.decode(good);
        String forged = "forged" + good.substring(2);
        assertThatExceptionOfType(BadJwtException.class).isThrownBy(() -> this.tokens.decode(forged));
        assertThatExceptionOfType(BadJwtException.class).isThrownBy(() -> this.tokens.decode(forged));
        assertThat(this.verifications).hasValue(3);
    }

    @Test
    void manyTokensStayBounded() {
        for (int i = 0; i < VerifiedTokens.MAX_TOKENS * 2; i++) {
            this.tokens.decode(token("client-" + i, Instant.now().plusSeconds(600)));
        }
        String last = token(
                "client-" + (VerifiedTokens.MAX_TOKENS * 2 - 1), Instant.now().plusSeconds(600));
        int before = this.verifications.get();
        this.tokens.decode(last);
        assertThat(this.verifications.get())
                .as("the newest token is still remembered")
                .isEqualTo(before);
        assertThat(this.tokens.size()).isLessThanOrEqualTo(VerifiedTokens.MAX_TOKENS);
    }

    private static String token(String subject, Instant expiry) {
        return "ok." + subject + "." + expiry.getEpochSecond();
    }
}
