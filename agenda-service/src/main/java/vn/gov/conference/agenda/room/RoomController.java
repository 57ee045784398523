package vn.gov.conference.agenda.room;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.conference.platform.paging.Page;
import vn.gov.conference.platform.paging.Paging;
import vn.gov.conference.platform.security.Caller;
import vn.gov.conference.platform.time.VietnamTime;

/**
 * Rooms held by scheduled conferences and the double bookings among them. A province sees its own rooms; the
 * central agency sees every province's, or one with {@code ?province=}.
 */
@RestController
@RequestMapping("/api/rooms")
class RoomController {

    private final RoomSchedule schedule;

    RoomController(RoomSchedule schedule) {
        this.schedule = schedule;
    }

    record BookingView(
            String planId,
            String province,
            @Nullable String title,
            OffsetDateTime start,
            OffsetDateTime end,
            List<ConflictView> conflicts) {}

    record ConflictView(
            String planId, @Nullable String title, OffsetDateTime start, OffsetDateTime end, long sharedMinutes) {}

    record RoomView(
            String room, @Nullable String name, @Nullable String address, List<BookingView> bookings) {}

    record PairView(String room, String name, BookingView booking, BookingView other, long sharedMinutes) {}

    /** A page of rooms, by room key, each with all its bookings (for the central agency: every province's rooms). */
    @GetMapping
    Page<RoomView> rooms(
            @RequestParam(required = false) String province,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = Paging.DEFAULT_SIZE_TEXT) int size,
            Caller caller) {
        Paging paging = Paging.of(page, size);
        List<Booking> bookings = visible(province, caller);
        Map<RoomKey, List<Booking>> byRoom = new LinkedHashMap<>();
        bookings.stream()
                .sorted(Comparator.comparing((Booking b) -> b.room().value()).thenComparing(Booking::start))
                .forEach(booking -> byRoom.computeIfAbsent(booking.room(), key -> new ArrayList<>())
                        .add(booking));
        return Page.of(List.copyOf(byRoom.values()), paging).map(held -> {
            Booking first = held.getFirst();
            return new RoomView(
                    first.room().value(),
                    first.roomName(),
                    first.address(),
                    held.stream()
                            .map(booking -> view(booking, RoomConflict.of(booking, bookings)))
                            .toList());
        });
    }

    /** A page of the double bookings, by room, start and plans. */
    @GetMapping("/conflicts")
    Page<PairView> conflicts(
            @RequestParam(required = false) String province,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = Paging.DEFAULT_SIZE_TEXT) int size,
            Caller caller) {
        Paging paging = Paging.of(page, size);
        List<PairView> pairs = RoomSchedule.conflictsAmong(visible(province, caller)).stream()
                .map(conflict -> new PairView(
                        conflict.booking().room().value(),
                        conflict.booking().roomName(),
                        view(conflict.booking(), List.of()),
                        view(conflict.other(), List.of()),
                        conflict.shared().toMinutes()))
                .sorted(Comparator.comparing(PairView::room)
                        .thenComparing(pair -> pair.booking().start())
                        .thenComparing(pair -> pair.booking().planId())
                        .thenComparing(pair -> pair.other().planId()))
                .toList();
        return Page.of(pairs, paging);
    }

    private List<Booking> visible(String province, Caller caller) {
        return schedule.bookings(RoomAccess.provinceShown(caller, province));
    }

    private static BookingView view(Booking booking, List<RoomConflict> conflicts) {
        return new BookingView(
                booking.planId(),
                booking.province(),
                booking.title(),
                at(booking.start()),
                at(booking.end()),
                conflicts.stream().map(RoomController::view).toList());
    }

    static ConflictView view(RoomConflict conflict) {
        Booking other = conflict.other();
        return new ConflictView(
                other.planId(),
                other.title(),
                at(other.start()),
                at(other.end()),
                conflict.shared().toMinutes());
    }

    private static OffsetDateTime at(Instant instant) {
        return VietnamTime.at(instant);
    }
}
