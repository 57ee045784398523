package vn.gov.conference.agenda.programme;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One row of the agenda. {@code numbered} is false for rows the document leaves without a number (the break in
 * 276/KH-UBND). A {@link ItemKind#CONTRIBUTIONS} block lists its speakers and may give each the same time
 * ({@code minutesEach}, "mỗi đại biểu trình bày 07 phút"); its length is then speakers × minutes unless the item
 * states its own time.
 */
public record AgendaItem(
        String id,
        ItemKind kind,
        boolean numbered,
        String content,
        String note,
        List<Presenter> presenters,
        ItemTiming timing,
        Duration timeEach,
        List<Contribution> contributions) {

    public static final int MAX_CONTRIBUTIONS = 50;

    public AgendaItem {
        id = Ids.checked(id, "id");
        if (kind == null) {
            throw new AgendaRuleViolation("kind", "must be given");
        }
        content = Texts.required(content, "content", 2000, true);
        note = Texts.optional(note, "note", 1000, true);
        presenters = Presenters.checked(presenters);
        timing = Objects.requireNonNullElse(timing, ItemTiming.NONE);
        contributions = contributions == null ? List.of() : List.copyOf(contributions);
        if (!contributions.isEmpty() && kind != ItemKind.CONTRIBUTIONS) {
            throw new AgendaRuleViolation("contributions", "only a CONTRIBUTIONS item lists contributions");
        }
        if (contributions.size() > MAX_CONTRIBUTIONS) {
            throw new AgendaRuleViolation("contributions", "must list at most " + MAX_CONTRIBUTIONS);
        }
        if (timeEach != null) {
            if (contributions.isEmpty()) {
                throw new AgendaRuleViolation("minutesEach", "needs the contributions it applies to");
            }
            if (timeEach.toMinutes() < 1 || timeEach.toMinutes() > 120) {
                throw new AgendaRuleViolation("minutesEach", "must be between 1 and 120");
            }
            timeEach = Duration.ofMinutes(timeEach.toMinutes());
        }
    }

    /** An item with neither contributions nor per-speaker time. */
    public static AgendaItem of(
            String id, ItemKind kind, String content, List<Presenter> presenters, ItemTiming timing) {
        return new AgendaItem(id, kind, true, content, null, presenters, timing, null, List.of());
    }

    public boolean hasOwnTime() {
        return !(timing instanceof ItemTiming.Unset);
    }

    /** Speakers × time each, when the block gives a time per speaker. */
    public Duration contributionsLength() {
        return timeEach == null ? Duration.ZERO : timeEach.multipliedBy(contributions.size());
    }

    List<String> allIds() {
        List<String> ids = new ArrayList<>(1 + contributions.size());
        ids.add(id);
        contributions.forEach(c -> ids.add(c.id()));
        return ids;
    }
}
