package vn.gov.conference.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The correlation id every request carries ({@code X-Request-Id}) and every log line names (MDC key
 * {@value #MDC_KEY}): one rule for the gateway and the services, so that an id the gateway accepted and relayed is
 * the id each service logs. {@link RequestIdFilter} applies it and keeps the id on the request ({@link #of}).
 */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";

    public static final String MDC_KEY = "requestId";

    /** Caller-supplied ids are echoed into logs and to other services: a short, safe alphabet only. */
    public static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    static final String ATTRIBUTE = RequestIds.class.getName();

    private RequestIds() {}

    /** Whether a caller's id may be kept as it is. */
    public static boolean accepted(String candidate) {
        return candidate != null && ACCEPTED.matcher(candidate).matches();
    }

    /** The caller's id when it keeps the rule; otherwise a new random one (the bad id is never logged). */
    public static String acceptedOrNew(String candidate) {
        return accepted(candidate) ? candidate : UUID.randomUUID().toString();
    }

    /** The id {@link RequestIdFilter} gave this request, or {@code null} before it ran. */
    public static String of(HttpServletRequest request) {
        return (String) request.getAttribute(ATTRIBUTE);
    }
}
