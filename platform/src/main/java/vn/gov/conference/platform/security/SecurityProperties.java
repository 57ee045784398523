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
 */
@ConfigurationProperties("conference.security")
public record SecurityProperties(String jwkSetUri, Resource publicKeyLocation, List<String> publicPaths,
                                 String linkSecret) {

    public SecurityProperties {
        publicPaths = publicPaths == null ? List.of() : List.copyOf(publicPaths);
    }
}
