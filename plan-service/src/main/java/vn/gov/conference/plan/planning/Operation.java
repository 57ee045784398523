package vn.gov.conference.plan.planning;

import java.util.EnumSet;
import java.util.Set;

/** The lifecycle operations and the statuses each may start from. */
public enum Operation {
    REVISE("revise", EnumSet.of(PlanStatus.DRAFT)),
    SUBMIT("submit", EnumSet.of(PlanStatus.DRAFT)),
    RETURN("return", EnumSet.of(PlanStatus.SUBMITTED)),
    APPROVE("approve", EnumSet.of(PlanStatus.SUBMITTED)),
    SCHEDULE("schedule", EnumSet.of(PlanStatus.APPROVED, PlanStatus.SCHEDULED)),
    AMEND("amend", EnumSet.of(PlanStatus.APPROVED, PlanStatus.SCHEDULED)),
    CANCEL("cancel", EnumSet.of(PlanStatus.DRAFT, PlanStatus.SUBMITTED, PlanStatus.APPROVED, PlanStatus.SCHEDULED)),
    HOLD("hold", EnumSet.of(PlanStatus.SCHEDULED)),
    CLOSE("close", EnumSet.of(PlanStatus.HELD));

    private final String verb;
    private final Set<PlanStatus> from;

    Operation(String verb, Set<PlanStatus> from) {
        this.verb = verb;
        this.from = from;
    }

    public String verb() {
        return verb;
    }

    public boolean allowedFrom(PlanStatus status) {
        return from.contains(status);
    }
}
