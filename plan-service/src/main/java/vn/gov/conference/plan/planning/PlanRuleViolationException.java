package vn.gov.conference.plan.planning;

import java.util.List;

/** The plan (or the change asked for) breaks one or more rules; nothing was changed. */
public class PlanRuleViolationException extends RuntimeException {

    private final List<Violation> violations;

    public PlanRuleViolationException(List<Violation> violations) {
        super(violations.stream()
                .map(v -> v.field() + ": " + v.message())
                .reduce((a, b) -> a + "; " + b)
                .orElse("invalid plan"));
        this.violations = List.copyOf(violations);
    }

    public PlanRuleViolationException(String field, String rule, String message) {
        this(List.of(new Violation(field, rule, message)));
    }

    public List<Violation> violations() {
        return violations;
    }

    static void throwIfAny(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new PlanRuleViolationException(violations);
        }
    }
}
