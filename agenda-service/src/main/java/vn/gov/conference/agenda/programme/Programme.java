package vn.gov.conference.agenda.programme;

import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The agenda's content (Chương trình hội nghị): items in order, an optional session start and planned end
 * (clock times on the conference day), and a closing note such as "Chương trình có thể thay đổi tùy theo tình hình
 * thực tế". The conference date is not here: it belongs to the plan.
 */
public record Programme(LocalTime startsAt, LocalTime plannedEnd, String note, List<AgendaItem> items) {

    public static final int MAX_ITEMS = 100;

    public Programme {
        startsAt = startsAt == null ? null : startsAt.withSecond(0).withNano(0);
        plannedEnd = plannedEnd == null ? null : plannedEnd.withSecond(0).withNano(0);
        note = Texts.optional(note, "note", 2000, true);
        items = items == null ? List.of() : List.copyOf(items);
        if (items.size() > MAX_ITEMS) {
            throw new AgendaRuleViolation("items", "must list at most " + MAX_ITEMS);
        }
        if (startsAt != null && plannedEnd != null && !plannedEnd.isAfter(startsAt)) {
            throw new AgendaRuleViolation("plannedEnd", "must be after startsAt");
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            for (String id : items.get(i).allIds()) {
                Integer first = seen.putIfAbsent(id, i);
                if (first != null) {
                    throw new AgendaRuleViolation(
                            "items[" + i + "]", "id '" + id + "' is already used by items[" + first + "]");
                }
            }
        }
    }

    public static Programme empty() {
        return new Programme(null, null, null, List.of());
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    public Optional<AgendaItem> item(String id) {
        return items.stream().filter(item -> item.id().equals(id)).findFirst();
    }
}
