package vn.gov.conference.gateway.auth;

import java.util.Arrays;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import vn.gov.conference.gateway.web.Refusal;
import vn.gov.conference.platform.security.Role;

/**
 * Who calls the gateway's own endpoints (clients, people), from the claims of its token.
 *
 * @param subject the client id
 * @param role what it may do
 * @param province its province; null for the central agency and the platform operators
 * @param unit its unit code
 */
public record Caller(String subject, Role role, String province, String unit) {

    public static Caller of(Authentication authentication) {
        if (!(authentication instanceof JwtAuthenticationToken token)) {
            throw Refusal.forbidden("token-required", "This address needs an access token of a client or a person.");
        }
        String role = token.getToken().getClaimAsString("role");
        Role parsed;
        try {
            parsed = Role.valueOf(role);
        } catch (IllegalArgumentException | NullPointerException ex) {
            throw Refusal.forbidden(
                    "unknown-role",
                    "The token's role claim '" + role + "' is not one of " + Arrays.toString(Role.values()) + ".");
        }
        return new Caller(
                token.getToken().getSubject(),
                parsed,
                token.getToken().getClaimAsString("province"),
                token.getToken().getClaimAsString("unit"));
    }

    public boolean is(Role role) {
        return this.role == role;
    }
}
