package vn.gov.conference.platform.web;

import java.time.Duration;
import org.springframework.http.HttpStatus;

/** 503 with Retry-After: this instance is doing as much of this work as it may; the caller retries later. */
public class BusyException extends ApiException {

    private final Duration retryAfter;

    public BusyException(String rule, String detail, Duration retryAfter) {
        super(HttpStatus.SERVICE_UNAVAILABLE, rule, null, detail);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
