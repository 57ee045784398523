package vn.gov.conference.plan.planning;

/**
 * Where a plan is in its life. {@code APPROVED} means signed with a tentative time; {@code SCHEDULED} means
 * signed with an exact start (a plan approved with an exact time, like Đồng Tháp's, is scheduled at once).
 */
public enum PlanStatus {
    DRAFT,
    SUBMITTED,
    APPROVED,
    SCHEDULED,
    HELD,
    CLOSED,
    CANCELLED;

    boolean signed() {
        return this == APPROVED || this == SCHEDULED;
    }
}
