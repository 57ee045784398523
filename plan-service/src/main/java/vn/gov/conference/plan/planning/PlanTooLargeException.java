package vn.gov.conference.plan.planning;

import java.util.List;

/** The plan would hold more than {@link PlanLimits} allow: 422 naming each field. */
public class PlanTooLargeException extends PlanRuleViolationException {

    PlanTooLargeException(List<Violation> violations) {
        super(violations);
    }
}
