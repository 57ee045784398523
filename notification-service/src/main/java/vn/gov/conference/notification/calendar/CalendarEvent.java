package vn.gov.conference.notification.calendar;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * What one invitee's calendar entry says. {@code uid} is stable for the conference, {@code sequence} grows with
 * every update, so calendar programs replace the entry they have instead of adding another.
 */
public record CalendarEvent(
        String uid,
        int sequence,
        OffsetDateTime start,
        OffsetDateTime end,
        String summary,
        String description,
        String location,
        String url,
        Person organizer,
        Person attendee,
        Instant stamp) {

    public record Person(String name, String email) {}

    public CalendarEvent {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(organizer, "organizer");
        Objects.requireNonNull(attendee, "attendee");
        Objects.requireNonNull(stamp, "stamp");
        if (sequence < 0) {
            throw new IllegalArgumentException("A calendar sequence is never negative.");
        }
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("A calendar event must end after it starts.");
        }
    }
}
