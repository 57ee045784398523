package vn.gov.conference.platform.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The one place dates and clock times are written in Vietnamese, for letters, documents, calendars and pages alike:
 * "13 giờ 30, thứ Tư, ngày 15/4/2026", deadlines "trước ngày 25/7/2024", and a document's date line as Nghị định
 * 30/2020 writes it ("Tiền Giang, ngày 05 tháng 02 năm 2024"). Always in Asia/Ho_Chi_Minh time ({@link VietnamTime});
 * what is absent (null) is written as null, for the pages to leave out.
 */
public final class VietnameseDates {

    public static final ZoneId ZONE = VietnamTime.ZONE;

    private VietnameseDates() {}

    /** "8 giờ 05", "13 giờ 30"; a whole hour is "8 giờ", as the plans write it. */
    public static String clock(LocalTime time) {
        if (time == null) {
            return null;
        }
        return time.getMinute() == 0
                ? time.getHour() + " giờ"
                : time.getHour() + " giờ " + String.format("%02d", time.getMinute());
    }

    public static String clock(OffsetDateTime time) {
        return time == null ? null : clock(time.atZoneSameInstant(ZONE).toLocalTime());
    }

    /** "15/4/2026", "25/7/2024": day and month without leading zeros, as the plans write dates in running text. */
    public static String date(LocalDate day) {
        return day == null ? null : day.getDayOfMonth() + "/" + day.getMonthValue() + "/" + day.getYear();
    }

    public static String date(OffsetDateTime time) {
        return time == null ? null : date(day(time));
    }

    /** "thứ Tư", "Chủ nhật". */
    public static String weekday(DayOfWeek day) {
        if (day == null) {
            return null;
        }
        return switch (day) {
            case MONDAY -> "thứ Hai";
            case TUESDAY -> "thứ Ba";
            case WEDNESDAY -> "thứ Tư";
            case THURSDAY -> "thứ Năm";
            case FRIDAY -> "thứ Sáu";
            case SATURDAY -> "thứ Bảy";
            case SUNDAY -> "Chủ nhật";
        };
    }

    public static String weekday(LocalDate day) {
        return day == null ? null : weekday(day.getDayOfWeek());
    }

    public static String weekday(OffsetDateTime time) {
        return time == null ? null : weekday(day(time));
    }

    /** "13 giờ 30, thứ Tư, ngày 15/4/2026". */
    public static String full(OffsetDateTime time) {
        return time == null ? null : clock(time) + ", " + weekday(time) + ", ngày " + date(time);
    }

    /** "thứ Năm, ngày 8/8/2024". */
    public static String dayWithWeekday(LocalDate day) {
        return day == null ? null : weekday(day) + ", ngày " + date(day);
    }

    /** "7 giờ 30, ngày 08/08/2024 (thứ Năm)": how a plan states an exact start, and how plan-service labels one. */
    public static String exactStart(OffsetDateTime start) {
        if (start == null) {
            return null;
        }
        ZonedDateTime local = start.atZoneSameInstant(ZONE);
        return clock(start) + ", ngày "
                + String.format("%02d/%02d/%d", local.getDayOfMonth(), local.getMonthValue(), local.getYear()) + " ("
                + weekday(local.getDayOfWeek()) + ")";
    }

    /** "8 giờ 05, ngày 8/8/2024": when something was recorded. */
    public static String moment(OffsetDateTime time) {
        return time == null ? null : clock(time) + ", ngày " + date(time);
    }

    /** "7 giờ 30 - 8 giờ". */
    public static String range(OffsetDateTime start, OffsetDateTime end) {
        return clock(start) + " - " + clock(end);
    }

    public static String range(LocalTime from, LocalTime to) {
        return clock(from) + " - " + clock(to);
    }

    /**
     * A deadline: "trước ngày 25/7/2024" when it falls at midnight (the whole day before counts), otherwise
     * "trước 17 giờ, ngày 5/7/2021".
     */
    public static String before(OffsetDateTime deadline) {
        if (deadline == null) {
            return null;
        }
        ZonedDateTime local = deadline.atZoneSameInstant(ZONE);
        return local.toLocalTime().equals(LocalTime.MIDNIGHT)
                ? "trước ngày " + date(local.toLocalDate())
                : "trước " + clock(deadline) + ", ngày " + date(local.toLocalDate());
    }

    /**
     * "ngày 05 tháng 02 năm 2024", "ngày 18 tháng 7 năm 2024": Nghị định 30 pads days below 10 and the months January
     * and February with a zero, so that nothing can be written in front of them later.
     */
    public static String documentDate(LocalDate day) {
        if (day == null) {
            return null;
        }
        String month = day.getMonthValue() <= 2
                ? String.format("%02d", day.getMonthValue())
                : String.valueOf(day.getMonthValue());
        return "ngày " + String.format("%02d", day.getDayOfMonth()) + " tháng " + month + " năm " + day.getYear();
    }

    /** A document's place and date line: "Tiền Giang, ngày 18 tháng 7 năm 2024". */
    public static String placeAndDate(String place, LocalDate date) {
        return place + ", " + documentDate(date);
    }

    /** A draft has no date yet: the blanks the văn thư fills in by hand. */
    public static String placeAndBlankDate(String place, int year) {
        return place + ", ngày      tháng      năm " + year;
    }

    /** The calendar day in Asia/Ho_Chi_Minh. */
    public static LocalDate day(OffsetDateTime time) {
        return time == null ? null : time.atZoneSameInstant(ZONE).toLocalDate();
    }
}
