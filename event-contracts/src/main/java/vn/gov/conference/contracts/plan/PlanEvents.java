package vn.gov.conference.contracts.plan;

import java.time.OffsetDateTime;
import java.util.List;

/** Payloads published by plan-service on {@link vn.gov.conference.contracts.Topics#PLAN}. */
public final class PlanEvents {

    private PlanEvents() {}

    public record PlanDrafted(String planId, String title, String provinceCode) {}

    public record PlanSubmitted(String planId, int version, String title) {}

    public record PlanApproved(PlanSnapshot plan, OffsetDateTime approvedAt, String approvedBy) {}

    /** An approved plan changed: {@code changes} names the fields ("time", "venue", "assignments", …). */
    public record PlanAmended(PlanSnapshot plan, List<String> changes, String reason) {}

    /** A tentative time became exact (or an exact time moved). */
    public record ConferenceScheduled(
            String planId, int version, OffsetDateTime start, OffsetDateTime previousStart, Venue venue) {}

    public record PlanCancelled(String planId, int version, String reason) {}

    public record ConferenceHeld(String planId, OffsetDateTime heldAt) {}

    public record PlanClosed(String planId, OffsetDateTime closedAt) {}
}
