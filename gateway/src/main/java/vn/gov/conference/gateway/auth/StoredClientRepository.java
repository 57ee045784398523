package vn.gov.conference.gateway.auth;

import java.time.Duration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import vn.gov.conference.gateway.clients.ClientAccount;
import vn.gov.conference.gateway.clients.ClientAccounts;

/**
 * The authorization server's clients, read from the database on every token request: a client created, rotated or
 * revoked through {@code /api/clients} is in force for the next request, on every replica, without a restart. A revoked
 * client does not exist for the token endpoint. Beside them, the staff console's client, from configuration: people
 * sign in through it (authorization code with PKCE), and its tokens carry the person's claims, not a client's.
 */
final class StoredClientRepository implements RegisteredClientRepository {

    /** Where a registered client keeps the claims its tokens carry. */
    static final String CLAIMS_SETTING = "conference.claims";

    private final ClientAccounts accounts;

    private final Duration tokenTimeToLive;

    /** Null when the deployment gives the console no secret. */
    private final RegisteredClient console;

    StoredClientRepository(ClientAccounts accounts, Duration tokenTimeToLive, RegisteredClient console) {
        this.accounts = accounts;
        this.tokenTimeToLive = tokenTimeToLive;
        this.console = console;
    }

    /** The console's client: a server-side application with a secret, PKCE required all the same. */
    static RegisteredClient console(AuthProperties.Console console, String secretHash, Duration tokenTimeToLive) {
        return RegisteredClient.withId(console.clientId())
                .clientId(console.clientId())
                .clientName("Bảng điều hành Hội nghị chỉ số")
                .clientSecret(secretHash)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                .redirectUri(console.redirectUri().toString())
                .postLogoutRedirectUri(console.signedOutUri().toString())
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                .clientSettings(ClientSettings.builder()
                        .requireProofKey(true)
                        .requireAuthorizationConsent(false)
                        .build())
                .tokenSettings(TokenSettings.builder()
                        .accessTokenTimeToLive(tokenTimeToLive)
                        .refreshTokenTimeToLive(console.sessionTimeToLive())
                        .reuseRefreshTokens(false)
                        .build())
                .build();
    }

    /** Only to store a stronger hash of the same secret, which the authorization server does as clients sign in. */
    @Override
    public void save(RegisteredClient registeredClient) {
        if (isConsole(registeredClient.getClientId())) {
            return;
        }
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
        if (isConsole(clientId)) {
            return this.console;
        }
        return this.accounts
                .find(clientId)
                .filter(account -> !account.isRevoked())
                .map(this::registered)
                .orElse(null);
    }

    private boolean isConsole(String clientId) {
        return this.console != null && this.console.getClientId().equals(clientId);
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
                .clientSettings(ClientSettings.builder()
                        .setting(CLAIMS_SETTING, account.claims())
                        .build())
                .tokenSettings(TokenSettings.builder()
                        .accessTokenTimeToLive(this.tokenTimeToLive)
                        .build())
                .build();
    }
}
