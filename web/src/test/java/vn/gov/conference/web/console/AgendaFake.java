package vn.gov.conference.web.console;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * agenda-service as the console sees it, for the plans a test opens an agenda on ({@link #open}): the agenda with its
 * ETag, {@code PUT} with {@code If-Match} (412 when stale) and the rule violations agenda-service reports by field
 * ({@code items[3].to}), a timeline computed the way its timing engine does (clock ranges kept, durations and
 * speakers × minutes following on, gaps, overlaps and overrun as warnings on the item concerned), publication with its
 * refusals, revisions with the items that moved, and a printout. A fake: only as much of the engine as the tests use.
 */
public final class AgendaFake {

    private static final Pattern PATH =
            Pattern.compile("^/api/plans/([^/]+)/agenda(?:/(timeline|revisions|publish|print))?$");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final Pattern UNIT = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)*");
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("H:mm");

    private final JsonMapper json;
    private final Map<String, State> agendas = new ConcurrentHashMap<>();

    AgendaFake(JsonMapper json) {
        this.json = json;
    }

    private static final class State {
        long version = 1;
        boolean approved;
        String title;
        String startsAt;
        String plannedEnd;
        String note;
        List<Map<String, Object>> items = new ArrayList<>();
        List<Map<String, Object>> revisions = new ArrayList<>();
        Map<String, String[]> published = Map.of();
    }

    /** From now on the plan has an (empty, draft) agenda here; {@code approved}: its plan is approved with a date. */
    public void open(String planId, String title, boolean approved) {
        State state = new State();
        state.title = title;
        state.approved = approved;
        agendas.put(planId, state);
    }

    void reset() {
        agendas.clear();
    }

    public List<Map<String, Object>> items(String planId) {
        return agendas.get(planId).items;
    }

    /** Someone else saves the agenda: the version the console read is stale. */
    public void touch(String planId) {
        agendas.get(planId).version++;
    }

    /** The plan id when this request is for an agenda the fake holds. */
    String planOf(String path) {
        Matcher matcher = PATH.matcher(path);
        return matcher.matches() && agendas.containsKey(matcher.group(1)) ? matcher.group(1) : null;
    }

    void handle(HttpExchange exchange, String method, String path, String role, ConsoleFake.Sender send)
            throws IOException {
        Matcher matcher = PATH.matcher(path);
        matcher.matches();
        String planId = matcher.group(1);
        String action = matcher.group(2);
        State state = agendas.get(planId);
        boolean writes = method.equals("PUT") || "publish".equals(action);
        if (writes && !"OFFICE".equals(role)) {
            send.problem(exchange, 403, "forbidden", "Only the province's office edits its agenda.", List.of());
            return;
        }
        if (action == null && method.equals("GET")) {
            view(exchange, planId, state, send);
        } else if (action == null && method.equals("PUT")) {
            put(exchange, planId, state, send);
        } else if ("publish".equals(action)) {
            publish(exchange, planId, state, send);
        } else if ("timeline".equals(action)) {
            send.json(exchange, 200, timeline(planId, state));
        } else if ("revisions".equals(action)) {
            send.json(exchange, 200, state.revisions);
        } else {
            exchange.getResponseHeaders().add("Content-Type", "application/pdf");
            byte[] pdf = "%PDF-1.4 chương trình".getBytes(java.nio.charset.StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, pdf.length);
            exchange.getResponseBody().write(pdf);
        }
    }

    private void view(HttpExchange exchange, String planId, State state, ConsoleFake.Sender send) throws IOException {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("planId", planId);
        view.put("province", "tien-giang");
        view.put("status", state.revisions.isEmpty() ? "DRAFT" : "PUBLISHED");
        view.put("revision", state.revisions.size());
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("title", state.title);
        plan.put("status", state.approved ? "SCHEDULED" : "DRAFT");
        plan.put("time", state.approved ? "07 giờ 30, thứ Năm, ngày 08/8/2024" : "Dự kiến tháng 8/2024");
        plan.put("venue", "Hội trường 1, Trụ sở UBND tỉnh");
        if (state.approved) {
            plan.put("documentNumber", "276/KH-UBND");
            plan.put("start", "2024-08-08T07:30:00+07:00");
        }
        view.put("plan", plan);
        if (state.startsAt != null) {
            view.put("startsAt", state.startsAt);
        }
        if (state.plannedEnd != null) {
            view.put("plannedEnd", state.plannedEnd);
        }
        if (state.note != null) {
            view.put("note", state.note);
        }
        view.put("items", state.items);
        exchange.getResponseHeaders().add("ETag", "\"" + state.version + "\"");
        send.json(exchange, 200, view);
    }

    @SuppressWarnings("unchecked")
    private void put(HttpExchange exchange, String planId, State state, ConsoleFake.Sender send) throws IOException {
        String ifMatch = exchange.getRequestHeaders().getFirst("If-Match");
        if (ifMatch != null && !ifMatch.replace("\"", "").equals(String.valueOf(state.version))) {
            send.problem(
                    exchange,
                    412,
                    "precondition-failed",
                    "The agenda changed since version " + ifMatch.replace("\"", "") + "; it is now at version "
                            + state.version + ".",
                    List.of());
            return;
        }
        JsonNode body = json.readTree(exchange.getRequestBody().readAllBytes());
        Map<String, Object> form = json.treeToValue(body, Map.class);
        List<Map<String, Object>> items =
                form.get("items") == null ? List.of() : (List<Map<String, Object>>) form.get("items");
        String violation = null;
        String field = null;
        for (String clock : List.of("startsAt", "plannedEnd")) {
            if (form.get(clock) != null && parse((String) form.get(clock)) == null) {
                field = clock;
                violation = "must be a clock time such as 07:30";
            }
        }
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < items.size() && violation == null; i++) {
            Map<String, Object> item = items.get(i);
            String at = "items[" + i + "]";
            String[] broken = check(item);
            if (broken != null) {
                field = broken[0].isEmpty() ? at : at + "." + broken[0];
                violation = broken[1];
            } else if (seen.contains((String) item.get("id"))) {
                field = at;
                violation =
                        "id '" + item.get("id") + "' is already used by items[" + seen.indexOf(item.get("id")) + "]";
            }
            seen.add((String) item.get("id"));
        }
        if (violation != null) {
            send.problem(
                    exchange,
                    400,
                    "agenda-rule",
                    violation,
                    List.of(Map.of("field", field, "rule", "agenda-rule", "message", violation)));
            return;
        }
        State next = new State();
        next.startsAt = (String) form.get("startsAt");
        next.plannedEnd = (String) form.get("plannedEnd");
        next.items = new ArrayList<>(items);
        if (!state.revisions.isEmpty()) {
            Map<String, Object> timeline = timeline(planId, next);
            List<String> blocking = blocking(timeline);
            if (!blocking.isEmpty()) {
                send.problem(
                        exchange,
                        409,
                        "timing-conflicts",
                        "A published agenda cannot promise two things at " + "once: " + String.join(" ", blocking),
                        List.of());
                return;
            }
        }
        state.startsAt = next.startsAt;
        state.plannedEnd = next.plannedEnd;
        state.note = (String) form.get("note");
        state.items = next.items;
        state.version++;
        if (!state.revisions.isEmpty()) {
            revise(state, timeline(planId, state));
        }
        view(exchange, planId, state, send);
    }

    private void publish(HttpExchange exchange, String planId, State state, ConsoleFake.Sender send)
            throws IOException {
        if (!state.revisions.isEmpty()) {
            send.problem(
                    exchange,
                    409,
                    "already-published",
                    "The agenda is published (revision " + state.revisions.size()
                            + "); every change to it is now published as a new revision.",
                    List.of());
            return;
        }
        if (!state.approved) {
            send.problem(
                    exchange, 409, "plan-not-approved", "An agenda is published once its plan is approved.", List.of());
            return;
        }
        if (state.items.isEmpty()) {
            send.problem(exchange, 409, "agenda-empty", "An agenda without items cannot be published.", List.of());
            return;
        }
        Map<String, Object> timeline = timeline(planId, state);
        List<String> blocking = blocking(timeline);
        if (!blocking.isEmpty()) {
            send.problem(
                    exchange,
                    409,
                    "timing-conflicts",
                    "A published agenda cannot promise two things at once: " + String.join(" ", blocking),
                    List.of());
            return;
        }
        revise(state, timeline);
        state.version++;
        view(exchange, planId, state, send);
    }

    @SuppressWarnings("unchecked")
    private static void revise(State state, Map<String, Object> timeline) {
        Map<String, String[]> slots = new LinkedHashMap<>();
        for (Map<String, Object> slot : (List<Map<String, Object>>) timeline.get("items")) {
            slots.put((String) slot.get("id"), new String[] {
                (String) slot.get("from"),
                (String) slot.get("to"),
                String.valueOf(slot.get("presenters")),
                (String) slot.get("content")
            });
        }
        int number = state.revisions.size() + 1;
        List<Map<String, Object>> changes = new ArrayList<>();
        if (number > 1) {
            slots.forEach((id, now) -> {
                String[] before = state.published.get(id);
                boolean time =
                        before == null || !Objects.equals(before[0], now[0]) || !Objects.equals(before[1], now[1]);
                boolean who = before != null && !Objects.equals(before[2], now[2]);
                if (time || who) {
                    Map<String, Object> change = new LinkedHashMap<>();
                    change.put("itemId", id);
                    change.put("title", now[3]);
                    change.put("presenters", List.of());
                    if (before != null) {
                        change.put("previousStart", "2024-08-08T" + before[0] + ":00+07:00");
                        change.put("previousEnd", "2024-08-08T" + before[1] + ":00+07:00");
                    }
                    change.put("start", "2024-08-08T" + now[0] + ":00+07:00");
                    change.put("end", "2024-08-08T" + now[1] + ":00+07:00");
                    change.put("timeChanged", time);
                    change.put("presentersChanged", who);
                    changes.add(change);
                }
            });
        }
        Map<String, Object> revision = new LinkedHashMap<>();
        revision.put("revision", number);
        revision.put("at", "2024-07-26T08:" + String.format("%02d", number) + ":00+07:00");
        revision.put("by", "tg-vanphong@tiengiang.gov.vn");
        revision.put(
                "summary",
                number == 1
                        ? "Công bố chương trình."
                        : "Cập nhật lần " + (number - 1) + ": " + changes.size()
                                + " mục đổi giờ hoặc người thực hiện.");
        revision.put("start", "2024-08-08T" + timeline.get("sessionStart") + ":00+07:00");
        revision.put("end", "2024-08-08T" + timeline.get("sessionEnd") + ":00+07:00");
        revision.put("changes", changes);
        state.revisions.add(revision);
        state.published = slots;
    }

    @SuppressWarnings("unchecked")
    private static List<String> blocking(Map<String, Object> timeline) {
        return ((List<Map<String, Object>>) timeline.get("warnings"))
                .stream()
                        .filter(w -> Boolean.TRUE.equals(w.get("blocksPublication")))
                        .map(w -> (String) w.get("message"))
                        .toList();
    }

    /** The rule an item breaks, as {field, message}, the way agenda-service words it; null when none. */
    @SuppressWarnings("unchecked")
    private static String[] check(Map<String, Object> item) {
        if (item.get("id") == null || !ID.matcher((String) item.get("id")).matches()) {
            return new String[] {"id", "must be 1 to 64 letters, digits, '.', '_' or '-'"};
        }
        if (item.get("kind") == null) {
            return new String[] {"kind", "must be given"};
        }
        if (item.get("content") == null || ((String) item.get("content")).isBlank()) {
            return new String[] {"content", "must not be blank"};
        }
        List<Map<String, Object>> presenters = (List<Map<String, Object>>) item.getOrDefault("presenters", List.of());
        for (int i = 0; i < presenters.size(); i++) {
            Object unit = presenters.get(i).get("unit");
            if (unit != null && !UNIT.matcher((String) unit).matches()) {
                return new String[] {"presenters[" + i + "].unit", "must be a unit code such as TG-SNV"};
            }
        }
        boolean clock = item.get("from") != null || item.get("to") != null;
        if (clock && item.get("minutes") != null) {
            return new String[] {"minutes", "give either from and to or minutes, not both"};
        }
        if (clock) {
            for (String end : List.of("from", "to")) {
                if (item.get(end) == null) {
                    return new String[] {end, "a clock range needs both ends"};
                }
                if (parse((String) item.get(end)) == null) {
                    return new String[] {end, "must be a clock time such as 07:30"};
                }
            }
            LocalTime from = parse((String) item.get("from"));
            if (!parse((String) item.get("to")).isAfter(from)) {
                return new String[] {"to", "must be after " + from};
            }
        }
        if (item.get("minutes") != null && ((Number) item.get("minutes")).intValue() < 1) {
            return new String[] {"minutes", "must be at least 1"};
        }
        if (item.get("contributions") != null && !"CONTRIBUTIONS".equals(item.get("kind"))) {
            return new String[] {"contributions", "only a CONTRIBUTIONS item lists contributions"};
        }
        if (item.get("minutesEach") != null && item.get("contributions") == null) {
            return new String[] {"minutesEach", "needs the contributions it applies to"};
        }
        return null;
    }

    /** The timing engine's walk, as far as the tests need it. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> timeline(String planId, State state) {
        Integer start = state.startsAt == null ? null : minute(parse(state.startsAt));
        if (start == null) {
            for (Map<String, Object> item : state.items) {
                if (item.get("from") != null) {
                    start = minute(parse((String) item.get("from")));
                    break;
                }
                if (item.get("minutes") != null || item.get("minutesEach") != null) {
                    break;
                }
            }
        }
        boolean anchored = start != null || state.approved;
        int session = start != null ? start : state.approved ? 7 * 60 + 30 : 0;
        int cursor = session;
        int idle = 0;
        String lastId = null;
        int number = 0;
        List<Map<String, Object>> slots = new ArrayList<>();
        List<Map<String, Object>> warnings = new ArrayList<>();
        List<int[]> timed = new ArrayList<>();
        List<String> timedIds = new ArrayList<>();
        for (Map<String, Object> item : state.items) {
            String id = (String) item.get("id");
            String label = Boolean.FALSE.equals(item.get("numbered"))
                    ? "mục “" + item.get("content") + "”"
                    : "mục " + (++number);
            List<Map<String, Object>> turns = (List<Map<String, Object>>) item.getOrDefault("contributions", List.of());
            Integer each = (Integer) item.get("minutesEach");
            int from;
            int to;
            String basis;
            if (item.get("from") != null) {
                from = minute(parse((String) item.get("from")));
                to = minute(parse((String) item.get("to")));
                basis = "FIXED";
                if (from > cursor) {
                    idle += from - cursor;
                    warnings.add(warning(
                            "GAP",
                            id,
                            lastId,
                            from - cursor,
                            false,
                            "Trống " + (from - cursor) + " phút trước " + label + " (" + clock(cursor) + " - "
                                    + clock(from) + ")."));
                }
                for (int j = 0; j < timed.size(); j++) {
                    int[] other = timed.get(j);
                    int shared = Math.min(other[1], to) - Math.max(other[0], from);
                    if (shared > 0) {
                        warnings.add(warning(
                                "OVERLAP",
                                id,
                                timedIds.get(j),
                                shared,
                                true,
                                capital(label) + " (" + clock(from) + " - " + clock(to) + ") trùng " + shared
                                        + " phút với mục khác."));
                    }
                }
            } else if (item.get("minutes") != null) {
                from = cursor;
                to = cursor + ((Number) item.get("minutes")).intValue();
                basis = "DURATION";
            } else if (each != null) {
                from = cursor;
                to = cursor + each * turns.size();
                basis = "CONTRIBUTIONS";
            } else {
                from = cursor;
                to = cursor;
                basis = "NONE";
                warnings.add(warning(
                        "NO_TIME",
                        id,
                        null,
                        0,
                        false,
                        capital(label) + " chưa có thời gian; tạm xếp lúc " + clock(cursor)
                                + " và chưa tính vào tổng thời gian."));
            }
            if (!basis.equals("NONE")) {
                timed.add(new int[] {from, to});
                timedIds.add(id);
            }
            List<Map<String, Object>> turnSlots = new ArrayList<>();
            int turnStart = from;
            for (int k = 0; k < turns.size(); k++) {
                Map<String, Object> turn = new LinkedHashMap<>();
                turn.put("id", turns.get(k).get("id"));
                turn.put("number", number + "." + (k + 1));
                turn.put("content", turns.get(k).get("content"));
                turn.put("presenters", turns.get(k).getOrDefault("presenters", List.of()));
                if (each != null) {
                    turn.put("minutes", each);
                    turn.put("from", anchored ? clock(turnStart) : null);
                    turn.put("to", anchored ? clock(turnStart + each) : null);
                    turnStart += each;
                }
                turnSlots.add(turn);
            }
            Map<String, Object> slot = new LinkedHashMap<>();
            slot.put("id", id);
            slot.put("number", Boolean.FALSE.equals(item.get("numbered")) ? null : String.valueOf(number));
            slot.put("kind", item.get("kind"));
            slot.put("content", item.get("content"));
            slot.put("presenters", item.getOrDefault("presenters", List.of()));
            slot.put("basis", basis);
            slot.put("minutes", to - from);
            slot.put("from", anchored && !basis.equals("NONE") ? clock(from) : null);
            slot.put("to", anchored && !basis.equals("NONE") ? clock(to) : null);
            slot.put("contributions", turnSlots);
            slots.add(slot);
            if (to > cursor) {
                cursor = to;
                lastId = id;
            }
        }
        if (!anchored && !state.items.isEmpty()) {
            warnings.add(warning(
                    "SESSION_START_UNKNOWN",
                    null,
                    null,
                    0,
                    false,
                    "Chưa biết giờ bắt đầu: thời gian được tính từ 0 giờ, chỉ thứ tự và độ dài là đúng."));
        }
        if (state.plannedEnd != null && anchored && cursor > minute(parse(state.plannedEnd))) {
            int over = cursor - minute(parse(state.plannedEnd));
            warnings.add(warning(
                    "OVERRUN",
                    lastId,
                    null,
                    over,
                    false,
                    "Chương trình kết thúc lúc " + clock(cursor) + ", quá " + over
                            + " phút so với giờ dự kiến kết thúc " + state.plannedEnd + "."));
        }
        Map<String, Object> timeline = new LinkedHashMap<>();
        timeline.put("planId", planId);
        timeline.put("revision", state.revisions.size());
        timeline.put("date", state.approved ? "2024-08-08" : null);
        timeline.put("anchored", anchored);
        timeline.put("sessionStart", anchored ? clock(session) : null);
        timeline.put("sessionEnd", anchored ? clock(cursor) : null);
        timeline.put("totalMinutes", cursor - session);
        timeline.put("idleMinutes", idle);
        timeline.put("minutesByKind", Map.of());
        timeline.put("items", slots);
        timeline.put("warnings", warnings);
        timeline.put("roomConflicts", List.of());
        return timeline;
    }

    private static Map<String, Object> warning(
            String code, String itemId, String otherItemId, int minutes, boolean blocks, String message) {
        Map<String, Object> warning = new LinkedHashMap<>();
        warning.put("code", code);
        warning.put("itemId", itemId);
        warning.put("otherItemId", otherItemId);
        warning.put("minutes", minutes);
        warning.put("blocksPublication", blocks);
        warning.put("message", message);
        return warning;
    }

    private static LocalTime parse(String text) {
        try {
            return LocalTime.parse(text.strip(), CLOCK);
        } catch (DateTimeParseException ex) {
            return null;
        }
    }

    private static int minute(LocalTime time) {
        return time.getHour() * 60 + time.getMinute();
    }

    private static String clock(int minute) {
        return String.format("%02d:%02d", minute / 60, minute % 60);
    }

    private static String capital(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
