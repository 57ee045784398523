package vn.gov.conference.agenda.revision;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.gov.conference.agenda.programme.Presenter;

/**
 * The lines whose time or presenters differ between two published revisions, in the new agenda's order followed by
 * the removed lines. Wording edits alone change no line here: nobody has to be told about them.
 */
public record Changelog(List<SlotChange> changes) {

    public Changelog {
        changes = List.copyOf(changes);
    }

    public static Changelog between(List<PublishedSlot> before, List<PublishedSlot> after) {
        Map<String, PublishedSlot> previous = before.stream()
                .collect(Collectors.toMap(PublishedSlot::itemId, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        List<SlotChange> changes = new ArrayList<>();
        Set<String> kept = new HashSet<>();
        for (PublishedSlot now : after) {
            PublishedSlot then = previous.get(now.itemId());
            kept.add(now.itemId());
            if (then == null) {
                added(now, changes);
            } else {
                boolean timeChanged =
                        !Objects.equals(then.start(), now.start()) || !Objects.equals(then.end(), now.end());
                boolean presentersChanged = !sameUnits(then.presenters(), now.presenters());
                if (timeChanged || presentersChanged) {
                    changes.add(new SlotChange(
                            now.itemId(),
                            now.title(),
                            now.presenters(),
                            then.start(),
                            then.end(),
                            now.start(),
                            now.end(),
                            timeChanged,
                            presentersChanged));
                }
            }
        }
        previous.values().stream()
                .filter(then -> !kept.contains(then.itemId()))
                .forEach(then -> removed(then, changes));
        return new Changelog(changes);
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    public long timeChanges() {
        return changes.stream().filter(SlotChange::timeChanged).count();
    }

    public long presenterChanges() {
        return changes.stream().filter(SlotChange::presentersChanged).count();
    }

    /** "6 mục thay đổi thời gian; 1 mục thay đổi đơn vị thực hiện." or, when nothing moved, says so. */
    public String describe() {
        if (changes.isEmpty()) {
            return "Không mục nào thay đổi thời gian hoặc đơn vị thực hiện.";
        }
        List<String> parts = new ArrayList<>();
        if (timeChanges() > 0) {
            parts.add(timeChanges() + " mục thay đổi thời gian");
        }
        if (presenterChanges() > 0) {
            parts.add(presenterChanges() + " mục thay đổi đơn vị thực hiện");
        }
        return String.join("; ", parts) + ".";
    }

    private static void added(PublishedSlot now, List<SlotChange> changes) {
        boolean timed = now.timed();
        boolean presented = !now.presenters().isEmpty();
        if (timed || presented) {
            changes.add(new SlotChange(
                    now.itemId(), now.title(), now.presenters(), null, null, now.start(), now.end(), timed, presented));
        }
    }

    private static void removed(PublishedSlot then, List<SlotChange> changes) {
        boolean timed = then.timed();
        boolean presented = !then.presenters().isEmpty();
        if (timed || presented) {
            changes.add(new SlotChange(
                    then.itemId(),
                    then.title(),
                    then.presenters(),
                    then.start(),
                    then.end(),
                    null,
                    null,
                    timed,
                    presented));
        }
    }

    private static boolean sameUnits(List<Presenter> a, List<Presenter> b) {
        return Set.copyOf(a).equals(Set.copyOf(b));
    }
}
