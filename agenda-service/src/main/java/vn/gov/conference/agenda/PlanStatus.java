package vn.gov.conference.agenda;

/** What agenda-service knows of its plan's lifecycle, from plan-service's events. */
public enum PlanStatus {
    DRAFTED,
    APPROVED,
    CANCELLED
}
