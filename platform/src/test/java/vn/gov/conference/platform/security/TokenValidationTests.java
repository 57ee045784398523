package vn.gov.conference.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import vn.gov.conference.testing.TestTokens;

/** The decoder every service verifies tokens with, as configured by default: signature, expiry, issuer, audience. */
class TokenValidationTests {

    private final JwtDecoder decoder = decoder("http://localhost:8080", "conference-api");

    @Test
    void acceptsATokenOfTheConfiguredIssuerForThisApi() {
        Jwt token = this.decoder.decode(TestTokens.office("tien-giang"));

        assertThat(token.getIssuer()).hasToString("http://localhost:8080");
        assertThat(token.getAudience()).containsExactly("conference-api");
    }

    @Test
    void refusesATokenFromAnotherIssuerSignedWithATrustedKey() {
        assertThatThrownBy(() -> this.decoder.decode(
                        TestTokens.issuedBy("https://sso.example.org/realms/other", "conference-api")))
                .isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("iss");
    }

    @Test
    void refusesATokenForAnotherAudienceOrForNone() {
        assertThatThrownBy(() -> this.decoder.decode(TestTokens.issuedBy("http://localhost:8080", "hr-portal")))
                .isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("aud");
        assertThatThrownBy(() -> this.decoder.decode(TestTokens.issuedBy("http://localhost:8080", null)))
                .isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("aud");
    }

    @Test
    void refusesAnExpiredToken() {
        assertThatThrownBy(
                        () -> this.decoder.decode(TestTokens.expired("tg-office", "OFFICE", "tien-giang", "TG-VPUBND")))
                .isInstanceOf(BadJwtException.class);
    }

    /** An external issuer (a Keycloak realm) is accepted once configured, and the embedded one no longer is. */
    @Test
    void followsTheConfiguredIssuerAndAudience() {
        JwtDecoder keycloak = decoder("https://sso.example.gov.vn/realms/conference", "conference");

        assertThat(keycloak.decode(TestTokens.issuedBy("https://sso.example.gov.vn/realms/conference", "conference"))
                        .getSubject())
                .isEqualTo("central");
        assertThatThrownBy(() -> keycloak.decode(TestTokens.central())).isInstanceOf(JwtValidationException.class);
    }

    private static JwtDecoder decoder(String issuer, String audience) {
        SecurityProperties properties = new SecurityProperties(
                null, new ClassPathResource("conference-test-keys/public.pem"), List.of(), null, issuer, audience);
        try {
            return new SecurityConfiguration().jwtDecoder(properties);
        } catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
