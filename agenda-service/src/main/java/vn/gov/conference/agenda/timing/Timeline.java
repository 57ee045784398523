package vn.gov.conference.agenda.timing;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.gov.conference.agenda.programme.ItemKind;

/**
 * The computed agenda: every item's slot in order, the session from its start to the latest end, what needs the
 * organiser's attention, and where the time goes. {@code anchored} is false when no clock time is known at all,
 * in which case spans count from 0:00 and only their lengths and order mean anything.
 */
public record Timeline(
        Span session,
        boolean anchored,
        List<ItemSlot> slots,
        List<TimingWarning> warnings,
        Map<ItemKind, Duration> timeByKind,
        Duration idle) {

    public Timeline {
        slots = List.copyOf(slots);
        warnings = List.copyOf(warnings);
        timeByKind = Map.copyOf(timeByKind);
    }

    public Duration total() {
        return session.length();
    }

    public Optional<ItemSlot> slot(String itemId) {
        return slots.stream().filter(slot -> slot.item().id().equals(itemId)).findFirst();
    }

    public List<TimingWarning> blockingWarnings() {
        return warnings.stream().filter(TimingWarning::blocksPublication).toList();
    }

    public List<TimingWarning> warnings(TimingWarning.Code code) {
        return warnings.stream().filter(warning -> warning.code() == code).toList();
    }
}
