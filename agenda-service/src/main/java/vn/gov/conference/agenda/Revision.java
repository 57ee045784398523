package vn.gov.conference.agenda;

import java.time.Instant;
import java.util.List;
import vn.gov.conference.agenda.programme.AgendaForm;
import vn.gov.conference.agenda.revision.PublishedSlot;
import vn.gov.conference.agenda.revision.SlotChange;

/**
 * One published state of the agenda. Revision 1 is the first publication; every later one records what moved since
 * the one before ({@code changes}) and says so in Vietnamese ({@code summary}).
 */
public record Revision(
        int number,
        Instant at,
        String by,
        String summary,
        AgendaForm programme,
        Instant sessionStart,
        Instant sessionEnd,
        List<PublishedSlot> slots,
        List<SlotChange> changes) {

    public Revision {
        slots = List.copyOf(slots);
        changes = List.copyOf(changes);
    }
}
