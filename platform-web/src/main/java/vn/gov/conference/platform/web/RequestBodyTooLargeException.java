package vn.gov.conference.platform.web;

import java.io.IOException;

/**
 * A request body went past its limit while being read (a chunked body, or one longer than it declared). An
 * {@link IOException} so that it surfaces from whatever reads the body; {@link ProblemDetailsAdvice} answers 413.
 */
public class RequestBodyTooLargeException extends IOException {

    private final long limit;

    RequestBodyTooLargeException(long limit) {
        super("The request body is larger than the limit of " + limit + " bytes.");
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }

    /** This exception, when {@code failure} is it or was caused by it (a reader wrapped it); otherwise null. */
    public static RequestBodyTooLargeException in(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestBodyTooLargeException tooLarge) {
                return tooLarge;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }
}
