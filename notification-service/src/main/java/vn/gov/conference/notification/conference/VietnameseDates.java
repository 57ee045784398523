package vn.gov.conference.notification.conference;

import java.time.DayOfWeek;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import vn.gov.conference.platform.time.ConferenceTime;

/** Dates and clock times the way Vietnamese administrative letters write them: "8 giờ 05, thứ Tư, ngày 07/07/2021". */
public final class VietnameseDates {

    public static final ZoneId ZONE = ConferenceTime.ZONE;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private VietnameseDates() {
    }

    /** "8 giờ 05"; a whole hour is "8 giờ", as the plans write it. */
    public static String clock(OffsetDateTime time) {
        ZonedDateTime local = time.atZoneSameInstant(ZONE);
        return local.getMinute() == 0
                ? local.getHour() + " giờ"
                : local.getHour() + " giờ " + String.format("%02d", local.getMinute());
    }

    /** "07/07/2021". */
    public static String date(OffsetDateTime time) {
        return time.atZoneSameInstant(ZONE).format(DATE);
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

    /** "8 giờ, thứ Tư, ngày 07/07/2021". */
    public static String full(OffsetDateTime time) {
        return clock(time) + ", " + weekday(time) + ", ngày " + date(time);
    }

    /** "8 giờ - 8 giờ 05". */
    public static String range(OffsetDateTime start, OffsetDateTime end) {
        return clock(start) + " - " + clock(end);
    }

    /** "17 giờ, ngày 05/07/2021": a deadline. */
    public static String deadline(OffsetDateTime time) {
        return clock(time) + ", ngày " + date(time);
    }
}
