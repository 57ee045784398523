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

    /**
     * Something the person can act on in the form they sent (bad input, a conflict, a file refused by type or size),
     * said next to it; not a failure of the system, a lost sign-in, a refused role or something gone, which have
     * pages of their own.
     */
    public boolean answerableInForm() {
        return status < 500 && status != 401 && status != 403 && status != 404;
    }

    /** Bad input the delegate can correct in the form they sent (the API names a field or calls it input). */
    public boolean aboutInput() {
        return (status == 400 || status == 422) && !"unreadable-body".equals(rule);
    }
}
