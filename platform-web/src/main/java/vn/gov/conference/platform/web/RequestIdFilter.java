package vn.gov.conference.platform.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;

import org.springframework.web.filter.OncePerRequestFilter;


/**
 * Carries the gateway's {@code X-Request-Id} into every log line of the request (MDC key {@code requestId}, as the
 * gateway logs it) and back to the caller. The rule is the gateway's ({@link RequestIds}): an id it relayed is kept,
 * a missing or malformed one is replaced, never trusted as log content.
 */
public class RequestIdFilter extends OncePerRequestFilter {

    public static final String HEADER = RequestIds.HEADER;
    public static final String MDC_KEY = RequestIds.MDC_KEY;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String id = RequestIds.acceptedOrNew(request.getHeader(HEADER));
        MDC.put(MDC_KEY, id);
        response.setHeader(HEADER, id);
        try {
            chain.doFilter(request, response);
        }
        finally {
            MDC.remove(MDC_KEY);
        }
    }
}
