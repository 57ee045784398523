package vn.gov.conference.web.console.agenda;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.gov.conference.web.console.agenda.AgendaDocument.Presenter;

/**
 * The agenda as agenda-service computes it ({@code GET /api/plans/{id}/agenda/timeline}): every item's clock range
 * once the session start is known, its length and how it was reckoned ({@code basis}: FIXED, DURATION, CONTRIBUTIONS,
 * NONE), and the warnings in the service's words, each naming the item it is about. The console computes none of it.
 */
public record AgendaTimeline(
        String planId,
        int revision,
        LocalDate date,
        boolean anchored,
        String sessionStart,
        String sessionEnd,
        OffsetDateTime start,
        OffsetDateTime end,
        long totalMinutes,
        long idleMinutes,
        Map<String, Long> minutesByKind,
        List<Slot> items,
        List<Warning> warnings,
        List<RoomConflict> roomConflicts) {

    public AgendaTimeline {
        items = items == null ? List.of() : List.copyOf(items);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        roomConflicts = roomConflicts == null ? List.of() : List.copyOf(roomConflicts);
    }

    public record Slot(
            String id,
            String number,
            String kind,
            String content,
            List<Presenter> presenters,
            String basis,
            long minutes,
            String from,
            String to,
            List<Turn> contributions) {

        public List<Turn> turns() {
            return contributions == null ? List.of() : contributions;
        }

        public List<Presenter> presenterList() {
            return presenters == null ? List.of() : presenters;
        }
    }

    public record Turn(
            String id,
            String number,
            String content,
            List<Presenter> presenters,
            Long minutes,
            String from,
            String to) {

        public List<Presenter> presenterList() {
            return presenters == null ? List.of() : presenters;
        }
    }

    public record Warning(
            String code, String itemId, String otherItemId, int minutes, boolean blocksPublication, String message) {}

    public record RoomConflict(
            String planId, String title, String room, OffsetDateTime start, OffsetDateTime end, long sharedMinutes) {}

    public Slot slot(String itemId) {
        return items.stream()
                .filter(slot -> Objects.equals(slot.id(), itemId))
                .findFirst()
                .orElse(null);
    }

    /** The warnings about this item: next to it on the page. */
    public List<Warning> warningsFor(String itemId) {
        return warnings.stream().filter(w -> Objects.equals(w.itemId(), itemId)).toList();
    }

    /** The warnings about no item in particular (the session's start unknown). */
    public List<Warning> general() {
        return warnings.stream().filter(w -> w.itemId() == null).toList();
    }

    public boolean blocked() {
        return warnings.stream().anyMatch(Warning::blocksPublication);
    }
}
