package vn.gov.conference.platform.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import vn.gov.conference.platform.web.Problems;

/**
 * The answer to a request without a valid token, at the gateway and in every service: 401 with a {@code Bearer}
 * challenge and a problem body that tells the caller what was wrong with its token, or that it sent none.
 */
public class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private final AuthenticationEntryPoint challenge;

    /**
     * The gateway's: the RFC 6750 challenge from Spring's bearer entry point, with the error and the address of the
     * protected-resource metadata the gateway serves.
     */
    public ProblemAuthenticationEntryPoint() {
        this(new BearerTokenAuthenticationEntryPoint());
    }

    private ProblemAuthenticationEntryPoint(AuthenticationEntryPoint challenge) {
        this.challenge = challenge;
    }

    /**
     * A service's, behind the gateway: a bare {@code Bearer} challenge, since the metadata Spring would point to is
     * the gateway's, not at the service's own (internal) address.
     */
    public static ProblemAuthenticationEntryPoint behindGateway() {
        return new ProblemAuthenticationEntryPoint((request, response, failure) -> {
            response.setStatus(HttpStatus.UNAUTHORIZED.value());
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        });
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException, ServletException {
        this.challenge.commence(request, response, failure);
        String detail = failure instanceof OAuth2AuthenticationException oauth2
                        && oauth2.getError().getDescription() != null
                ? "The access token was refused: " + oauth2.getError().getDescription()
                : "This address needs an access token: send 'Authorization: Bearer <token>' "
                        + "(machine clients get one from /oauth2/token).";
        Problems.write(
                response,
                Problems.of(HttpStatus.UNAUTHORIZED, "unauthenticated", "Authentication required", detail, request));
    }
}
