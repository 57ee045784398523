package vn.gov.conference.gateway.auth;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.util.StringUtils;
import vn.gov.conference.platform.security.VerifiedTokens;

/**
 * docker-compose and production: the gateway is only a resource server for an external issuer (Keycloak or a
 * national SSO, where people sign in with the authorization-code flow). The issuer must put {@code role},
 * {@code province} and {@code unit} claims in its access tokens, as the embedded server does.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "conference.gateway.auth.embedded-server", havingValue = false)
class ExternalIssuerConfiguration {

    /**
     * Resolved on first use, not at start-up: the issuer may come up after the gateway. Checks signature, expiry,
     * that {@code iss} is exactly the configured issuer and that {@code aud} names this API (Keycloak: an audience
     * mapper on the clients' scope).
     */
    @Bean
    JwtDecoder jwtDecoder(
            @Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri:}") String issuerUri,
            AuthProperties properties) {
        if (!StringUtils.hasText(issuerUri)) {
            throw new IllegalStateException("With conference.gateway.auth.embedded-server=false the gateway needs "
                    + "the external issuer: set CONFERENCE_ISSUER_URI "
                    + "(spring.security.oauth2.resourceserver.jwt.issuer-uri).");
        }
        OAuth2TokenValidator<Jwt> validator = new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(issuerUri), Audience.required(properties.audience()));
        return new VerifiedTokens(
                new SupplierJwtDecoder(() -> {
                    NimbusJwtDecoder decoder =
                            NimbusJwtDecoder.withIssuerLocation(issuerUri).build();
                    decoder.setJwtValidator(validator);
                    return decoder;
                }),
                validator);
    }
}
