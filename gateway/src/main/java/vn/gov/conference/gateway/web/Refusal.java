package vn.gov.conference.gateway.web;

import org.springframework.http.HttpStatus;

/**
 * A request the gateway's own endpoints refuse, naming the rule (and the field, for bad input); answered as a problem
 * by {@link RefusalAdvice}.
 */
public final class Refusal extends RuntimeException {

    private final HttpStatus status;

    private final String rule;

    private final String field;

    private final Long retryAfterSeconds;

    private Refusal(HttpStatus status, String rule, String field, String detail, Long retryAfterSeconds) {
        super(detail);
        this.status = status;
        this.rule = rule;
        this.field = field;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** 400: the field breaks the rule. */
    public static Refusal invalid(String field, String rule, String detail) {
        return new Refusal(HttpStatus.BAD_REQUEST, rule, field, detail, null);
    }

    /** 422: well-formed, but the field names something the rule does not allow (a unit of another province). */
    public static Refusal unprocessable(String field, String rule, String detail) {
        return new Refusal(HttpStatus.UNPROCESSABLE_CONTENT, rule, field, detail, null);
    }

    public static Refusal forbidden(String rule, String detail) {
        return new Refusal(HttpStatus.FORBIDDEN, rule, null, detail, null);
    }

    public static Refusal notFound(String detail) {
        return new Refusal(HttpStatus.NOT_FOUND, "not-found", null, detail, null);
    }

    public static Refusal conflict(String rule, String detail) {
        return new Refusal(HttpStatus.CONFLICT, rule, null, detail, null);
    }

    /** 409 on a field: its value is already taken (an email address with an account). */
    public static Refusal conflictOn(String field, String rule, String detail) {
        return new Refusal(HttpStatus.CONFLICT, rule, field, detail, null);
    }

    public static Refusal unauthenticated(String rule, String detail) {
        return new Refusal(HttpStatus.UNAUTHORIZED, rule, null, detail, null);
    }

    public static Refusal tooManyAttempts(String rule, String detail, long retryAfterSeconds) {
        return new Refusal(HttpStatus.TOO_MANY_REQUESTS, rule, null, detail, retryAfterSeconds);
    }

    /** 503: a service the gateway needs for this answer did not answer. */
    public static Refusal unavailable(String rule, String detail) {
        return new Refusal(HttpStatus.SERVICE_UNAVAILABLE, rule, null, detail, null);
    }

    public HttpStatus status() {
        return this.status;
    }

    public String rule() {
        return this.rule;
    }

    public String field() {
        return this.field;
    }

    public Long retryAfterSeconds() {
        return this.retryAfterSeconds;
    }
}
