package vn.gov.conference.platform.web;

import org.springframework.http.HttpStatus;

/** 412: If-Match named a version that is no longer current; 428 when it was required and missing. */
public class PreconditionFailedException extends ApiException {

    public PreconditionFailedException(String detail) {
        super(HttpStatus.PRECONDITION_FAILED, "stale-version", "If-Match", detail);
    }

    private PreconditionFailedException(HttpStatus status, String rule, String detail) {
        super(status, rule, "If-Match", detail);
    }

    public static PreconditionFailedException required() {
        return new PreconditionFailedException(
                HttpStatus.PRECONDITION_REQUIRED,
                "if-match-required",
                "This change needs an If-Match header with the ETag you last read.");
    }
}
