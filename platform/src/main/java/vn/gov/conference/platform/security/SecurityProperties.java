package vn.gov.conference.platform.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * @param jwkSetUri        where the token issuer publishes its keys (the gateway's /oauth2/jwks locally)
 * @param publicKeyLocation a PEM RSA public key to verify tokens with instead (tests, air-gapped installs)
 * @param publicPaths      request patterns reachable without a token: the delegates' signed-link endpoints, which
 *                         verify their own signature
 * @param linkSecret       the HMAC secret shared by the services for signed links
 * @param issuer           the only {@code iss} accepted: the gateway's embedded authorization server (its public URL),
 *                         or the external issuer's URL (a Keycloak realm)
 * @param audience         what {@code aud} must name: a token the same issuer made for another application is refused
 */
@ConfigurationProperties("conference.security")
public record SecurityProperties(
        String jwkSetUri,
        Resource publicKeyLocation,
        List<String> publicPaths,
        String linkSecret,
        String issuer,
        String audience) {

    public SecurityProperties {
        publicPaths = publicPaths == null ? List.of() : List.copyOf(publicPaths);
        issuer = issuer == null || issuer.isBlank() ? "http://localhost:8080" : issuer;
        audience = audience == null || audience.isBlank() ? "conference-api" : audience;
    }
}
