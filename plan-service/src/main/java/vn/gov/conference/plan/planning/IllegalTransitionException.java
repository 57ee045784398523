package vn.gov.conference.plan.planning;

/** The operation is not allowed in the plan's current status (answered 409). */
public class IllegalTransitionException extends RuntimeException {

    private final PlanStatus status;
    private final String operation;

    public IllegalTransitionException(PlanStatus status, String operation, String message) {
        super(message);
        this.status = status;
        this.operation = operation;
    }

    public PlanStatus status() {
        return status;
    }

    public String operation() {
        return operation;
    }
}
