package vn.gov.conference.plan.planning;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.gov.conference.contracts.Province;
import vn.gov.conference.contracts.plan.PlanEvents;
import vn.gov.conference.contracts.plan.PlanSnapshot;
import vn.gov.conference.platform.events.EventContract;
import vn.gov.conference.platform.events.OutboxMessage;

/**
 * The boundary between the plan's internal events and the published contract: maps each {@link PlanEvent}, with
 * the plan as it is saved, to its payload in {@code vn.gov.conference.contracts.plan}. The contract's
 * records share names with the domain's, so they are written out in full here.
 * <p>
 * Where the plan states no number (a group's count, a bridge point's expected attendance) the contract carries
 * 0: "not stated", never "nobody".
 */
@Component
public class PlanContracts implements EventContract<Plan, PlanEvent> {

    @Override
    public Class<Plan> aggregate() {
        return Plan.class;
    }

    /** Every plan event is keyed by the plan and belongs to its province. */
    @Override
    public Optional<OutboxMessage> publish(Plan plan, PlanEvent event) {
        return payload(plan, event)
                .map(payload -> OutboxMessage.of(
                        payload, plan.id().value(), plan.province(), event.at().toInstant()));
    }

    /** The published payload of {@code event}, or empty for events that stay inside the service. */
    public static Optional<Object> payload(Plan plan, PlanEvent event) {
        String id = plan.id().value();
        return Optional.ofNullable(
                switch (event) {
                    case PlanEvent.PlanDrafted e ->
                        new PlanEvents.PlanDrafted(id, plan.content().title(), plan.province());
                    case PlanEvent.PlanSubmitted e ->
                        new PlanEvents.PlanSubmitted(
                                id, e.version(), plan.content().title());
                    case PlanEvent.PlanReturned e -> null;
                    case PlanEvent.PlanApproved e -> new PlanEvents.PlanApproved(snapshot(plan), e.at(), e.by());
                    case PlanEvent.PlanAmended e -> new PlanEvents.PlanAmended(snapshot(plan), e.changes(), e.reason());
                    case PlanEvent.ConferenceScheduled e ->
                        new PlanEvents.ConferenceScheduled(
                                id, e.version(), e.start(), e.previousStart(), venue(e.venue()));
                    case PlanEvent.PlanCancelled e -> new PlanEvents.PlanCancelled(id, e.version(), e.reason());
                    case PlanEvent.ConferenceHeld e -> new PlanEvents.ConferenceHeld(id, e.at());
                    case PlanEvent.PlanClosed e -> new PlanEvents.PlanClosed(id, e.at());
                });
    }

    /** Everything consumers need to know about the plan as it stands. */
    public static PlanSnapshot snapshot(Plan plan) {
        PlanContent content = plan.content();
        Composition participants = content.participants();
        return new PlanSnapshot(
                plan.id().value(),
                plan.version(),
                new Province(plan.issuer().provinceCode(), plan.issuer().provinceName()),
                unit(plan.issuer().body()),
                plan.number() == null ? null : plan.number().text(),
                plan.issuedOn(),
                content.title(),
                content.indices().stream()
                        .map(i -> new vn.gov.conference.contracts.plan.IndexUnderReview(i.code(), i.year()))
                        .toList(),
                content.format() == null
                        ? null
                        : vn.gov.conference.contracts.plan.ConferenceFormat.valueOf(
                                content.format().name()),
                venue(content.venue()),
                time(content.time()),
                content.chair(),
                participants.groups().stream()
                        .map(g -> new vn.gov.conference.contracts.plan.ParticipantGroup(
                                g.id(),
                                g.level() == null ? null : g.level().name(),
                                unit(g.unit()),
                                g.role(),
                                g.count() == null ? 0 : g.count(),
                                g.bridgePoint(),
                                null))
                        .toList(),
                participants.bridgePoints().stream()
                        .map(p -> new vn.gov.conference.contracts.plan.BridgePoint(
                                p.code(), p.name(), p.expectedAttendance() == null ? 0 : p.expectedAttendance()))
                        .toList(),
                participants.externalGuests().stream()
                        .map(g -> new vn.gov.conference.contracts.plan.ExternalGuest(
                                g.id(),
                                addressedName(g),
                                g.position(),
                                g.organisation(),
                                g.email(),
                                g.online(),
                                g.bridgePoint()))
                        .toList(),
                participants.statedTotal(),
                content.assignments().stream()
                        .map(a -> new vn.gov.conference.contracts.plan.Assignment(
                                a.id(),
                                unit(a.owner()),
                                a.deliverables().stream()
                                        .map(d -> new vn.gov.conference.contracts.plan.Deliverable(
                                                d.kind().name(), d.title()))
                                        .toList(),
                                a.deadline(),
                                unit(a.recipient()),
                                a.next()))
                        .toList(),
                content.replacesInvitationLetter(),
                content.signer() == null ? null : content.signer().name(),
                content.signer() == null ? null : content.signer().title());
    }

    /** "Bà Đỗ Thanh Huyền": how an invitation addresses the guest. */
    private static String addressedName(ExternalGuest guest) {
        if (guest.name() == null) {
            return null;
        }
        return guest.salutation() == null ? guest.name() : guest.salutation() + " " + guest.name();
    }

    private static vn.gov.conference.contracts.UnitRef unit(UnitRef unit) {
        return unit == null ? null : new vn.gov.conference.contracts.UnitRef(unit.code(), unit.name());
    }

    private static vn.gov.conference.contracts.plan.Venue venue(Venue venue) {
        return venue == null
                ? null
                : new vn.gov.conference.contracts.plan.Venue(venue.room(), venue.address(), venue.onlineMeetingUrl());
    }

    private static vn.gov.conference.contracts.plan.ConferenceSchedule time(PlannedTime time) {
        return time == null
                ? null
                : new vn.gov.conference.contracts.plan.ConferenceSchedule(
                        time.start(), time.windowStart(), time.windowEnd(), time.label());
    }
}
