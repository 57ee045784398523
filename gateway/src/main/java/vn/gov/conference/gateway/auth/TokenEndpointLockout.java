package vn.gov.conference.gateway.auth;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.gov.conference.gateway.lockout.Lockouts;
import vn.gov.conference.platform.web.Problems;

/**
 * Guards {@code POST /oauth2/token} against secret guessing: wrong secrets are counted per client id and per caller
 * address (shared by every replica through {@link Lockouts}); past the limit the client id, or the address, is locked
 * for a while and answered 429 with {@code Retry-After}, even with the right secret. Runs before Spring Security, so a
 * locked request never reaches the secret check.
 */
final class TokenEndpointLockout extends OncePerRequestFilter {

    private static final String TOKEN_ENDPOINT = "/oauth2/token";

    private final Lockouts lockouts;

    private final AuthProperties.Lockout policy;

    TokenEndpointLockout(Lockouts lockouts, AuthProperties.Lockout policy) {
        this.lockouts = lockouts;
        this.policy = policy;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && TOKEN_ENDPOINT.equals(request.getRequestURI()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String client = clientId(request);
        String clientKey = client == null ? null : "client:" + client;
        String addressKey = "address:" + request.getRemoteAddr();
        Duration clientLocked = clientKey == null ? Duration.ZERO : this.lockouts.lockedFor(clientKey);
        Duration addressLocked = this.lockouts.lockedFor(addressKey);
        if (!clientLocked.isZero() || !addressLocked.isZero()) {
            refuse(
                    request,
                    response,
                    client,
                    clientLocked.compareTo(addressLocked) >= 0 ? clientLocked : addressLocked,
                    !clientLocked.isZero());
            return;
        }
        chain.doFilter(request, response);
        if (response.getStatus() == HttpStatus.UNAUTHORIZED.value()) {
            if (clientKey != null) {
                this.lockouts.failed(clientKey, this.policy.client());
            }
            this.lockouts.failed(addressKey, this.policy.address());
        } else if (response.getStatus() == HttpStatus.OK.value() && clientKey != null) {
            this.lockouts.succeeded(clientKey);
        }
    }

    /**
     * The client id from Basic authentication or the {@code client_id} form field; the authorization server reads
     * this request's form parameters itself, so reading them here takes nothing from it.
     */
    private static String clientId(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.toLowerCase(Locale.ROOT).startsWith("basic ")) {
            try {
                String decoded = new String(
                        Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                return colon > 0 ? URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8) : null;
            } catch (IllegalArgumentException ex) {
                return null;
            }
        }
        String clientId = request.getParameter("client_id");
        return clientId == null || clientId.isBlank() ? null : clientId;
    }

    private static void refuse(
            HttpServletRequest request, HttpServletResponse response, String client, Duration locked, boolean byClient)
            throws IOException {
        long seconds = Math.max(1, (locked.toMillis() + 999) / 1000);
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        String who = byClient ? "The client " + client : "This address";
        ProblemDetail problem = Problems.of(
                HttpStatus.TOO_MANY_REQUESTS,
                "token-lockout",
                "Too many wrong secrets",
                who + " is locked after repeated wrong secrets; retry in " + seconds + " s.",
                request);
        // What OAuth2 client libraries look for, beside the problem.
        problem.setProperty("error", "invalid_client");
        problem.setProperty("error_description", problem.getDetail());
        problem.setProperty("retryAfterSeconds", seconds);
        Problems.write(response, problem);
    }
}
