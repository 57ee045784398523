package vn.gov.conference.plan.planning;

import java.util.List;

/** The stored plan lacks what an operation needs (answered 422: the fields are the plan's, not the request's). */
public class PlanIncompleteException extends PlanRuleViolationException {

    public PlanIncompleteException(List<Violation> violations) {
        super(violations);
    }
}
