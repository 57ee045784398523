package vn.gov.conference.gateway.clients;

import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Refuses the tokens of revoked clients at the gateway, for every call it checks (proxied or its own). A token stays
 * signed and unexpired after its client is revoked, so the gateway keeps the revoked ids in memory, refreshed from the
 * database every few seconds: a client revoked on another replica is refused here within that interval, and at once
 * on the replica that revoked it. A service called directly, past the gateway, only sees the token expire (the short
 * token lifetime bounds that).
 */
public class RevokedClients implements OAuth2TokenValidator<Jwt> {

    private static final Logger log = LoggerFactory.getLogger(RevokedClients.class);

    private final ClientAccounts accounts;

    private final Clock clock;

    /**
     * How far back revocations matter: a token outlives its client's revocation by its lifetime at most, so older
     * revocations (with a margin for clock skew) have no token left to refuse.
     */
    private final Duration lookBack;

    private volatile Set<String> revoked = Set.of();

    public RevokedClients(ClientAccounts accounts, Clock clock, Duration tokenTimeToLive) {
        this.accounts = accounts;
        this.clock = clock;
        this.lookBack = tokenTimeToLive.plus(Duration.ofMinutes(5));
        refresh();
    }

    @Scheduled(
            fixedDelayString = "${conference.gateway.auth.revocation-refresh:5s}",
            initialDelayString = "${conference.gateway.auth.revocation-refresh:5s}")
    void refresh() {
        try {
            this.revoked = this.accounts.revokedSince(this.clock.instant().minus(this.lookBack));
        } catch (RuntimeException ex) {
            // The last known set stays in force: a database hiccup must not let revoked clients back in.
            log.warn("Cannot refresh the revoked clients ({} known): {}", this.revoked.size(), ex.toString());
        }
    }

    void revoked(String clientId) {
        Set<String> updated = new HashSet<>(this.revoked);
        updated.add(clientId);
        this.revoked = Set.copyOf(updated);
    }

    public boolean isRevoked(String clientId) {
        return clientId != null && this.revoked.contains(clientId);
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt token) {
        if (isRevoked(token.getSubject())) {
            return OAuth2TokenValidatorResult.failure(new OAuth2Error(
                    OAuth2ErrorCodes.INVALID_TOKEN, "the client " + token.getSubject() + " was revoked", null));
        }
        return OAuth2TokenValidatorResult.success();
    }
}
