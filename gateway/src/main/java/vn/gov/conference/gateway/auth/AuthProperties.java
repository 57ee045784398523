package vn.gov.conference.gateway.auth;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import vn.gov.conference.gateway.lockout.Lockouts;

/**
 * How callers are authenticated.
 *
 * @param embeddedServer on: this gateway is also the OAuth2 authorization server, its clients stored in MongoDB; off:
 *        tokens come from an external issuer named by {@code spring.security.oauth2.resourceserver.jwt.issuer-uri}
 *        (Keycloak, a national SSO)
 * @param issuer the {@code iss} of the tokens the embedded server issues and the only one it accepts back
 * @param audience the {@code aud} the embedded server puts in its tokens, and that every token must carry (the
 *        external issuer's too): a token issued for another application is refused
 * @param keyFile PEM file holding the embedded server's RSA signing key, created on first start when missing so that
 *        tokens survive a restart; when unset a fresh key lives in memory only (tests)
 * @param clientsFile the clients that seed a fresh store (the demo clients locally); empty in production, where the
 *        store starts with the {@code admin} client only
 * @param adminSecret the {@code admin} client's secret when there is no clients file (required then)
 * @param tokenTimeToLive lifetime of the access tokens the embedded server issues: how long a revoked client's token
 *        still works at a service called directly, past the gateway
 * @param revocationRefresh how often the gateway re-reads the revoked clients (another replica's revocations)
 * @param lockout when wrong secrets at the token endpoint lock a client id, and a caller's address
 * @param console the staff console's client (authorization code with PKCE, people signing in)
 */
@ConfigurationProperties("conference.gateway.auth")
record AuthProperties(
        @DefaultValue("true") boolean embeddedServer,
        @DefaultValue("http://localhost:8080") URI issuer,
        @DefaultValue("conference-api") String audience,
        Path keyFile,
        String clientsFile,
        String adminSecret,
        @DefaultValue("10m") Duration tokenTimeToLive,
        @DefaultValue("5s") Duration revocationRefresh,
        @DefaultValue Lockout lockout,
        @DefaultValue Console console) {

    /**
     * @param client wrong secrets for one client id, from anywhere
     * @param address wrong secrets from one address, for any client ids (one caller trying many)
     */
    record Lockout(Lockouts.Policy client, Lockouts.Policy address) {}

    /**
     * @param clientId the console's client id
     * @param secret its secret, shared with the web module; no console client when empty
     * @param redirectUri where the browser brings the authorization code back (the console, through the gateway)
     * @param signedOutUri where the browser lands after signing out
     * @param sessionTimeToLive how long a person stays signed in without signing in again (the refresh token's life)
     * @param refreshGrace how long a refresh token just exchanged still gets the tokens it got ({@link RefreshGrace}):
     *        two requests of one session refreshing at once; short, since whoever holds the old token gets them too
     */
    record Console(
            @DefaultValue("console") String clientId,
            String secret,
            URI redirectUri,
            URI signedOutUri,
            @DefaultValue("8h") Duration sessionTimeToLive,
            @DefaultValue("30s") Duration refreshGrace) {}
}
