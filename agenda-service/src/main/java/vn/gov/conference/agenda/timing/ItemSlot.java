package vn.gov.conference.agenda.timing;

import java.util.List;
import vn.gov.conference.agenda.programme.AgendaItem;

/**
 * An item placed on the timeline. {@code number} is the item's printed number (null for an unnumbered row).
 * An item without time sits where it stands with zero length and {@link TimeBasis#NONE}.
 */
public record ItemSlot(
        AgendaItem item, String number, Span span, TimeBasis basis, List<ContributionSlot> contributions) {

    public ItemSlot {
        contributions = List.copyOf(contributions);
    }

    public boolean timed() {
        return basis != TimeBasis.NONE;
    }

    public boolean fixed() {
        return basis == TimeBasis.FIXED;
    }
}
