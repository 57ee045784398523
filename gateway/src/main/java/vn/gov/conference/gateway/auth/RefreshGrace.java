package vn.gov.conference.gateway.auth;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AccessTokenAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2RefreshTokenAuthenticationProvider;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2RefreshTokenAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;

/**
 * A refresh token just exchanged buys again, for a few seconds, what it bought: the same access, refresh and ID
 * tokens, not new ones. The console's refresh tokens rotate (a refresh returns a new one and the old one stops
 * working), and two requests of one signed-in person whose access token expired at the same moment (two tabs, or a
 * page and its own refresh of the totals; at one web replica or two) both refresh with the token their session holds:
 * without a grace the second got {@code invalid_grant}, the console dropped the person's tokens and sent them to sign
 * in again, losing the form they had posted. With it both get the same tokens, and whichever the session store keeps
 * is the current one.
 * <p>
 * Only within {@code grace} of the exchange, only for the client the tokens were issued to, only while those tokens
 * are active (a revocation ends the grace too) and for no wider scope; any other reuse is refused as before. Two
 * exchanges that cross (both read the authorization before either saved) are settled by the database: the rotation's
 * save is conditional ({@link StoredAuthorizations#rotating}), the second one loses and gets the first one's tokens.
 */
final class RefreshGrace implements AuthenticationProvider {

    private final AuthenticationProvider delegate;

    private final StoredAuthorizations authorizations;

    private final Duration grace;

    private RefreshGrace(AuthenticationProvider delegate, StoredAuthorizations authorizations, Duration grace) {
        this.delegate = delegate;
        this.authorizations = authorizations;
        this.grace = grace;
    }

    /** For {@code tokenEndpoint(e -> e.authenticationProviders(...))}: wraps the refresh-token grant's provider. */
    static Consumer<List<AuthenticationProvider>> around(StoredAuthorizations authorizations, Duration grace) {
        return providers ->
                providers.replaceAll(provider -> provider instanceof OAuth2RefreshTokenAuthenticationProvider
                        ? new RefreshGrace(provider, authorizations, grace)
                        : provider);
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        OAuth2RefreshTokenAuthenticationToken refresh = (OAuth2RefreshTokenAuthenticationToken) authentication;
        try {
            return this.authorizations.rotating(
                    refresh.getRefreshToken(), () -> this.delegate.authenticate(authentication));
        } catch (OAuth2AuthenticationException ex) {
            if (!OAuth2ErrorCodes.INVALID_GRANT.equals(ex.getError().getErrorCode())) {
                throw ex;
            }
            return again(refresh).orElseThrow(() -> ex);
        } catch (StoredAuthorizations.RotationLost lost) {
            return again(refresh).orElseThrow(() -> new OAuth2AuthenticationException(OAuth2ErrorCodes.INVALID_GRANT));
        }
    }

    /** What the token's exchange gave, when it was exchanged within the grace by this client and all is still good. */
    private Optional<Authentication> again(OAuth2RefreshTokenAuthenticationToken refresh) {
        if (!(refresh.getPrincipal() instanceof OAuth2ClientAuthenticationToken client)
                || !client.isAuthenticated()
                || client.getRegisteredClient() == null) {
            return Optional.empty();
        }
        RegisteredClient registered = client.getRegisteredClient();
        OAuth2Authorization authorization = this.authorizations.rotatedWithin(refresh.getRefreshToken(), this.grace);
        if (authorization == null || !registered.getId().equals(authorization.getRegisteredClientId())) {
            return Optional.empty();
        }
        OAuth2Authorization.Token<OAuth2AccessToken> access = authorization.getAccessToken();
        OAuth2Authorization.Token<OAuth2RefreshToken> renewed = authorization.getRefreshToken();
        if (access == null || !access.isActive() || renewed == null || !renewed.isActive()) {
            return Optional.empty();
        }
        if (!access.getToken().getScopes().containsAll(refresh.getScopes())) {
            return Optional.empty();
        }
        Map<String, Object> parameters = new HashMap<>();
        OAuth2Authorization.Token<OidcIdToken> id = authorization.getToken(OidcIdToken.class);
        if (id != null && id.isActive()) {
            parameters.put(OidcParameterNames.ID_TOKEN, id.getToken().getTokenValue());
        }
        return Optional.of(new OAuth2AccessTokenAuthenticationToken(
                registered, client, access.getToken(), renewed.getToken(), parameters));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return this.delegate.supports(authentication);
    }
}
