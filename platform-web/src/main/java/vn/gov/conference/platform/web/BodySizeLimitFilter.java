package vn.gov.conference.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.PathContainer;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * 413 for a request body over the limit of its address, at the gateway and again in each service (a call that
 * reaches a service directly is held to the same sizes). A declared {@code Content-Length} over the limit is refused
 * before anything reads the body; a chunked body (or one longer than it declared) fails the read that passes the
 * limit with a {@link RequestBodyFailure}. Bodies are never buffered: they stream through {@link LimitedRequest}.
 * Each module registers it with its own limits and order.
 */
public class BodySizeLimitFilter extends OncePerRequestFilter {

    /** How a refusal is written; {@link BodySizeLimitFilter#problem} unless a module answers some addresses itself. */
    @FunctionalInterface
    public interface Refusal {

        /** {@code what} completes "this one …" ("declares 2048 bytes", "went past the limit while streaming"). */
        void write(HttpServletRequest request, HttpServletResponse response, long limit, String what)
                throws IOException;
    }

    private final long maxBody;

    private final long maxUpload;

    private final List<PathPattern> uploadPaths;

    private final Refusal refusal;

    /**
     * @param maxBodySize   largest body anywhere else (JSON commands, CSV imports)
     * @param maxUploadSize largest body on {@code uploadPaths}
     * @param uploadPaths   path patterns where files are uploaded
     */
    public BodySizeLimitFilter(DataSize maxBodySize, DataSize maxUploadSize, List<String> uploadPaths) {
        this(maxBodySize, maxUploadSize, uploadPaths, BodySizeLimitFilter::problem);
    }

    public BodySizeLimitFilter(
            DataSize maxBodySize, DataSize maxUploadSize, List<String> uploadPaths, Refusal refusal) {
        this.maxBody = maxBodySize.toBytes();
        this.maxUpload = maxUploadSize.toBytes();
        this.uploadPaths = uploadPaths.stream()
                .map(PathPatternParser.defaultInstance::parse)
                .toList();
        this.refusal = refusal;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = limitFor(request);
        if (request.getContentLengthLong() > limit) {
            this.refusal.write(request, response, limit, "declares " + request.getContentLengthLong() + " bytes");
            return;
        }
        LimitedRequest limited = new LimitedRequest(request, limit);
        try {
            chain.doFilter(limited, response);
        } catch (IOException | ServletException | RuntimeException ex) {
            if (!tooLarge(limited)) {
                throw ex;
            }
            refuseUnlessAnswered(limited, response, limit);
            return;
        }
        // Whoever read past the limit answered without a 413 (a framework's 400 for an unreadable body, say) and the
        // answer has not left yet: it is replaced. A 413 already given (a gateway's proxied route, a service's
        // ProblemDetailsAdvice) stands.
        if (tooLarge(limited) && response.getStatus() != HttpStatus.CONTENT_TOO_LARGE.value()) {
            refuseUnlessAnswered(limited, response, limit);
        }
    }

    private void refuseUnlessAnswered(HttpServletRequest request, HttpServletResponse response, long limit)
            throws IOException {
        if (!response.isCommitted()) {
            this.refusal.write(request, response, limit, "went past the limit while streaming");
        }
    }

    private static boolean tooLarge(LimitedRequest request) {
        return request.failure() != null && request.failure().tooLarge();
    }

    private long limitFor(HttpServletRequest request) {
        PathContainer path = PathContainer.parsePath(
                request.getRequestURI().substring(request.getContextPath().length()));
        return this.uploadPaths.stream().anyMatch(pattern -> pattern.matches(path)) ? this.maxUpload : this.maxBody;
    }

    /**
     * The 413 problem, with {@code maxBytes}. The rest of the body is not read: the connection is closed rather than
     * drained.
     */
    public static void problem(HttpServletRequest request, HttpServletResponse response, long limit, String what)
            throws IOException {
        ProblemDetail problem = Problems.of(
                HttpStatus.CONTENT_TOO_LARGE,
                "content-too-large",
                "Request body too large",
                "This address accepts request bodies of at most " + limit + " bytes; this one " + what + ".",
                request);
        problem.setProperty("maxBytes", limit);
        response.setHeader("Connection", "close");
        Problems.write(response, problem);
    }
}
