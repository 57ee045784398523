package vn.gov.conference.agenda.timing;

import java.time.Duration;
import java.time.LocalTime;

/** Clock times and lengths the way Vietnamese administrative documents write them: "8 giờ", "8 giờ 05", "15 phút". */
public final class VietnameseClock {

    private VietnameseClock() {
    }

    public static String time(LocalTime time) {
        return time.getMinute() == 0
                ? time.getHour() + " giờ"
                : time.getHour() + " giờ " + String.format("%02d", time.getMinute());
    }

    public static String range(LocalTime from, LocalTime to) {
        return time(from) + " - " + time(to);
    }

    public static String range(Span span) {
        return range(span.start(), span.end());
    }

    public static String minutes(Duration length) {
        return length.toMinutes() + " phút";
    }
}
