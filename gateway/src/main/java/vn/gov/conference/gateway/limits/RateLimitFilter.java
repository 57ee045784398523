package vn.gov.conference.gateway.limits;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.gov.conference.gateway.routing.Pages;
import vn.gov.conference.platform.web.Problems;

/**
 * 429 with {@code Retry-After} once a caller has used up its requests. Runs right after Spring Security, so a valid
 * token has been recognised: an authenticated caller is counted by its client id (wherever it calls from); an
 * anonymous request that carries a signed link ({@code sig}) by that link, so that the delegates behind one venue's
 * Wi-Fi (one NAT address), and the web pages calling the API for all of them, do not share one budget; any other
 * anonymous request by its IP address. Requests with a bad token never get here (401 first).
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1)
class RateLimitFilter extends OncePerRequestFilter {

    private final SharedRateLimiter limiter;

    private final LimitsProperties.Rate rate;

    RateLimitFilter(LimitsProperties limits, SharedRateLimiter limiter) {
        this.rate = limits.rate();
        this.limiter = limiter;
    }

    /** Every page fetches its style sheet and icons: counting them would spend a delegate's requests on files. */
    private final List<RequestMatcher> assets = Pages.ASSETS.stream()
            .map(path ->
                    (RequestMatcher) PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, path))
            .toList();

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getRequestURI().startsWith("/actuator/")
                || this.assets.stream().anyMatch(matcher -> matcher.matches(request));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String client = clientId(SecurityContextHolder.getContext().getAuthentication());
        String link = client == null ? signedLink(request.getQueryString()) : null;
        RateLimiter.Decision decision = client != null
                ? this.limiter.acquire("client:" + client, this.rate.clientRequests(), this.rate.period())
                : this.limiter.acquire(
                        link != null ? "link:" + link : "ip:" + request.getRemoteAddr(),
                        this.rate.anonymousRequests(),
                        this.rate.period());
        if (decision.allowed()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, (decision.retryAfter().toMillis() + 999) / 1000);
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        String who = client != null ? "The client " + client : link != null ? "This link" : "This address";
        int allowed = client != null ? this.rate.clientRequests() : this.rate.anonymousRequests();
        ProblemDetail problem = Problems.of(
                HttpStatus.TOO_MANY_REQUESTS,
                "rate-limited",
                "Too many requests",
                who + " made more than " + allowed + " requests per "
                        + this.rate.period().toSeconds() + " s; retry in " + seconds + " s.",
                request);
        problem.setProperty("retryAfterSeconds", seconds);
        Problems.write(response, problem);
    }

    /**
     * The {@code sig} of the query string, read without {@code getParameter} (which would consume a form body meant
     * for the backend). A forged signature only buys its own budget: the service still refuses it.
     */
    static String signedLink(String query) {
        if (!StringUtils.hasText(query)) {
            return null;
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith("sig=") && pair.length() > 4) {
                return pair.substring(4);
            }
        }
        return null;
    }

    /** Keycloak puts the client in {@code azp} and a service-account id in {@code sub}; ours uses {@code sub}. */
    private static String clientId(Authentication authentication) {
        if (authentication instanceof JwtAuthenticationToken jwt) {
            for (String claim : new String[] {"azp", "client_id", "sub"}) {
                String value = jwt.getToken().getClaimAsString(claim);
                if (StringUtils.hasText(value)) {
                    return value;
                }
            }
        }
        return null;
    }
}
