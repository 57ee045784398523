package vn.gov.conference.gateway.limits;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.gov.conference.gateway.web.Problems;

/**
 * 413 for a body over the limit of its address: at once when {@code Content-Length} declares it, and while streaming
 * when the body is chunked (or lies). Bodies are never buffered: they stream through {@link LimitedRequest}.
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 2)
class BodySizeLimitFilter extends OncePerRequestFilter {

    private final LimitsProperties limits;

    private final List<RequestMatcher> uploadPaths;

    BodySizeLimitFilter(LimitsProperties limits) {
        this.limits = limits;
        this.uploadPaths = limits.uploadPaths()
            .stream()
            .map(path -> (RequestMatcher) PathPatternRequestMatcher.withDefaults().matcher(path))
            .toList();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = limitFor(request);
        if (request.getContentLengthLong() > limit) {
            refuse(request, response, limit, "declares " + request.getContentLengthLong() + " bytes");
            return;
        }
        LimitedRequest limited = new LimitedRequest(request, limit);
        try {
            chain.doFilter(limited, response);
        }
        catch (IOException | ServletException | RuntimeException ex) {
            if (!tooLarge(limited)) {
                throw ex;
            }
        }
        // Reached when something other than a proxied route (which answers itself) read past the limit.
        if (tooLarge(limited) && !response.isCommitted()) {
            refuse(request, response, limit, "went past the limit while streaming");
        }
    }

    private static boolean tooLarge(LimitedRequest request) {
        return request.failure() != null && request.failure().tooLarge();
    }

    private long limitFor(HttpServletRequest request) {
        boolean upload = this.uploadPaths.stream().anyMatch(matcher -> matcher.matches(request));
        return (upload ? this.limits.maxUploadSize() : this.limits.maxBodySize()).toBytes();
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, long limit, String what)
            throws IOException {
        ProblemDetail problem = Problems.of(HttpStatus.CONTENT_TOO_LARGE, "content-too-large", "Request body too large",
                "This address accepts request bodies of at most " + limit + " bytes; this one " + what + ".",
                request);
        problem.setProperty("maxBytes", limit);
        response.setHeader("Connection", "close");
        Problems.write(response, problem);
    }
}
