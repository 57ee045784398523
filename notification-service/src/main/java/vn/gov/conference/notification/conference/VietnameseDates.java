package vn.gov.conference.notification.conference;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import vn.gov.conference.platform.time.ConferenceTime;

/**
 * The one place this service writes dates and clock times in Vietnamese, for letters, the delegates' pages and
 * calendars alike: "13 giờ 30, thứ Tư, ngày 15/4/2026", deadlines "trước ngày 25/7/2024", and a document's date line
 * as Nghị định 30/2020 writes it ("ngày 05 tháng 02 năm 2024"). Always in Asia/Ho_Chi_Minh time.
 */
public final class VietnameseDates {

    public static final ZoneId ZONE = ConferenceTime.ZONE;

    private VietnameseDates() {
    }

    /** "8 giờ 05", "13 giờ 30"; a whole hour is "8 giờ", as the plans write it. */
    public static String clock(OffsetDateTime time) {
        ZonedDateTime local = time.atZoneSameInstant(ZONE);
        return local.getMinute() == 0
                ? local.getHour() + " giờ"
                : local.getHour() + " giờ " + String.format("%02d", local.getMinute());
    }

    /** "15/4/2026", "25/7/2024": day and month without leading zeros, as the plans write dates in running text. */
    public static String date(LocalDate day) {
        return day.getDayOfMonth() + "/" + day.getMonthValue() + "/" + day.getYear();
    }

    public static String date(OffsetDateTime time) {
        return date(day(time));
    }

    /** "thứ Tư". */
    public static String weekday(OffsetDateTime time) {
        DayOfWeek day = time.atZoneSameInstant(ZONE).getDayOfWeek();
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

    /** "13 giờ 30, thứ Tư, ngày 15/4/2026". */
    public static String full(OffsetDateTime time) {
        return clock(time) + ", " + weekday(time) + ", ngày " + date(time);
    }

    /** "7 giờ 30 - 8 giờ". */
    public static String range(OffsetDateTime start, OffsetDateTime end) {
        return clock(start) + " - " + clock(end);
    }

    /**
     * A deadline: "trước ngày 25/7/2024" when it falls at midnight (the whole day before counts), otherwise
     * "trước 17 giờ, ngày 5/7/2021".
     */
    public static String before(OffsetDateTime deadline) {
        ZonedDateTime local = deadline.atZoneSameInstant(ZONE);
        return local.toLocalTime().equals(LocalTime.MIDNIGHT)
                ? "trước ngày " + date(local.toLocalDate())
                : "trước " + clock(deadline) + ", ngày " + date(local.toLocalDate());
    }

    /** "ngày 05 tháng 02 năm 2024", "ngày 18 tháng 7 năm 2024": days below 10 and months 1 and 2 take a zero. */
    public static String documentDate(LocalDate day) {
        String month = day.getMonthValue() <= 2 ? String.format("%02d", day.getMonthValue())
                : String.valueOf(day.getMonthValue());
        return "ngày " + String.format("%02d", day.getDayOfMonth()) + " tháng " + month + " năm " + day.getYear();
    }

    /** The calendar day in Asia/Ho_Chi_Minh. */
    public static LocalDate day(OffsetDateTime time) {
        return time.atZoneSameInstant(ZONE).toLocalDate();
    }
}
