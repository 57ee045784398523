package vn.gov.conference.plan.planning;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gov.conference.platform.text.VietnameseText;
import vn.gov.conference.platform.time.VietnamTime;
import vn.gov.conference.platform.time.VietnameseDates;

/**
 * When the plan says the conference takes place: an exact {@code start}, or a tentative window of days
 * ({@code windowStart}..{@code windowEnd} inclusive) such as a quarter. {@code label} is the plan's own wording
 * ("dự kiến quý 3 năm 2024"), {@code note} any remark about who decides ("Thời điểm cụ thể do …").
 */
public record PlannedTime(OffsetDateTime start, LocalDate windowStart, LocalDate windowEnd, String label, String note) {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Pattern QUARTER = Pattern.compile("quy\\s+(iv|i{1,3}|[1-4])\\s*(?:nam\\s+|/)?(\\d{4})");
    private static final Pattern MONTH = Pattern.compile("thang\\s+(\\d{1,2})\\s*(?:nam\\s+|/)(\\d{4})");

    public PlannedTime {
        if ((start == null) == (windowStart == null || windowEnd == null)) {
            throw new IllegalArgumentException("a conference time is either an exact start or a window of days");
        }
        if (start != null) {
            start = start.atZoneSameInstant(VietnamTime.ZONE).toOffsetDateTime().truncatedTo(ChronoUnit.MINUTES);
            windowStart = null;
            windowEnd = null;
        } else if (windowEnd.isBefore(windowStart)) {
            throw new IllegalArgumentException("the window ends before it starts");
        }
        label = VietnameseText.nfcOrNull(label);
        note = VietnameseText.nfcOrNull(note);
        if (label == null) {
            label = start != null
                    ? render(start)
                    : "dự kiến từ ngày " + DATE.format(windowStart) + " đến ngày " + DATE.format(windowEnd);
        }
    }

    public static PlannedTime exact(OffsetDateTime start, String label, String note) {
        return new PlannedTime(start, null, null, label, note);
    }

    public static PlannedTime window(LocalDate from, LocalDate to, String label, String note) {
        return new PlannedTime(null, from, to, label, note);
    }

    public static PlannedTime quarter(int quarter, int year, String label, String note) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("a quarter is 1 to 4");
        }
        LocalDate from = LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
        return window(
                from,
                from.plusMonths(3).minusDays(1),
                label != null ? label : "dự kiến quý " + quarter + " năm " + year,
                note);
    }

    public static PlannedTime month(int month, int year, String label, String note) {
        LocalDate from = LocalDate.of(year, month, 1);
        return window(
                from,
                from.plusMonths(1).minusDays(1),
                label != null ? label : "dự kiến tháng " + month + " năm " + year,
                note);
    }

    /** Reads the window from the plan's wording: "dự kiến quý 3 năm 2024", "tháng 8/2024". */
    public static Optional<PlannedTime> parseTentative(String label, String note) {
        String folded = VietnameseText.fold(label);
        Matcher quarter = QUARTER.matcher(folded);
        if (quarter.find()) {
            return Optional.of(
                    quarter(quarterNumber(quarter.group(1)), Integer.parseInt(quarter.group(2)), label, note));
        }
        Matcher month = MONTH.matcher(folded);
        if (month.find()) {
            int m = Integer.parseInt(month.group(1));
            if (m >= 1 && m <= 12) {
                return Optional.of(month(m, Integer.parseInt(month.group(2)), label, note));
            }
        }
        return Optional.empty();
    }

    private static int quarterNumber(String text) {
        return switch (text) {
            case "i" -> 1;
            case "ii" -> 2;
            case "iii" -> 3;
            case "iv" -> 4;
            default -> Integer.parseInt(text);
        };
    }

    /** "8 giờ 05, ngày 07/07/2021 (thứ Tư)" */
    public static String render(OffsetDateTime start) {
        return VietnameseDates.exactStart(start);
    }

    public boolean exact() {
        return start != null;
    }

    /** The first day the conference may take place. */
    public LocalDate firstDay() {
        return exact() ? start.toLocalDate() : windowStart;
    }

    /** The last day the conference may take place. */
    public LocalDate lastDay() {
        return exact() ? start.toLocalDate() : windowEnd;
    }

    /** Whether an exact start falls on one of this time's days. */
    public boolean admits(OffsetDateTime candidate) {
        LocalDate day = candidate.atZoneSameInstant(VietnamTime.ZONE).toLocalDate();
        return !day.isBefore(firstDay()) && !day.isAfter(lastDay());
    }

    /** The instant by which everything must be ready: the exact start, or the end of the window's last day. */
    public OffsetDateTime latestStart() {
        return exact()
                ? start
                : windowEnd.plusDays(1).atStartOfDay(VietnamTime.ZONE).toOffsetDateTime();
    }
}
