package vn.gov.conference.agenda;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import vn.gov.conference.agenda.programme.Presenter;
import vn.gov.conference.agenda.revision.PublishedSlot;
import vn.gov.conference.agenda.revision.SlotChange;
import vn.gov.conference.contracts.UnitRef;
import vn.gov.conference.contracts.agenda.AgendaEvents.AgendaPublished;
import vn.gov.conference.contracts.agenda.AgendaEvents.AgendaRevised;
import vn.gov.conference.contracts.agenda.AgendaEvents.ItemChange;
import vn.gov.conference.contracts.agenda.AgendaEvents.Slot;
import vn.gov.conference.platform.time.VietnamTime;

/** The boundary between a revision and the published event contract; times travel at +07:00. */
final class AgendaContracts {

    private AgendaContracts() {
    }

    static AgendaPublished published(String planId, Revision revision) {
        return new AgendaPublished(planId, revision.number(), at(revision.sessionStart()), at(revision.sessionEnd()),
                slots(revision.slots()));
    }

    static AgendaRevised revised(String planId, Revision revision) {
        return new AgendaRevised(planId, revision.number(), at(revision.sessionStart()), at(revision.sessionEnd()),
                slots(revision.slots()), revision.changes().stream().map(AgendaContracts::change).toList(),
                revision.summary());
    }

    private static List<Slot> slots(List<PublishedSlot> slots) {
        return slots.stream().map(slot -> new Slot(slot.itemId(), slot.number(), slot.title(), slot.kind(),
                units(slot.presenters()), at(slot.start()), at(slot.end()))).toList();
    }

    private static ItemChange change(SlotChange change) {
        return new ItemChange(change.itemId(), change.title(), units(change.presenters()), at(change.previousStart()),
                at(change.previousEnd()), at(change.start()), at(change.end()), change.timeChanged(),
                change.presentersChanged());
    }

    static List<UnitRef> units(List<Presenter> presenters) {
        return presenters.stream().map(presenter -> new UnitRef(presenter.unitCode(), presenter.name())).toList();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant == null ? null : VietnamTime.at(instant);
    }
}
