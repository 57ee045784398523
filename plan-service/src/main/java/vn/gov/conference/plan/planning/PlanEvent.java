package vn.gov.conference.plan.planning;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What happened to a plan, as the aggregate records it. These stay inside the service: the messaging boundary
 * maps them, with the plan's state, to the published contract records.
 */
public sealed interface PlanEvent {

    PlanId planId();

    OffsetDateTime at();

    String by();

    record PlanDrafted(PlanId planId, OffsetDateTime at, String by) implements PlanEvent {}

    record PlanSubmitted(PlanId planId, int version, OffsetDateTime at, String by) implements PlanEvent {}

    /** The approver sent a submitted plan back to the office for corrections. */
    record PlanReturned(PlanId planId, String reason, OffsetDateTime at, String by) implements PlanEvent {}

    record PlanApproved(PlanId planId, DocumentNumber number, OffsetDateTime at, String by) implements PlanEvent {}

    record PlanAmended(PlanId planId, int version, List<String> changes, String reason, OffsetDateTime at, String by)
            implements PlanEvent {}

    record ConferenceScheduled(
            PlanId planId,
            int version,
            OffsetDateTime start,
            OffsetDateTime previousStart,
            Venue venue,
            OffsetDateTime at,
            String by)
            implements PlanEvent {}

    record PlanCancelled(PlanId planId, int version, String reason, OffsetDateTime at, String by)
            implements PlanEvent {}

    record ConferenceHeld(PlanId planId, OffsetDateTime at, String by) implements PlanEvent {}

    record PlanClosed(PlanId planId, OffsetDateTime at, String by) implements PlanEvent {}
}
