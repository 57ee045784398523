package vn.gov.conference.gateway.limits;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.gov.conference.platform.web.Problems;

/**
 * 429 with {@code Retry-After} for an address asking {@code POST /oauth2/token} too often. The token endpoint answers
 * inside Spring Security, before {@link RateLimitFilter} would count it, so it is counted here, ahead of the secret
 * check it would otherwise make the gateway pay for. Shared by the replicas, like the other rates.
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 2)
class TokenRequestRateFilter extends OncePerRequestFilter {

    private final SharedRateLimiter limiter;

    private final LimitsProperties.Rate rate;

    TokenRequestRateFilter(LimitsProperties limits, SharedRateLimiter limiter) {
        this.rate = limits.rate();
        this.limiter = limiter;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && "/oauth2/token".equals(request.getRequestURI()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        RateLimiter.Decision decision =
                this.limiter.acquire("token:" + request.getRemoteAddr(), this.rate.tokenRequests(), this.rate.period());
        if (decision.allowed()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, (decision.retryAfter().toMillis() + 999) / 1000);
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        ProblemDetail problem = Problems.of(
                HttpStatus.TOO_MANY_REQUESTS,
                "rate-limited",
                "Too many requests",
                "This address asked for more than " + this.rate.tokenRequests() + " tokens per "
                        + this.rate.period().toSeconds() + " s; retry in " + seconds + " s.",
                request);
        problem.setProperty("retryAfterSeconds", seconds);
        problem.setProperty("error", "slow_down");
        Problems.write(response, problem);
    }
}
