package vn.gov.conference.agenda.room;

import java.time.Duration;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A scheduled conference holding a room from {@code start} to {@code end}. One booking per plan, kept in step with
 * the plan and its agenda: moving the plan moves it, cancelling releases it.
 */
@Document("room_bookings")
public record Booking(
        @Id String planId,
        String province,
        String title,
        RoomKey room,
        String roomName,
        String address,
        Instant start,
        Instant end) {

    public Booking {
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("a booking must end after it starts");
        }
    }

    public boolean overlaps(Booking other) {
        return room.equals(other.room)
                && !planId.equals(other.planId)
                && start.isBefore(other.end)
                && other.start.isBefore(end);
    }

    /** How long two overlapping bookings share the room. */
    public Duration sharedWith(Booking other) {
        Instant from = start.isAfter(other.start) ? start : other.start;
        Instant to = end.isBefore(other.end) ? end : other.end;
        return to.isAfter(from) ? Duration.between(from, to) : Duration.ZERO;
    }
}
