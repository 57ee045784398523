package vn.gov.conference.gateway.auth;

import java.time.Duration;

import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import vn.gov.conference.gateway.clients.ClientAccount;
import vn.gov.conference.gateway.clients.ClientAccounts;

/**
 * The authorization server's clients, read from the database on every token request: a client created, rotated or
 * revoked through {@code /api/clients} is in force for the next request, on every replica, without a restart. A revoked
 * client does not exist for the token endpoint.
 */
final class StoredClientRepository implements RegisteredClientRepository {

    /** Where a registered client keeps the claims its tokens carry. */
    static final String CLAIMS_SETTING = "conference.claims";

    private final ClientAccounts accounts;

    private final Duration tokenTimeToLive;

    StoredClientRepository(ClientAccounts accounts, Duration tokenTimeToLive) {
        this.accounts = accounts;
        this.tokenTimeToLive = tokenTimeToLive;
    }

    /** Only to store a stronger hash of the same secret, which the authorization server does as clients sign in. */
    @Override
    public void save(RegisteredClient registeredClient) {
        this.accounts.find(registeredClient.getClientId()).ifPresent(account -> {
            account.rehash(registeredClient.getClientSecret());
            this.accounts.save(account);
        });
    }

    @Override
    public RegisteredClient findById(String id) {
        return findByClientId(id);
    }

    @Override
    public RegisteredClient findByClientId(String clientId) {
        return this.accounts.find(clientId).filter(account -> !account.isRevoked()).map(this::registered).orElse(null);
    }

    private RegisteredClient registered(ClientAccount account) {
        return RegisteredClient.withId(account.clientId())
            .clientId(account.clientId())
            .clientName(account.name())
            .clientSecret(account.secretHash())
            .clientIdIssuedAt(account.createdAt())
            .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
            .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
            .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
            .clientSettings(ClientSettings.builder().setting(CLAIMS_SETTING, account.claims()).build())
            .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(this.tokenTimeToLive).build())
            .build();
    }
}
