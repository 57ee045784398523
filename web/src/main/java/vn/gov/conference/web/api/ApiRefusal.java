package vn.gov.conference.web.api;

import java.util.List;

/**
 * The API said no: its status, the problem's {@code rule}, its {@code detail} and the fields it named
 * ({@code errors: [{field, rule, message}]}, see the platform's Problems).
 */
public class ApiRefusal extends RuntimeException {

    private final int status;
    private final String rule;
    private final List<FieldError> errors;

    public ApiRefusal(int status, String rule, String detail, List<FieldError> errors) {
        super(detail);
        this.status = status;
        this.rule = rule;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public record FieldError(String field, String rule, String message) {}

    public int status() {
        return status;
    }

    public String rule() {
        return rule;
    }

    public String detail() {
        return getMessage();
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** Bad input the delegate can correct in the form they sent (the API names a field or calls it input). */
    public boolean aboutInput() {
        return (status == 400 || status == 422) && !"unreadable-body".equals(rule);
    }
}
