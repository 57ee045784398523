package vn.gov.conference.web.console.agenda;

import java.util.List;
import vn.gov.conference.web.console.agenda.AgendaDocument.Item;
import vn.gov.conference.web.console.agenda.AgendaTimeline.Slot;
import vn.gov.conference.web.console.agenda.AgendaTimeline.Warning;

/**
 * One line of the editor: the item as the office wrote it, beside the slot agenda-service computed for it and the
 * warnings it raised about it. {@code slot} is null only while the two answers disagree (someone saved in between).
 */
public record AgendaRow(int index, Item item, Slot slot, List<Warning> warnings) {

    public boolean first() {
        return index == 0;
    }

    public String kindName() {
        return ItemForm.KINDS.getOrDefault(item.kind(), item.kind());
    }

    /** How the office gave the time, in words: what the API reckoned from is then beside it. */
    public String written() {
        int speakers = item.contributionList().size();
        String each = item.minutesEach() == null
                ? ""
                : speakers + " tham luận, mỗi tham luận " + item.minutesEach() + " phút";
        String own = item.from() != null || item.to() != null
                ? "ghi khung giờ " + (item.from() == null ? "…" : item.from()) + "–"
                        + (item.to() == null ? "…" : item.to())
                : item.minutes() != null ? "ghi " + item.minutes() + " phút" : "";
        if (own.isEmpty() && each.isEmpty()) {
            return "chưa ghi thời gian";
        }
        return own.isEmpty() ? each : each.isEmpty() ? own : own + "; " + each;
    }

    public boolean blocking() {
        return warnings.stream().anyMatch(Warning::blocksPublication);
    }
}
