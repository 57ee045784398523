package vn.gov.conference.agenda.room;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Room bookings of scheduled plans and their conflicts. Bookings never cross provinces: a province's organisers see
 * and collide with their own province's conferences only.
 */
@Service
public class RoomSchedule {

    private final RoomBookings bookings;

    RoomSchedule(RoomBookings bookings) {
        this.bookings = bookings;
    }

    /** Holds the room as {@code booking} says, or releases the plan's booking when there is none (any more). */
    public void keep(String planId, Optional<Booking> booking) {
        booking.ifPresentOrElse(bookings::save, () -> bookings.deleteById(planId));
    }

    /** The plan's conflicts, seen from its own booking. */
    public List<RoomConflict> conflictsOf(String planId) {
        return bookings.findById(planId)
                .map(booking ->
                        RoomConflict.of(booking, bookings.findByProvinceAndRoom(booking.province(), booking.room())))
                .orElse(List.of());
    }

    /** Every booking of a province, or of every province when {@code province} is null. */
    public List<Booking> bookings(String province) {
        return province == null ? bookings.findAll() : bookings.findByProvince(province);
    }

    /** Every conflicting pair among the bookings, each pair once, within each province. */
    public static List<RoomConflict> conflictsAmong(Collection<Booking> bookings) {
        return bookings.stream()
                .map(Booking::province)
                .distinct()
                .sorted()
                .flatMap(province ->
                        RoomConflict.among(bookings.stream()
                                        .filter(booking -> booking.province().equals(province))
                                        .toList())
                                .stream())
                .toList();
    }
}
