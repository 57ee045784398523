package vn.gov.conference.platform.web;

import org.springframework.http.HttpStatus;

/**
 * A refusal the client can act on. {@code rule} is a stable machine-readable code (it ends the problem type URI);
 * {@code field} names the offending input where there is one.
 */
public abstract class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String rule;
    private final String field;

    protected ApiException(HttpStatus status, String rule, String field, String detail) {
        super(detail);
        this.status = status;
        this.rule = rule;
        this.field = field;
    }

    public HttpStatus status() {
        return status;
    }

    public String rule() {
        return rule;
    }

    public String field() {
        return field;
    }
}
