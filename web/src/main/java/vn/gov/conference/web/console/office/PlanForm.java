package vn.gov.conference.web.console.office;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.gov.conference.web.console.PlanDocument;
import vn.gov.conference.web.format.Vietnamese;

/**
 * The sections of a draft the office edits in a form (title; purposes and requirements, one per line; chair; venue;
 * time, exact or tentative; the stated number of delegates; budget), as typed, and the JSON Merge Patch of the plan's
 * request form they make. Anything the API finds wrong it says itself.
 */
record PlanForm(String title, String purposes, String requirements, String chair, String room, String address,
                String day, String clock, String timeLabel, String statedTotal, Boolean approximate,
                String budget) {

    /** What a form leaves out arrives as nothing: an empty field, an unticked box. */
    PlanForm {
        title = text(title);
        purposes = text(purposes);
        requirements = text(requirements);
        chair = text(chair);
        room = text(room);
        address = text(address);
        day = text(day);
        clock = text(clock);
        timeLabel = text(timeLabel);
        statedTotal = text(statedTotal);
        approximate = Boolean.TRUE.equals(approximate);
        budget = text(budget);
    }

    static PlanForm of(PlanDocument plan) {
        boolean exact = plan.time() != null && plan.time().exact() && plan.time().start() != null;
        var start = exact ? plan.time().start().atZoneSameInstant(Vietnamese.ZONE) : null;
        return new PlanForm(text(plan.title()), lines(plan.purposes()), lines(plan.requirements()), text(plan.chair()),
                plan.venue() == null ? "" : text(plan.venue().room()),
                plan.venue() == null ? "" : text(plan.venue().address()),
                exact ? start.toLocalDate().toString() : "", exact ? start.toLocalTime().toString() : "",
                plan.time() == null || exact ? "" : text(plan.time().label()),
                plan.participants() == null || plan.participants().statedTotal() == null ? ""
                        : plan.participants().statedTotal().toString(),
                plan.participants() != null && plan.participants().totalApproximate(),
                plan.budget() == null ? "" : text(plan.budget().source()));
    }

    /** The merge patch, or the fields the form itself cannot read (a date that is not one), in {@code errors}. */
    Map<String, Object> patch(Map<String, String> errors) {
        Map<String, Object> patch = new LinkedHashMap<>();
        patch.put("title", title.strip());
        patch.put("purposes", list(purposes));
        patch.put("requirements", list(requirements));
        patch.put("chair", blankAsNull(chair));
        Map<String, Object> venue = new LinkedHashMap<>();
        venue.put("room", blankAsNull(room));
        venue.put("address", blankAsNull(address));
        patch.put("venue", venue);
        Map<String, Object> time = new LinkedHashMap<>();
        if (!day.isBlank() || !clock.isBlank()) {
            try {
                time.put("start", LocalDate.parse(day.strip()).atTime(LocalTime.parse(clock.strip()))
                        .atZone(Vietnamese.ZONE).toOffsetDateTime());
                time.put("label", null);
                time.put("windowStart", null);
                time.put("windowEnd", null);
            }
            catch (DateTimeParseException ex) {
                errors.put("day", "Nhập đủ ngày và giờ bắt đầu (ví dụ 2024-08-08 và 07:30), hoặc để trống cả hai.");
            }
        }
        else {
            time.put("start", null);
            time.put("label", blankAsNull(timeLabel));
        }
        patch.put("time", time);
        Map<String, Object> participants = new LinkedHashMap<>();
        if (statedTotal.isBlank()) {
            participants.put("statedTotal", null);
        }
        else if (statedTotal.strip().matches("\\d{1,6}")) {
            participants.put("statedTotal", Integer.valueOf(statedTotal.strip()));
        }
        else {
            errors.put("statedTotal", "Số đại biểu là một số nguyên, ví dụ 120.");
        }
        participants.put("totalApproximate", approximate);
        patch.put("participants", participants);
        Map<String, Object> budgetPatch = new LinkedHashMap<>();
        budgetPatch.put("source", blankAsNull(budget));
        patch.put("budget", budgetPatch);
        return patch;
    }

    /** Where the API's field names go on this form; the rest above it. */
    static String field(String apiField) {
        if (apiField == null) {
            return "form";
        }
        return switch (apiField) {
            case "title", "purposes", "requirements", "chair" -> apiField;
            case "venue", "venue.room" -> "room";
            case "venue.address" -> "address";
            case "time", "time.start" -> "day";
            case "time.label" -> "timeLabel";
            case "participants.statedTotal" -> "statedTotal";
            case "budget", "budget.source" -> "budget";
            default -> "form";
        };
    }

    private static List<String> list(String lines) {
        return Arrays.stream(lines.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    private static String lines(List<String> items) {
        return items == null ? "" : String.join("\n", items);
    }

    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
