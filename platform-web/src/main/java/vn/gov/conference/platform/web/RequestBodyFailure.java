package vn.gov.conference.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/**
 * Reading the caller's body failed on the caller's side: it grew past the limit while streaming (a chunked body, or
 * one longer than it declared), or the caller stopped sending. At the gateway, not the backend's fault, so it must
 * neither count against the backend's circuit breaker nor be answered as a backend failure; in a service, a body too
 * large is answered 413 (the platform's ProblemDetailsAdvice). An {@link IOException} so that it surfaces from
 * whatever reads the body.
 */
public final class RequestBodyFailure extends IOException {

    private final long limit;

    private RequestBodyFailure(String message, long limit, Throwable cause) {
        super(message, cause);
        this.limit = limit;
    }

    static RequestBodyFailure tooLarge(long limit) {
        return new RequestBodyFailure("The request body is larger than the limit of " + limit + " bytes.", limit, null);
    }

    static RequestBodyFailure unreadable(IOException cause) {
        return new RequestBodyFailure("The request body could not be read: " + cause.getMessage(), -1, cause);
    }

    public boolean tooLarge() {
        return this.limit >= 0;
    }

    public long limit() {
        return this.limit;
    }

    /** The failure recorded while this request's body was read, if any. */
    public static RequestBodyFailure of(HttpServletRequest request) {
        return request.getAttribute(LimitedRequest.ATTRIBUTE) instanceof LimitedRequest limited
                ? limited.failure()
                : null;
    }

    /** The failure somewhere in a chain of causes (HTTP clients wrap what the body stream threw). */
    public static RequestBodyFailure in(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof RequestBodyFailure found) {
                return found;
            }
        }
        return null;
    }
}
