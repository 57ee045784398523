package vn.gov.conference.gateway.signin;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import vn.gov.conference.gateway.people.PasswordLogins;
import vn.gov.conference.gateway.web.Refusal;

/** The login form's check: {@link PasswordLogins}, its lockout included, turned into Spring Security's outcomes. */
final class PersonAuthentication implements AuthenticationProvider {

    private final PasswordLogins logins;

    PersonAuthentication(PasswordLogins logins) {
        this.logins = logins;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        try {
            SignedInPerson person = SignedInPerson.of(
                    this.logins.verify(authentication.getName(), String.valueOf(authentication.getCredentials())));
            // The password factor and when it was given: the ID token's auth_time.
            return UsernamePasswordAuthenticationToken.authenticated(
                    person,
                    null,
                    List.of(FactorGrantedAuthority.withAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY)
                            .issuedAt(Instant.now())
                            .build()));
        } catch (Refusal refusal) {
            throw switch (refusal.rule()) {
                case "login-lockout" -> new Locked(Duration.ofSeconds(refusal.retryAfterSeconds()));
                case "account-disabled" -> new DisabledException(refusal.getMessage());
                default -> new BadCredentialsException(refusal.getMessage());
            };
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** A locked account, and for how much longer. */
    static final class Locked extends LockedException {

        private final Duration remaining;

        Locked(Duration remaining) {
            super("Locked for " + remaining.toSeconds() + " s");
            this.remaining = remaining;
        }

        Duration remaining() {
            return this.remaining;
        }
    }
}
