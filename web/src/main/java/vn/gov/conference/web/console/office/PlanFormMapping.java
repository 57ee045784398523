package vn.gov.conference.web.console.office;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gov.conference.platform.time.VietnamTime;
import vn.gov.conference.platform.time.VietnameseDates;
import vn.gov.conference.web.api.ApiRefusal;
import vn.gov.conference.web.console.PlanDocument;

/**
 * A plan's sections between what the API answers ({@link PlanDocument}), what the form shows and holds as typed
 * ({@link FormValues}, shaped like the request form: units by code) and the JSON Merge Patch of the request form each
 * section sends. Rows left wholly empty are not sent; {@link Patch#rows()} remembers which row of the form each sent
 * row was, so that the API's field paths ({@code participants.groups[3].unit}) come back to the input typed in.
 */
public final class PlanFormMapping {

    static final String FORM = "form";

    static final Map<String, String> LEVELS =
            ordered("CENTRAL", "Trung ương", "PROVINCE", "Cấp tỉnh", "DISTRICT", "Cấp huyện", "COMMUNE", "Cấp xã");
    static final Map<String, String> FORMATS =
            ordered("IN_PERSON", "Trực tiếp", "ONLINE", "Trực tuyến", "HYBRID", "Trực tiếp kết hợp trực tuyến");
    static final Map<String, String> DELIVERABLES = ordered(
            "REPORT",
            "Báo cáo",
            "DRAFT_SPEECH",
            "Dự thảo bài phát biểu",
            "DISCUSSION_PAPER",
            "Tham luận, ý kiến thảo luận",
            "SLIDES",
            "Bài trình chiếu",
            "OTHER",
            "Khác");

    static final Map<String, String> TIME_MODES =
            ordered("tentative", "Dự kiến, chưa chốt ngày", "exact", "Đã chốt ngày, giờ");
    static final Map<String, String> QUARTERS = ordered("1", "Quý 1", "2", "Quý 2", "3", "Quý 3", "4", "Quý 4");
    static final Map<String, String> MONTHS = ordered(
            "1",
            "Tháng 1",
            "2",
            "Tháng 2",
            "3",
            "Tháng 3",
            "4",
            "Tháng 4",
            "5",
            "Tháng 5",
            "6",
            "Tháng 6",
            "7",
            "Tháng 7",
            "8",
            "Tháng 8",
            "9",
            "Tháng 9",
            "10",
            "Tháng 10",
            "11",
            "Tháng 11",
            "12",
            "Tháng 12");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Pattern STEP = Pattern.compile("([A-Za-z]+)\\[(\\d+)]");

    private PlanFormMapping() {}

    /** The merge patch of one section, what the form itself could not read, and where each sent row came from. */
    record Patch(Map<String, Object> body, Map<String, String> errors, Map<String, List<Integer>> rows) {}

    // ---------------------------------------------------------------- plan → form

    /** Every section's inputs as the plan stands (units by code, lines one per line, numbers as text). */
    static FormValues values(PlanDocument plan) {
        FormValues form = FormValues.empty();
        List<PlanDocument.Index> indices = list(plan.indices());
        for (int i = 0; i < indices.size(); i++) {
            form.set("indices[" + i + "].code", indices.get(i).code());
            form.set("indices[" + i + "].year", String.valueOf(indices.get(i).year()));
        }
        form.set("title", text(plan.title()));
        form.set("preamble", lines(plan.preamble()));
        form.set("purposes", lines(plan.purposes()));
        form.set("requirements", lines(plan.requirements()));
        form.set("chair", text(plan.chair()));
        form.set("format", text(plan.format()));
        PlanDocument.Venue venue = plan.venue();
        form.set("venue.room", venue == null ? "" : text(venue.room()));
        form.set("venue.address", venue == null ? "" : text(venue.address()));
        form.set("venue.note", venue == null ? "" : text(venue.note()));
        form.set("venue.onlineMeetingUrl", venue == null ? "" : text(venue.onlineMeetingUrl()));
        time(plan.time(), form);

        PlanDocument.Participants participants = plan.participants();
        if (participants != null) {
            List<PlanDocument.Group> groups = list(participants.groups());
            for (int i = 0; i < groups.size(); i++) {
                PlanDocument.Group g = groups.get(i);
                String row = "participants.groups[" + i + "].";
                form.set(row + "id", text(g.id()));
                form.set(row + "level", text(g.level()));
                form.set(row + "unit", g.unit() == null ? "" : text(g.unit().code()));
                form.set(row + "role", text(g.role()));
                form.set(row + "count", g.count() == null ? "" : g.count().toString());
                form.set(row + "bridgePoint", text(g.bridgePoint()));
            }
            List<PlanDocument.BridgePoint> points = list(participants.bridgePoints());
            for (int i = 0; i < points.size(); i++) {
                PlanDocument.BridgePoint p = points.get(i);
                String row = "participants.bridgePoints[" + i + "].";
                form.set(row + "code", text(p.code()));
                form.set(row + "name", text(p.name()));
                form.set(row + "host", p.host() == null ? "" : text(p.host().code()));
                form.set(
                        row + "expectedAttendance",
                        p.expectedAttendance() == null
                                ? ""
                                : p.expectedAttendance().toString());
            }
            List<PlanDocument.ExternalGuest> guests = list(participants.externalGuests());
            for (int i = 0; i < guests.size(); i++) {
                PlanDocument.ExternalGuest g = guests.get(i);
                String row = "participants.externalGuests[" + i + "].";
                form.set(row + "id", text(g.id()));
                form.set(row + "salutation", text(g.salutation()));
                form.set(row + "name", text(g.name()));
                form.set(row + "position", text(g.position()));
                form.set(row + "organisation", text(g.organisation()));
                form.set(row + "email", text(g.email()));
                form.set(row + "online", g.online() ? "true" : "");
                form.set(row + "bridgePoint", text(g.bridgePoint()));
            }
            form.set(
                    "participants.statedTotal",
                    participants.statedTotal() == null
                            ? ""
                            : participants.statedTotal().toString());
            form.set("participants.totalApproximate", participants.totalApproximate() ? "true" : "");
        }
        form.set(
                "backdrop.lines",
                plan.backdrop() == null ? "" : lines(plan.backdrop().lines()));
        form.set(
                "backdrop.spec",
                plan.backdrop() == null ? "" : text(plan.backdrop().spec()));
        form.set(
                "budget.source", plan.budget() == null ? "" : text(plan.budget().source()));
        form.set(
                "budget.managedBy",
                plan.budget() == null || plan.budget().managedBy() == null
                        ? ""
                        : text(plan.budget().managedBy().code()));

        List<PlanDocument.Assignment> assignments = list(plan.assignments());
        for (int i = 0; i < assignments.size(); i++) {
            PlanDocument.Assignment a = assignments.get(i);
            String row = "assignments[" + i + "].";
            form.set(row + "id", text(a.id()));
            form.set(row + "owner", a.owner() == null ? "" : text(a.owner().code()));
            form.set(
                    row + "collaborators",
                    new ArrayList<>(list(a.collaborators()).stream()
                            .map(PlanDocument.Unit::code)
                            .toList()));
            form.set(row + "task", text(a.task()));
            form.set(row + "deliverables", new ArrayList<>());
            List<PlanDocument.Deliverable> deliverables = list(a.deliverables());
            for (int d = 0; d < deliverables.size(); d++) {
                form.set(
                        row + "deliverables[" + d + "].kind",
                        text(deliverables.get(d).kind()));
                form.set(
                        row + "deliverables[" + d + "].title",
                        text(deliverables.get(d).title()));
            }
            form.set(
                    row + "dueBefore",
                    a.dueBefore() == null ? "" : a.dueBefore().toString());
            form.set(
                    row + "recipient",
                    a.recipient() == null ? "" : text(a.recipient().code()));
            form.set(row + "next", text(a.next()));
            form.set(row + "note", text(a.note()));
        }
        List<PlanDocument.Distribution> distribution = list(plan.distribution());
        for (int i = 0; i < distribution.size(); i++) {
            form.set("distribution[" + i + "].text", text(distribution.get(i).text()));
            form.set(
                    "distribution[" + i + "].units",
                    new ArrayList<>(list(distribution.get(i).units()).stream()
                            .map(PlanDocument.Unit::code)
                            .toList()));
        }
        form.set("signer.name", plan.signer() == null ? "" : text(plan.signer().name()));
        form.set("signer.title", plan.signer() == null ? "" : text(plan.signer().title()));
        form.set(
                "signer.capacity",
                plan.signer() == null ? "" : text(plan.signer().capacity()));
        form.set("closing", text(plan.closing()));
        form.set("replacesInvitationLetter", plan.replacesInvitationLetter() ? "true" : "");
        return form;
    }

    /**
     * The time as the form asks it: exact (day and hour) or tentative (a quarter or a month of a year, or a window of
     * days). A label the API would write itself is left out, so that changing the quarter does not keep an old one.
     */
    private static void time(PlanDocument.Time time, FormValues form) {
        for (String field : List.of(
                "mode", "day", "clock", "quarter", "month", "year", "windowStart", "windowEnd", "label", "note")) {
            form.set("time." + field, "");
        }
        form.set("time.mode", "tentative");
        if (time == null) {
            return;
        }
        form.set("time.note", text(time.note()));
        String label = text(time.label());
        if (time.exact() && time.start() != null) {
            ZonedDateTime start = time.start().atZoneSameInstant(VietnamTime.ZONE);
            form.set("time.mode", "exact");
            form.set("time.day", start.toLocalDate().toString());
            form.set("time.clock", start.toLocalTime().toString());
            form.set("time.label", label.equals(VietnameseDates.exactStart(time.start())) ? "" : label);
            return;
        }
        LocalDate from = time.windowStart();
        LocalDate to = time.windowEnd();
        String generated = from == null || to == null
                ? null
                : "dự kiến từ ngày " + DATE.format(from) + " đến ngày " + DATE.format(to);
        if (from != null
                && to != null
                && from.getDayOfMonth() == 1
                && to.equals(from.plusMonths(3).minusDays(1))
                && from.getMonthValue() % 3 == 1) {
            int quarter = (from.getMonthValue() - 1) / 3 + 1;
            form.set("time.quarter", String.valueOf(quarter));
            form.set("time.year", String.valueOf(from.getYear()));
            generated = "dự kiến quý " + quarter + " năm " + from.getYear();
        } else if (from != null
                && to != null
                && from.getDayOfMonth() == 1
                && to.equals(from.plusMonths(1).minusDays(1))) {
            form.set("time.month", String.valueOf(from.getMonthValue()));
            form.set("time.year", String.valueOf(from.getYear()));
            generated = "dự kiến tháng " + from.getMonthValue() + " năm " + from.getYear();
        } else {
            form.set("time.windowStart", from == null ? "" : from.toString());
            form.set("time.windowEnd", to == null ? "" : to.toString());
        }
        form.set("time.label", label.equals(generated) ? "" : label);
    }

    // ---------------------------------------------------------------- form → merge patch

    static Patch patch(PlanSection section, FormValues form) {
        Map<String, Object> body = new LinkedHashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, List<Integer>> rows = new LinkedHashMap<>();
        switch (section) {
            case CHUNG -> {
                body.put(
                        "indices",
                        rows(
                                form,
                                "indices",
                                rows,
                                (row, path) -> {
                                    Map<String, Object> index = new LinkedHashMap<>();
                                    index.put("code", blankAsNull(row.get("code")));
                                    index.put(
                                            "year",
                                            number(
                                                    row.get("year"),
                                                    path + ".year",
                                                    errors,
                                                    "Năm kết quả là một số, ví dụ 2023."));
                                    return index;
                                },
                                "code",
                                "year"));
                body.put("title", blankAsNull(form.text("title")));
                body.put("preamble", lines(form.text("preamble")));
            }
            case MUC_DICH -> {
                body.put("purposes", lines(form.text("purposes")));
                body.put("requirements", lines(form.text("requirements")));
            }
            case TO_CHUC -> {
                body.put("chair", blankAsNull(form.text("chair")));
                body.put("format", blankAsNull(form.text("format")));
                Map<String, Object> venue = new LinkedHashMap<>();
                for (String field : List.of("room", "address", "note", "onlineMeetingUrl")) {
                    venue.put(field, blankAsNull(form.text("venue." + field)));
                }
                body.put("venue", venue.values().stream().allMatch(Objects::isNull) ? null : venue);
                body.put("time", timePatch(form, errors));
            }
            case THANH_PHAN -> {
                Map<String, Object> participants = new LinkedHashMap<>();
                participants.put(
                        "groups",
                        rows(
                                form,
                                "participants.groups",
                                rows,
                                (row, path) -> {
                                    Map<String, Object> group = new LinkedHashMap<>();
                                    group.put("id", blankAsNull(row.get("id")));
                                    group.put("level", blankAsNull(row.get("level")));
                                    group.put("unit", blankAsNull(row.get("unit")));
                                    group.put("role", blankAsNull(row.get("role")));
                                    group.put(
                                            "count",
                                            number(
                                                    row.get("count"),
                                                    path + ".count",
                                                    errors,
                                                    "Số người là một số nguyên; để trống nếu đơn vị tự cử."));
                                    group.put("bridgePoint", blankAsNull(row.get("bridgePoint")));
                                    return group;
                                },
                                "unit",
                                "role",
                                "count",
                                "bridgePoint"));
                participants.put(
                        "bridgePoints",
                        rows(
                                form,
                                "participants.bridgePoints",
                                rows,
                                (row, path) -> {
                                    Map<String, Object> point = new LinkedHashMap<>();
                                    point.put("code", blankAsNull(row.get("code")));
                                    point.put("name", blankAsNull(row.get("name")));
                                    point.put("host", blankAsNull(row.get("host")));
                                    point.put(
                                            "expectedAttendance",
                                            number(
                                                    row.get("expectedAttendance"),
                                                    path + ".expectedAttendance",
                                                    errors,
                                                    "Số người dự kiến là một số nguyên."));
                                    return point;
                                },
                                "code",
                                "name",
                                "host",
                                "expectedAttendance"));
                participants.put(
                        "externalGuests",
                        rows(
                                form,
                                "participants.externalGuests",
                                rows,
                                (row, path) -> {
                                    Map<String, Object> guest = new LinkedHashMap<>();
                                    guest.put("id", blankAsNull(row.get("id")));
                                    for (String field :
                                            List.of("salutation", "name", "position", "organisation", "email")) {
                                        guest.put(field, blankAsNull(row.get(field)));
                                    }
                                    guest.put("online", "true".equals(text(row.get("online"))));
                                    guest.put("bridgePoint", blankAsNull(row.get("bridgePoint")));
                                    return guest;
                                },
                                "salutation",
                                "name",
                                "position",
                                "organisation",
                                "email",
                                "bridgePoint"));
                participants.put(
                        "statedTotal",
                        number(
                                form.text("participants.statedTotal"),
                                "participants.statedTotal",
                                errors,
                                "Tổng số đại biểu là một số nguyên, ví dụ 130."));
                participants.put("totalApproximate", "true".equals(form.text("participants.totalApproximate")));
                body.put("participants", participants);
            }
            case PHONG_NEN -> {
                List<String> lines = lines(form.text("backdrop.lines"));
                String spec = blankAsNull(form.text("backdrop.spec"));
                Map<String, Object> backdrop = new LinkedHashMap<>();
                backdrop.put("lines", lines);
                backdrop.put("spec", spec);
                body.put("backdrop", lines.isEmpty() && spec == null ? null : backdrop);
            }
            case KINH_PHI -> {
                Map<String, Object> budget = new LinkedHashMap<>();
                budget.put("source", blankAsNull(form.text("budget.source")));
                budget.put("managedBy", blankAsNull(form.text("budget.managedBy")));
                body.put("budget", budget.values().stream().allMatch(Objects::isNull) ? null : budget);
            }
            case PHAN_CONG ->
                body.put(
                        "assignments",
                        rows(
                                form,
                                "assignments",
                                rows,
                                (row, path) -> {
                                    Map<String, Object> assignment = new LinkedHashMap<>();
                                    assignment.put("id", blankAsNull(row.get("id")));
                                    assignment.put("owner", blankAsNull(row.get("owner")));
                                    assignment.put("collaborators", single(form, path + ".collaborators", rows));
                                    assignment.put("task", blankAsNull(row.get("task")));
                                    assignment.put(
                                            "deliverables",
                                            rows(
                                                    form,
                                                    path + ".deliverables",
                                                    rows,
                                                    (deliverable, at) -> {
                                                        Map<String, Object> item = new LinkedHashMap<>();
                                                        item.put("kind", blankAsNull(deliverable.get("kind")));
                                                        item.put("title", blankAsNull(deliverable.get("title")));
                                                        return item;
                                                    },
                                                    "kind",
                                                    "title"));
                                    assignment.put(
                                            "dueBefore", date(row.get("dueBefore"), path + ".dueBefore", errors));
                                    assignment.put("recipient", blankAsNull(row.get("recipient")));
                                    assignment.put("next", blankAsNull(row.get("next")));
                                    assignment.put("note", blankAsNull(row.get("note")));
                                    return assignment;
                                },
                                "owner",
                                "task",
                                "dueBefore",
                                "recipient",
                                "next",
                                "note",
                                "collaborators",
                                "deliverables"));
            case KET_THUC -> {
                body.put("closing", blankAsNull(form.text("closing")));
                body.put(
                        "distribution",
                        rows(
                                form,
                                "distribution",
                                rows,
                                (row, path) -> {
                                    Map<String, Object> entry = new LinkedHashMap<>();
                                    entry.put("text", blankAsNull(row.get("text")));
                                    entry.put("units", single(form, path + ".units", rows));
                                    return entry;
                                },
                                "text",
                                "units"));
                Map<String, Object> signer = new LinkedHashMap<>();
                for (String field : List.of("name", "title", "capacity")) {
                    signer.put(field, blankAsNull(form.text("signer." + field)));
                }
                body.put("signer", signer.values().stream().allMatch(Objects::isNull) ? null : signer);
                body.put("replacesInvitationLetter", "true".equals(form.text("replacesInvitationLetter")));
            }
        }
        return new Patch(body, errors, rows);
    }

    /**
     * The whole time, replacing the one before (the fields a form leaves out are null, which a merge patch removes):
     * an exact start, or a quarter or month with its year, or a window of days; null when nothing is given.
     */
    private static Map<String, Object> timePatch(FormValues form, Map<String, String> errors) {
        Map<String, Object> time = new LinkedHashMap<>();
        for (String field : List.of("start", "windowStart", "windowEnd", "quarter", "month", "year")) {
            time.put(field, null);
        }
        time.put("label", blankAsNull(form.text("time.label")));
        time.put("note", blankAsNull(form.text("time.note")));
        if ("exact".equals(form.text("time.mode"))) {
            String day = form.text("time.day");
            String clock = form.text("time.clock");
            try {
                time.put(
                        "start",
                        LocalDate.parse(day)
                                .atTime(LocalTime.parse(clock))
                                .atZone(VietnamTime.ZONE)
                                .toOffsetDateTime()
                                .toString());
            } catch (DateTimeParseException unreadable) {
                errors.put("time.day", "Nhập đủ ngày và giờ bắt đầu (ví dụ 08/08/2024 và 07:30).");
            }
            return time;
        }
        time.put("quarter", number(form.text("time.quarter"), "time.quarter", errors, "Quý là 1, 2, 3 hoặc 4."));
        time.put("month", number(form.text("time.month"), "time.month", errors, "Tháng là một số từ 1 đến 12."));
        time.put("windowStart", date(form.text("time.windowStart"), "time.windowStart", errors));
        time.put("windowEnd", date(form.text("time.windowEnd"), "time.windowEnd", errors));
        if (time.get("quarter") != null || time.get("month") != null) {
            time.put("year", number(form.text("time.year"), "time.year", errors, "Năm là một số, ví dụ 2024."));
        }
        boolean nothing = time.values().stream().allMatch(Objects::isNull)
                && errors.keySet().stream().noneMatch(key -> key.startsWith("time."));
        return nothing ? null : time;
    }

    /** The rows of a list that hold anything in {@code meaningful}, each made by {@code row}; others are dropped. */
    private static List<Map<String, Object>> rows(
            FormValues form, String listPath, Map<String, List<Integer>> kept, RowMaker row, String... meaningful) {
        List<Map<String, Object>> made = new ArrayList<>();
        List<Integer> from = new ArrayList<>();
        List<Map<String, Object>> typed = form.rows(listPath);
        for (int i = 0; i < typed.size(); i++) {
            Map<String, Object> values = typed.get(i);
            boolean empty = Arrays.stream(meaningful).allMatch(field -> blank(values.get(field)));
            if (empty) {
                continue;
            }
            from.add(i);
            made.add(row.make(values, listPath + "[" + i + "]"));
        }
        kept.put(listPath, from);
        return made;
    }

    /** A list of single choices ({@code collaborators}, a distribution line's {@code units}), empty ones dropped. */
    private static List<String> single(FormValues form, String listPath, Map<String, List<Integer>> kept) {
        List<String> made = new ArrayList<>();
        List<Integer> from = new ArrayList<>();
        List<String> typed = form.texts(listPath);
        for (int i = 0; i < typed.size(); i++) {
            if (!typed.get(i).isEmpty()) {
                from.add(i);
                made.add(typed.get(i));
            }
        }
        kept.put(listPath, from);
        return made;
    }

    @FunctionalInterface
    private interface RowMaker {
        Map<String, Object> make(Map<String, Object> values, String path);
    }

    /** A row is empty when every input that says something is: a list of its own counts when it has an entry. */
    private static boolean blank(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().allMatch(PlanFormMapping::blank);
        }
        if (value instanceof Map<?, ?> map) {
            return map.values().stream().allMatch(PlanFormMapping::blank);
        }
        return text(value).isBlank();
    }

    private static Integer number(Object typed, String path, Map<String, String> errors, String message) {
        String text = text(typed).strip().replace(".", "").replace(" ", "");
        if (text.isEmpty()) {
            return null;
        }
        if (!text.matches("\\d{1,7}")) {
            errors.put(path, message);
            return null;
        }
        return Integer.valueOf(text);
    }

    private static String date(Object typed, String path, Map<String, String> errors) {
        String text = text(typed).strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text).toString();
        } catch (DateTimeParseException iso) {
            try {
                return LocalDate.parse(text, DateTimeFormatter.ofPattern("d/M/yyyy"))
                        .toString();
            } catch (DateTimeParseException vietnamese) {
                errors.put(path, "Ngày viết theo dạng ngày/tháng/năm, ví dụ 30/07/2024.");
                return null;
            }
        }
    }

    // ---------------------------------------------------------------- the API's refusal → the form's inputs

    /**
     * Each message of the refusal by the input it concerns (the API's field path, its row indices turned back into the
     * form's), in the API's own words; a refusal naming no field is {@value #FORM}.
     */
    static Map<String, String> errors(ApiRefusal refusal, Map<String, List<Integer>> rows) {
        Map<String, String> errors = new LinkedHashMap<>();
        refusal.errors()
                .forEach(error -> errors.merge(
                        input(error.field(), rows),
                        error.message() == null ? text(refusal.detail()) : error.message(),
                        (a, b) -> a + " " + b));
        if (errors.isEmpty()) {
            errors.put(FORM, refusal.detail() == null ? "Hệ thống không chấp nhận yêu cầu." : refusal.detail());
        }
        return errors;
    }

    /** The form's name for the API's field path. */
    static String input(String apiField, Map<String, List<Integer>> rows) {
        if (apiField == null || apiField.isBlank() || apiField.equals("body")) {
            return FORM;
        }
        StringBuilder path = new StringBuilder();
        for (String part : apiField.split("\\.")) {
            Matcher step = STEP.matcher(part);
            path.append(path.isEmpty() ? "" : ".");
            if (step.matches()) {
                String list = path + step.group(1);
                List<Integer> kept = rows.get(list);
                int index = Integer.parseInt(step.group(2));
                path.append(step.group(1))
                        .append('[')
                        .append(kept != null && index < kept.size() ? kept.get(index) : index)
                        .append(']');
            } else {
                path.append(part);
            }
        }
        String name = path.toString();
        if (name.equals("time.start")) {
            return "time.day";
        }
        if (name.equals("time")) {
            return "time.mode";
        }
        if (name.matches("(preamble|purposes|requirements|backdrop\\.lines)\\[\\d+]")) {
            return name.substring(0, name.indexOf('['));
        }
        if (name.endsWith(".id")) {
            return name.substring(0, name.length() - 3);
        }
        return switch (name) {
            case "venue" -> "venue.room";
            case "budget" -> "budget.source";
            case "signer" -> "signer.name";
            case "backdrop" -> "backdrop.lines";
            default -> name;
        };
    }

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("indices", "Chỉ số"),
            Map.entry("code", "Mã"),
            Map.entry("year", "Năm"),
            Map.entry("title", "Tên"),
            Map.entry("preamble", "Căn cứ"),
            Map.entry("purposes", "Mục đích"),
            Map.entry("requirements", "Yêu cầu"),
            Map.entry("chair", "Chủ trì"),
            Map.entry("format", "Hình thức"),
            Map.entry("venue", "Địa điểm"),
            Map.entry("room", "Phòng họp"),
            Map.entry("address", "Địa chỉ"),
            Map.entry("note", "Ghi chú"),
            Map.entry("onlineMeetingUrl", "Đường dẫn họp trực tuyến"),
            Map.entry("time", "Thời gian"),
            Map.entry("mode", "Cách ghi thời gian"),
            Map.entry("day", "Ngày"),
            Map.entry("clock", "Giờ"),
            Map.entry("quarter", "Quý"),
            Map.entry("month", "Tháng"),
            Map.entry("windowStart", "Từ ngày"),
            Map.entry("windowEnd", "Đến ngày"),
            Map.entry("label", "Cách ghi"),
            Map.entry("participants", "Thành phần"),
            Map.entry("groups", "Nhóm"),
            Map.entry("bridgePoints", "Điểm cầu"),
            Map.entry("externalGuests", "Khách mời"),
            Map.entry("level", "Cấp"),
            Map.entry("unit", "Đơn vị"),
            Map.entry("role", "Thành phần"),
            Map.entry("count", "Số người"),
            Map.entry("bridgePoint", "Điểm cầu"),
            Map.entry("name", "Tên"),
            Map.entry("host", "Đơn vị đầu cầu"),
            Map.entry("expectedAttendance", "Số người dự kiến"),
            Map.entry("salutation", "Danh xưng"),
            Map.entry("position", "Chức vụ"),
            Map.entry("organisation", "Cơ quan"),
            Map.entry("email", "Email"),
            Map.entry("online", "Dự trực tuyến"),
            Map.entry("statedTotal", "Tổng số đại biểu"),
            Map.entry("totalApproximate", "Khoảng"),
            Map.entry("backdrop", "Phông"),
            Map.entry("lines", "Nội dung"),
            Map.entry("spec", "Quy cách"),
            Map.entry("budget", "Kinh phí"),
            Map.entry("source", "Nguồn kinh phí"),
            Map.entry("managedBy", "Đơn vị quản lý"),
            Map.entry("assignments", "Nhiệm vụ"),
            Map.entry("owner", "Đơn vị chủ trì"),
            Map.entry("collaborators", "Đơn vị phối hợp"),
            Map.entry("task", "Nội dung"),
            Map.entry("deliverables", "Sản phẩm"),
            Map.entry("kind", "Loại"),
            Map.entry("dueBefore", "Hạn"),
            Map.entry("recipient", "Gửi đến"),
            Map.entry("next", "Bước tiếp theo"),
            Map.entry("distribution", "Nơi nhận"),
            Map.entry("text", "Dòng"),
            Map.entry("units", "Đơn vị"),
            Map.entry("signer", "Người ký"),
            Map.entry("capacity", "Thẩm quyền ký"),
            Map.entry("closing", "Đoạn kết"),
            Map.entry("replacesInvitationLetter", "Thay thư mời"));

    /** A form name as a person reads it: "Thành phần › Nhóm 4 › Đơn vị". */
    static String describe(String name) {
        if (name == null || name.equals(FORM)) {
            return "Chung";
        }
        if (name.equals("title")) {
            return "Tên kế hoạch";
        }
        if (name.equals("signer.title")) {
            return "Người ký › Chức vụ";
        }
        List<String> parts = new ArrayList<>();
        for (String part : name.split("\\.")) {
            Matcher step = STEP.matcher(part);
            if (step.matches()) {
                parts.add(
                        NAMES.getOrDefault(step.group(1), step.group(1)) + " " + (Integer.parseInt(step.group(2)) + 1));
            } else {
                parts.add(NAMES.getOrDefault(part, part));
            }
        }
        return String.join(" › ", parts);
    }

    // ---------------------------------------------------------------- rows

    /** An empty row for the list at {@code listPath}; a new assignment gets an id the chain can name at once. */
    static Object emptyRow(String listPath, FormValues form) {
        String list = listPath.replaceAll("\\[\\d+]", "[]");
        return switch (list) {
            case "assignments[].collaborators", "distribution[].units" -> "";
            case "assignments" -> {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", freeId(form));
                row.put("collaborators", new ArrayList<>());
                row.put("deliverables", new ArrayList<>());
                yield row;
            }
            case "distribution" -> {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("units", new ArrayList<>());
                yield row;
            }
            default -> new LinkedHashMap<String, Object>();
        };
    }

    /** "A" and the next position, as plan-service names an assignment without id, skipping ids in use. */
    static String freeId(FormValues form) {
        Set<String> taken = new HashSet<>();
        form.rows("assignments").forEach(row -> taken.add(text(row.get("id"))));
        int n = form.size("assignments") + 1;
        while (taken.contains("A" + n)) {
            n++;
        }
        return "A" + n;
    }

    /** Rows typed without id (a form posted by hand) get one, so that "Bước tiếp theo" can name them. */
    static void giveIds(FormValues form) {
        List<Map<String, Object>> rows = form.rows("assignments");
        for (int i = 0; i < rows.size(); i++) {
            if (text(rows.get(i).get("id")).isBlank()) {
                form.set("assignments[" + i + "].id", freeId(form));
            }
        }
    }

    // ---------------------------------------------------------------- totals

    /**
     * The delegates the composition on the form accounts for, counted as plan-service counts them: a bridge point
     * with an expected attendance counts that number (for the groups and guests there); elsewhere each group its
     * seats and each guest one; a group stating no number leaves the count open ("mời theo đơn vị").
     */
    public record Totals(int counted, int open, Integer stated, boolean approximate, boolean consistent) {

        int tolerance() {
            return stated == null || !approximate ? 0 : (int) Math.ceil(stated * 0.10);
        }

        /** "66 đại biểu đã nêu số, 18 nhóm do đơn vị cử — kế hoạch ghi khoảng 130 đại biểu." */
        public String summary() {
            String counted = this.counted + " đại biểu đã nêu số"
                    + (open == 0 ? "" : ", " + open + " nhóm do đơn vị tự cử (chưa nêu số)");
            String stated = this.stated == null
                    ? "kế hoạch chưa ghi tổng số"
                    : "kế hoạch ghi " + (approximate ? "khoảng " : "") + this.stated + " đại biểu";
            return counted + " — " + stated + ".";
        }

        public String verdict() {
            if (stated == null) {
                return "Chưa ghi tổng số đại biểu.";
            }
            if (consistent) {
                return open == 0 ? "Khớp với tổng số." : "Không vượt tổng số.";
            }
            return open == 0
                    ? "Không khớp: các nhóm cộng lại " + counted + ", cho phép chênh " + tolerance() + "."
                    : "Vượt tổng số: các nhóm đã nêu số cộng lại " + counted + ".";
        }

        public boolean isConsistent() {
            return consistent;
        }
    }

    static Totals totals(FormValues form) {
        Map<String, Integer> expected = new LinkedHashMap<>();
        for (Map<String, Object> point : form.rows("participants.bridgePoints")) {
            Integer attendance = lenient(point.get("expectedAttendance"));
            if (!text(point.get("code")).isBlank() && attendance != null) {
                expected.put(text(point.get("code")).strip(), attendance);
            }
        }
        int counted = expected.values().stream().mapToInt(Integer::intValue).sum();
        int open = 0;
        for (Map<String, Object> group : form.rows("participants.groups")) {
            if (blank(group.get("unit")) && blank(group.get("role")) && blank(group.get("count"))) {
                continue;
            }
            if (expected.containsKey(text(group.get("bridgePoint")).strip())) {
                continue;
            }
            Integer count = lenient(group.get("count"));
            if (count == null) {
                open++;
            } else {
                counted += count;
            }
        }
        for (Map<String, Object> guest : form.rows("participants.externalGuests")) {
            if (blank(guest.get("name")) && blank(guest.get("position"))) {
                continue;
            }
            if (!expected.containsKey(text(guest.get("bridgePoint")).strip())) {
                counted++;
            }
        }
        Integer stated = lenient(form.text("participants.statedTotal"));
        boolean approximate = "true".equals(form.text("participants.totalApproximate"));
        int tolerance = stated == null || !approximate ? 0 : (int) Math.ceil(stated * 0.10);
        boolean consistent =
                stated == null || (open == 0 ? Math.abs(counted - stated) <= tolerance : counted <= stated + tolerance);
        return new Totals(counted, open, stated, approximate, consistent);
    }

    private static Integer lenient(Object typed) {
        String text = text(typed).strip();
        return text.matches("\\d{1,7}") ? Integer.valueOf(text) : null;
    }

    // ---------------------------------------------------------------- what the plan lacks

    /** A section and what it still lacks, as the plan stands. */
    public record Missing(PlanSection section, String message) {

        public PlanSection getSection() {
            return section;
        }

        public String getMessage() {
            return message;
        }
    }

    /**
     * What plan-service will ask for before the plan goes to the approver (its {@code missingForSubmission}), read from
     * the plan: the office sees it before pressing "Trình"; the API's own refusal lists it again if anything is left.
     */
    static List<Missing> missing(PlanDocument plan) {
        List<Missing> missing = new ArrayList<>();
        if (list(plan.indices()).isEmpty()) {
            missing.add(new Missing(PlanSection.CHUNG, "Chưa nêu chỉ số nào được đánh giá."));
        }
        if (list(plan.purposes()).isEmpty()) {
            missing.add(new Missing(PlanSection.MUC_DICH, "Chưa có mục đích của hội nghị (nên có)."));
        }
        if (plan.chair() == null) {
            missing.add(new Missing(PlanSection.TO_CHUC, "Chưa nêu ai chủ trì hội nghị."));
        }
        if (!"ONLINE".equals(plan.format())
                && (plan.venue() == null || plan.venue().room() == null)) {
            missing.add(new Missing(PlanSection.TO_CHUC, "Hội nghị trực tiếp cần phòng họp, hội trường."));
        }
        PlanDocument.Participants participants = plan.participants();
        if (participants == null
                || (list(participants.groups()).isEmpty()
                        && list(participants.externalGuests()).isEmpty())) {
            missing.add(new Missing(PlanSection.THANH_PHAN, "Chưa có thành phần tham dự."));
        }
        if (("ONLINE".equals(plan.format()) || "HYBRID".equals(plan.format()))
                && (participants == null || list(participants.bridgePoints()).isEmpty())) {
            missing.add(new Missing(PlanSection.THANH_PHAN, "Hội nghị trực tuyến cần ít nhất một điểm cầu."));
        }
        if (list(plan.distribution()).isEmpty()) {
            missing.add(new Missing(PlanSection.KET_THUC, "Chưa có nơi nhận."));
        }
        if (plan.signer() == null
                || plan.signer().name() == null
                || plan.signer().title() == null) {
            missing.add(new Missing(PlanSection.KET_THUC, "Chưa nêu người ký và chức vụ."));
        }
        return missing;
    }

    /** Whether a section holds anything yet (the stepper marks it). */
    static boolean filled(PlanSection section, PlanDocument plan) {
        return switch (section) {
            case CHUNG -> plan.title() != null && !list(plan.indices()).isEmpty();
            case MUC_DICH ->
                !list(plan.purposes()).isEmpty() || !list(plan.requirements()).isEmpty();
            case TO_CHUC -> plan.time() != null && plan.chair() != null;
            case THANH_PHAN ->
                plan.participants() != null
                        && !list(plan.participants().groups()).isEmpty();
            case PHONG_NEN ->
                plan.backdrop() != null && !list(plan.backdrop().lines()).isEmpty();
            case KINH_PHI -> plan.budget() != null && plan.budget().source() != null;
            case PHAN_CONG -> !list(plan.assignments()).isEmpty();
            case KET_THUC -> !list(plan.distribution()).isEmpty() && plan.signer() != null;
        };
    }

    // ---------------------------------------------------------------- small things

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }

    static List<String> lines(String text) {
        return Arrays.stream(text.split("\\R"))
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .toList();
    }

    private static String lines(List<String> items) {
        return items == null ? "" : String.join("\n", items);
    }

    static String blankAsNull(Object value) {
        String text = text(value).strip();
        return text.isEmpty() ? null : text;
    }

    static String text(Object value) {
        return value == null ? "" : value instanceof String text ? text : value.toString();
    }

    private static <T> List<T> list(List<T> items) {
        return items == null ? List.of() : items;
    }
}
