package vn.gov.conference.gateway.auth;

import java.util.List;
import java.util.Objects;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenIntrospection;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2TokenIntrospectionAuthenticationProvider;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2TokenIntrospectionAuthenticationToken;

/**
 * {@code /oauth2/introspect} answers a client about its own tokens only: another client's token is reported
 * {@code "active": false}, as an unknown one is (RFC 7662 §2.2), so that one province's system cannot read who holds
 * another's tokens, their role, province and unit. Spring Authorization Server's provider answers any authenticated
 * client about any token; revocation already refuses another client's token ({@code invalid_client}).
 */
final class OwnTokenIntrospection implements AuthenticationProvider {

    private final AuthenticationProvider delegate;

    private OwnTokenIntrospection(AuthenticationProvider delegate) {
        this.delegate = delegate;
    }

    /** For {@code tokenIntrospectionEndpoint(e -> e.authenticationProviders(...))}: wraps the default provider. */
    static void restrict(List<AuthenticationProvider> providers) {
        providers.replaceAll(provider -> provider instanceof OAuth2TokenIntrospectionAuthenticationProvider
                ? new OwnTokenIntrospection(provider)
                : provider);
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        Authentication result = this.delegate.authenticate(authentication);
        if (!(result instanceof OAuth2TokenIntrospectionAuthenticationToken introspected)
                || !introspected.getTokenClaims().isActive()) {
            return result;
        }
        String asking = introspected.getPrincipal() instanceof OAuth2ClientAuthenticationToken client
                        && client.getRegisteredClient() != null
                ? client.getRegisteredClient().getClientId()
                : null;
        if (asking != null
                && Objects.equals(asking, introspected.getTokenClaims().getClientId())) {
            return result;
        }
        return new OAuth2TokenIntrospectionAuthenticationToken(
                introspected.getToken(),
                (Authentication) introspected.getPrincipal(),
                OAuth2TokenIntrospection.builder().build());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return this.delegate.supports(authentication);
    }
}
