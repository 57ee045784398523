package vn.gov.conference.gateway.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The correlation id of a request: taken from the caller's {@code X-Request-Id} when it keeps the rule the services
 * apply too ({@link vn.gov.conference.platform.web.RequestIds}), generated otherwise, answered in the response, relayed
 * to the backend and written in every log line (MDC key {@value #MDC_KEY}).
 */
public final class RequestIds {

    public static final String HEADER = vn.gov.conference.platform.web.RequestIds.HEADER;

    public static final String MDC_KEY = vn.gov.conference.platform.web.RequestIds.MDC_KEY;

    static final String ATTRIBUTE = RequestIds.class.getName();

    private RequestIds() {
    }

    /** The id the gateway assigned to this request, or {@code null} before {@link RequestIdFilter} ran. */
    public static String of(HttpServletRequest request) {
        return (String) request.getAttribute(ATTRIBUTE);
    }
}
