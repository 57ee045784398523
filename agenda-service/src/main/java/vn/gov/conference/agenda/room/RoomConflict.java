package vn.gov.conference.agenda.room;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Two conferences holding one room at overlapping times. The same conflict is reported on both bookings. */
public record RoomConflict(Booking booking, Booking other, Duration shared) {

    /** Every conflicting pair among the bookings, each pair once, earliest first. */
    public static List<RoomConflict> among(Collection<Booking> bookings) {
        List<Booking> sorted = bookings.stream()
                .sorted(Comparator.comparing(Booking::start).thenComparing(Booking::planId))
                .toList();
        List<RoomConflict> conflicts = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            for (int j = i + 1; j < sorted.size(); j++) {
                Booking first = sorted.get(i);
                Booking second = sorted.get(j);
                if (first.overlaps(second)) {
                    conflicts.add(new RoomConflict(first, second, first.sharedWith(second)));
                }
            }
        }
        return conflicts;
    }

    /** The conflicts as seen from one booking: {@code booking} is always that one. */
    public static List<RoomConflict> of(Booking booking, Collection<Booking> others) {
        return others.stream()
                .filter(booking::overlaps)
                .sorted(Comparator.comparing(Booking::start))
                .map(other -> new RoomConflict(booking, other, booking.sharedWith(other)))
                .toList();
    }
}
