package vn.gov.conference.platform.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request its correlation id ({@link RequestIds}: a relayed id that keeps the rule is kept, a missing or
 * malformed one replaced, never trusted as log content) before anything else can log or refuse it: in the MDC (key
 * {@code requestId}) for every log line, on the request ({@link RequestIds#of}) for problem bodies, and in the
 * response. The error dispatch logs under the same id. With an access log, one line per request as well.
 */
public class RequestIdFilter extends OncePerRequestFilter {

    public static final String HEADER = RequestIds.HEADER;
    public static final String MDC_KEY = RequestIds.MDC_KEY;

    private final Logger accessLog;

    /** Without an access log (the services: the gateway writes it). */
    public RequestIdFilter() {
        this(null);
    }

    /** With one line per request (method, path without the query, status, time) to {@code accessLog}. */
    public RequestIdFilter(Logger accessLog) {
        this.accessLog = accessLog;
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            withMdc(RequestIds.of(request), () -> chain.doFilter(request, response));
            return;
        }
        String requestId = RequestIds.acceptedOrNew(request.getHeader(HEADER));
        request.setAttribute(RequestIds.ATTRIBUTE, requestId);
        response.setHeader(HEADER, requestId);
        long started = System.nanoTime();
        withMdc(requestId, () -> {
            boolean answered = false;
            try {
                chain.doFilter(request, response);
                answered = true;
            } finally {
                if (this.accessLog != null && !request.getRequestURI().startsWith("/actuator/")) {
                    if (answered && !request.isAsyncStarted() && response.getStatus() < 400) {
                        // The caller gets the whole answer before the line is written, not after (as a servlet
                        // container's own access log): writing it was a twentieth of the gateway's work per call.
                        // Not for an error, whose body the container's error dispatch still has to write.
                        flushQuietly(response);
                    }
                    // The query string is left out on purpose: signed links carry their signature there.
                    this.accessLog.info(
                            "{} {} {} {}ms",
                            request.getMethod(),
                            request.getRequestURI(),
                            response.getStatus(),
                            (System.nanoTime() - started) / 1_000_000);
                }
            }
        });
    }

    private static void flushQuietly(HttpServletResponse response) {
        try {
            response.flushBuffer();
        } catch (IOException ex) {
            // The caller went away: the line is still written, with the status the answer had.
        }
    }

    private static void withMdc(String requestId, FilterWork work) throws ServletException, IOException {
        String previous = MDC.get(MDC_KEY);
        if (requestId != null) {
            MDC.put(MDC_KEY, requestId);
        }
        try {
            work.run();
        } finally {
            if (previous != null) {
                MDC.put(MDC_KEY, previous);
            } else {
                MDC.remove(MDC_KEY);
            }
        }
    }

    @FunctionalInterface
    private interface FilterWork {

        void run() throws ServletException, IOException;
    }
}
