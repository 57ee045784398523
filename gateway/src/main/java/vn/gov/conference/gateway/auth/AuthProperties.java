package vn.gov.conference.gateway.auth;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * How callers are authenticated.
 *
 * @param embeddedServer on (the local default): this gateway is also the OAuth2 authorization server, seeded with the
 *        clients of {@code clientsFile}; off (docker-compose, production): tokens come from an external issuer named by
 *        {@code spring.security.oauth2.resourceserver.jwt.issuer-uri} (Keycloak, a national SSO)
 * @param issuer the {@code iss} of the tokens the embedded server issues and the only one it accepts back
 * @param keyFile PEM file holding the embedded server's RSA signing key, created on first start when missing so that
 *        tokens survive a restart; when unset a fresh key lives in memory only (tests)
 * @param clientsFile the machine clients of the embedded server and their claims
 * @param tokenTimeToLive lifetime of the access tokens the embedded server issues
 */
@ConfigurationProperties("conference.gateway.auth")
record AuthProperties(
        @DefaultValue("true") boolean embeddedServer,
        @DefaultValue("http://localhost:8080") URI issuer,
        Path keyFile,
        @DefaultValue("classpath:demo-clients.yml") Resource clientsFile,
        @DefaultValue("30m") Duration tokenTimeToLive) {
}
