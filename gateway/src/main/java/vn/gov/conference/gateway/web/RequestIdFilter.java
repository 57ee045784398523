package vn.gov.conference.gateway.web;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request its correlation id before anything else can log or refuse it, and writes one access line per
 * request. Ordered just after Boot's server observation filter so that the trace id is in the MDC as well.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class RequestIdFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger("vn.gov.conference.gateway.access");

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
        // The services apply the same rule to the id relayed to them, so their log lines carry this id too.
        String requestId = vn.gov.conference.platform.web.RequestIds.acceptedOrNew(request.getHeader(RequestIds.HEADER));
        request.setAttribute(RequestIds.ATTRIBUTE, requestId);
        response.setHeader(RequestIds.HEADER, requestId);
        long started = System.nanoTime();
        withMdc(requestId, () -> {
            try {
                chain.doFilter(request, response);
            }
            finally {
                if (!request.getRequestURI().startsWith("/actuator/")) {
                    // The query string is left out on purpose: signed links carry their signature there.
                    log.info("{} {} {} {}ms", request.getMethod(), request.getRequestURI(), response.getStatus(),
                            (System.nanoTime() - started) / 1_000_000);
                }
            }
        });
    }

    private static void withMdc(String requestId, FilterWork work) throws ServletException, IOException {
        String previous = MDC.get(RequestIds.MDC_KEY);
        if (requestId != null) {
            MDC.put(RequestIds.MDC_KEY, requestId);
        }
        try {
            work.run();
        }
        finally {
            if (previous != null) {
                MDC.put(RequestIds.MDC_KEY, previous);
            }
            else {
                MDC.remove(RequestIds.MDC_KEY);
            }
        }
    }

    @FunctionalInterface
    private interface FilterWork {

        void run() throws ServletException, IOException;
    }
}
