package vn.gov.conference.platform.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import vn.gov.conference.platform.web.Problems;

/**
 * The gateway's and every service's answer to a request without a valid token: 401 with the RFC 6750 {@code WWW-Authenticate} challenge (from Spring's bearer entry point) and a problem body that
 * tells the caller what was wrong with its token, or that it sent none.
 */
public class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private final BearerTokenAuthenticationEntryPoint challenge = new BearerTokenAuthenticationEntryPoint();

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        this.challenge.commence(request, response, failure);
        String detail = failure instanceof OAuth2AuthenticationException oauth2
                && oauth2.getError().getDescription() != null
                        ? "The access token was refused: " + oauth2.getError().getDescription()
                        : "This address needs an access token: send 'Authorization: Bearer <token>' "
                                + "(machine clients get one from /oauth2/token).";
        Problems.write(response,
                Problems.of(HttpStatus.UNAUTHORIZED, "unauthenticated", "Authentication required", detail, request));
    }
}
