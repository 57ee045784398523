package vn.gov.conference.web.console.agenda;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gov.conference.platform.text.VietnameseText;
import vn.gov.conference.web.api.ApiRefusal;
import vn.gov.conference.web.console.agenda.AgendaDocument.Contribution;
import vn.gov.conference.web.console.agenda.AgendaDocument.Item;
import vn.gov.conference.web.console.agenda.AgendaDocument.Presenter;

/**
 * One agenda item as the office types it: kind, content, note, whether it is numbered, who carries it out (a line
 * each, "TG-SNV: Sở Nội vụ" or just a name), its time (a clock range, or minutes, or neither), and for a block of
 * contributions a line per speaker ("TG-SNV: Sở Nội vụ — nội dung") with the minutes each. Only what the form itself
 * cannot read (minutes that are not a number) is refused here; everything else goes to the API, which judges it.
 */
public record ItemForm(
        String kind,
        String content,
        String note,
        Boolean unnumbered,
        String presenters,
        String from,
        String to,
        String minutes,
        String contributions,
        String minutesEach,
        String position) {

    /** "TG-SNV: Sở Nội vụ": a code (no spaces) before a colon; the API says whether it is a unit code. */
    private static final Pattern CODED = Pattern.compile("^([A-Za-z][A-Za-z0-9-]{0,39})\\s*:\\s*(.+)$");

    private static final Pattern SPEAKER = Pattern.compile("^(.+?)\\s+[—–-]\\s+(.+)$");
    private static final Pattern WHOLE = Pattern.compile("\\d{1,4}");

    /** The kinds agenda-service knows, in the order a conference runs, with the names the office reads. */
    public static final Map<String, String> KINDS = kinds();

    public ItemForm {
        kind = text(kind);
        content = text(content);
        note = text(note);
        unnumbered = Boolean.TRUE.equals(unnumbered);
        presenters = text(presenters);
        from = text(from);
        to = text(to);
        minutes = text(minutes);
        contributions = text(contributions);
        minutesEach = text(minutesEach);
        position = text(position);
    }

    public static ItemForm empty(String position) {
        return new ItemForm("REPORT", "", "", false, "", "", "", "", "", "", position);
    }

    public static ItemForm of(Item item) {
        List<String> speakers = new ArrayList<>();
        for (Contribution contribution :
                item.contributions() == null ? List.<Contribution>of() : item.contributions()) {
            String who = lines(contribution.presenters());
            speakers.add(
                    who.isEmpty() ? contribution.content() : who.replace("\n", ", ") + " — " + contribution.content());
        }
        return new ItemForm(
                item.kind(),
                item.content(),
                item.note(),
                !item.isNumbered(),
                lines(item.presenters()),
                item.from(),
                item.to(),
                number(item.minutes()),
                String.join("\n", speakers),
                number(item.minutesEach()),
                "");
    }

    /**
     * The item the API will judge, keeping {@code previous}'s ids (revisions compare items by them), or the fields
     * the form cannot read in {@code errors}.
     */
    Item toItem(Item previous, Collection<String> takenIds, Map<String, String> errors) {
        Integer length = whole(minutes, "minutes", errors);
        Integer each = whole(minutesEach, "minutesEach", errors);
        Set<String> taken = new HashSet<>(takenIds);
        String id = previous != null ? previous.id() : unique(slug(content.isEmpty() ? kind : content), taken);
        taken.add(id);
        List<Contribution> speakers = new ArrayList<>();
        List<Contribution> before = previous == null ? List.of() : previous.contributionList();
        List<String> lines = list(contributions);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher speaker = SPEAKER.matcher(line);
            String turnId = i < before.size() ? before.get(i).id() : unique(id + "-" + (i + 1), taken);
            taken.add(turnId);
            String note = i < before.size() ? before.get(i).note() : null;
            speakers.add(
                    speaker.matches()
                            ? new Contribution(
                                    turnId, speaker.group(2).strip(), note, List.of(presenter(speaker.group(1))))
                            : new Contribution(turnId, line, note, null));
        }
        List<Presenter> who = list(presenters).stream().map(ItemForm::presenter).toList();
        return new Item(
                id,
                kind.isEmpty() ? null : kind,
                unnumbered ? Boolean.FALSE : null,
                content,
                note.isEmpty() ? null : note,
                who.isEmpty() ? null : who,
                from.isEmpty() ? null : from,
                to.isEmpty() ? null : to,
                length,
                each,
                speakers.isEmpty() ? null : speakers);
    }

    /**
     * Where the API's field for item {@code index} ({@code items[3].to}, {@code items[3].presenters[0].unit}) goes
     * in this form, with the line it names; anything else goes above the form.
     */
    static Map<String, String> errors(int index, List<ApiRefusal.FieldError> apiErrors, String detail) {
        Map<String, String> errors = new LinkedHashMap<>();
        String prefix = "items[" + index + "].";
        for (var error : apiErrors) {
            String field = error.field() == null ? "" : error.field();
            String message = error.message() == null ? detail : error.message();
            String key = "form";
            if (field.startsWith(prefix)) {
                String rest = field.substring(prefix.length());
                Matcher nested = Pattern.compile("^(presenters|contributions)\\[(\\d+)](.*)$")
                        .matcher(rest);
                if (nested.matches()) {
                    key = nested.group(1);
                    message = "Dòng " + (Integer.parseInt(nested.group(2)) + 1) + ": " + message;
                } else {
                    key = switch (rest) {
                        case "kind",
                                "content",
                                "note",
                                "from",
                                "to",
                                "minutes",
                                "minutesEach",
                                "presenters",
                                "contributions" -> rest;
                        default -> "form";
                    };
                }
            }
            if (key.equals("form") && !field.isEmpty()) {
                message = field + ": " + message;
            }
            errors.merge(key, message, (a, b) -> a + " " + b);
        }
        if (errors.isEmpty()) {
            errors.put("form", detail == null ? "Hệ thống không chấp nhận yêu cầu." : detail);
        }
        return errors;
    }

    private static Presenter presenter(String line) {
        Matcher coded = CODED.matcher(line.strip());
        return coded.matches()
                ? new Presenter(coded.group(1), coded.group(2).strip())
                : new Presenter(null, line.strip());
    }

    private static String lines(List<Presenter> presenters) {
        if (presenters == null) {
            return "";
        }
        List<String> lines = new ArrayList<>();
        for (Presenter presenter : presenters) {
            lines.add(presenter.unit() == null ? presenter.name() : presenter.unit() + ": " + presenter.name());
        }
        return String.join("\n", lines);
    }

    private static Integer whole(String value, String field, Map<String, String> errors) {
        if (value.isEmpty()) {
            return null;
        }
        if (!WHOLE.matcher(value).matches()) {
            errors.put(field, "Số phút là một số nguyên, ví dụ 15.");
            return null;
        }
        return Integer.valueOf(value);
    }

    /** "Báo cáo kết quả PCI" → "bao-cao-ket-qua-pci": an id the office can recognise in the API's messages. */
    static String slug(String text) {
        String folded = VietnameseText.slug(text);
        if (folded.length() > 40) {
            folded = folded.substring(0, 40).replaceAll("-[^-]*$", "");
        }
        return folded.isEmpty() ? "muc" : folded;
    }

    private static String unique(String base, Set<String> taken) {
        String id = base;
        for (int n = 2; taken.contains(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    private static List<String> list(String text) {
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    private static String number(Integer value) {
        return value == null ? "" : value.toString();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static Map<String, String> kinds() {
        Map<String, String> kinds = new LinkedHashMap<>();
        kinds.put("RECEPTION", "Đón tiếp đại biểu");
        kinds.put("OPENING", "Khai mạc, giới thiệu đại biểu");
        kinds.put("REPORT", "Báo cáo");
        kinds.put("CONTRIBUTIONS", "Tham luận");
        kinds.put("DISCUSSION", "Thảo luận");
        kinds.put("BREAK", "Nghỉ giữa giờ");
        kinds.put("DIRECTIVE_SPEECH", "Phát biểu chỉ đạo");
        kinds.put("CONCLUSION", "Kết luận, bế mạc");
        return Collections.unmodifiableMap(kinds);
    }
}
