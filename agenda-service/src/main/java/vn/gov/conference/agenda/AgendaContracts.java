package vn.gov.conference.agenda;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.gov.conference.agenda.programme.Presenter;
import vn.gov.conference.agenda.revision.PublishedSlot;
import vn.gov.conference.agenda.revision.SlotChange;
import vn.gov.conference.contracts.UnitRef;
import vn.gov.conference.contracts.agenda.AgendaEvents.AgendaPublished;
import vn.gov.conference.contracts.agenda.AgendaEvents.AgendaRevised;
import vn.gov.conference.contracts.agenda.AgendaEvents.ItemChange;
import vn.gov.conference.contracts.agenda.AgendaEvents.Slot;
import vn.gov.conference.platform.events.EventContract;
import vn.gov.conference.platform.events.OutboxMessage;
import vn.gov.conference.platform.time.VietnamTime;

/**
 * The boundary between the agenda's events and the published contract: each revision travels whole, keyed by the
 * plan, in the plan's province; times travel at +07:00.
 */
@Component
class AgendaContracts implements EventContract<Agenda, AgendaEvent> {

    @Override
    public Class<Agenda> aggregate() {
        return Agenda.class;
    }

    @Override
    public Optional<OutboxMessage> publish(Agenda agenda, AgendaEvent event) {
        Object payload = switch (event) {
            case AgendaEvent.Published published -> published(agenda.planId(), published.revision());
            case AgendaEvent.Revised revised -> revised(agenda.planId(), revised.revision());
        };
        return Optional.of(OutboxMessage.of(payload, agenda.planId(), agenda.province(), event.at()));
    }

    static AgendaPublished published(String planId, Revision revision) {
        return new AgendaPublished(
                planId,
                revision.number(),
                at(revision.sessionStart()),
                at(revision.sessionEnd()),
                slots(revision.slots()));
    }

    static AgendaRevised revised(String planId, Revision revision) {
        return new AgendaRevised(
                planId,
                revision.number(),
                at(revision.sessionStart()),
                at(revision.sessionEnd()),
                slots(revision.slots()),
                revision.changes().stream().map(AgendaContracts::change).toList(),
                revision.summary());
    }

    private static List<Slot> slots(List<PublishedSlot> slots) {
        return slots.stream()
                .map(slot -> new Slot(
                        slot.itemId(),
                        slot.number(),
                        slot.title(),
                        slot.kind(),
                        units(slot.presenters()),
                        at(slot.start()),
                        at(slot.end())))
                .toList();
    }

    private static ItemChange change(SlotChange change) {
        return new ItemChange(
                change.itemId(),
                change.title(),
                units(change.presenters()),
                at(change.previousStart()),
                at(change.previousEnd()),
                at(change.start()),
                at(change.end()),
                change.timeChanged(),
                change.presentersChanged());
    }

    static List<UnitRef> units(List<Presenter> presenters) {
        return presenters.stream()
                .map(presenter -> new UnitRef(presenter.unitCode(), presenter.name()))
                .toList();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant == null ? null : VietnamTime.at(instant);
    }
}
