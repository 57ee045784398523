package vn.gov.conference.agenda.timing;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * A stretch of the conference day in whole minutes from its midnight. Minutes past 24:00 stay representable so that
 * an agenda running past midnight is reported rather than wrapped around.
 */
public record Span(int startMinute, int endMinute) {

    static final int DAY = 24 * 60;

    public Span {
        if (startMinute < 0 || endMinute < startMinute) {
            throw new IllegalArgumentException("bad span " + startMinute + ".." + endMinute);
        }
    }

    static Span at(int minute, long length) {
        return new Span(minute, Math.toIntExact(minute + length));
    }

    public static int minuteOf(LocalTime time) {
        return time.getHour() * 60 + time.getMinute();
    }

    public Duration length() {
        return Duration.ofMinutes(endMinute - startMinute);
    }

    public boolean overlaps(Span other) {
        return startMinute < other.endMinute && other.startMinute < endMinute;
    }

    public LocalTime start() {
        return clock(startMinute);
    }

    public LocalTime end() {
        return clock(endMinute);
    }

    public LocalDateTime startOn(LocalDate day) {
        return day.atStartOfDay().plusMinutes(startMinute);
    }

    public LocalDateTime endOn(LocalDate day) {
        return day.atStartOfDay().plusMinutes(endMinute);
    }

    private static LocalTime clock(int minute) {
        return LocalTime.of(minute / 60 % 24, minute % 60);
    }

    @Override
    public String toString() {
        return start() + "–" + end();
    }
}
