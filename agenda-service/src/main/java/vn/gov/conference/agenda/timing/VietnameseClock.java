package vn.gov.conference.agenda.timing;

import java.time.Duration;
import java.time.LocalTime;
import vn.gov.conference.platform.time.VietnameseDates;

/**
 * Clock times and lengths the way Vietnamese administrative documents write them: "8 giờ", "8 giờ 05" (as
 * {@link VietnameseDates} writes every clock time), and the agenda's own "15 phút".
 */
public final class VietnameseClock {

    private VietnameseClock() {}

    public static String time(LocalTime time) {
        return VietnameseDates.clock(time);
    }

    public static String range(LocalTime from, LocalTime to) {
        return VietnameseDates.range(from, to);
    }

    public static String range(Span span) {
        return range(span.start(), span.end());
    }

    public static String minutes(Duration length) {
        return length.toMinutes() + " phút";
    }
}
