package vn.gov.conference.agenda.room;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoomConflictTests {

    private static final RoomKey HALL = RoomKey.of(
            "Phòng họp số 2, Trung tâm Hội nghị tỉnh Tiền Giang",
            "số 6C Rạch Gầm, Phường 1, thành phố Mỹ Tho, Tiền Giang");

    @Test
    void foldsSpellingsOfOneRoomToOneKey() {
        assertThat(RoomKey.of(
                        "phong hop so 2 - trung tam hoi nghi tinh tien giang",
                        "So 6C Rach Gam, phuong 1, Thanh pho My Tho, Tien Giang"))
                .isEqualTo(HALL);
        assertThat(HALL.value())
                .isEqualTo(
                        "phong-hop-so-2-trung-tam-hoi-nghi-tinh-tien-giang--so-6c-rach-gam-phuong-1-thanh-pho-my-tho-tien-giang");
        assertThat(RoomKey.of("Hội trường Ủy ban nhân dân (UBND) Tỉnh", null).value())
                .isEqualTo("hoi-truong-uy-ban-nhan-dan-ubnd-tinh");
        assertThat(RoomKey.of("Phòng Đông", null)).isNotEqualTo(RoomKey.of("Phòng Tây", null));
    }

    @Test
    void reportsTwoConferencesInOneRoomAtOverlappingTimesOnBoth() {
        Booking par = booking("plan-1", HALL, "2024-08-20T07:30+07:00", "2024-08-20T11:15+07:00");
        Booking pci = booking("plan-2", HALL, "2024-08-20T10:30+07:00", "2024-08-20T12:00+07:00");

        assertThat(RoomConflict.among(List.of(pci, par))).singleElement().satisfies(conflict -> {
            assertThat(conflict.booking().planId()).isEqualTo("plan-1");
            assertThat(conflict.other().planId()).isEqualTo("plan-2");
            assertThat(conflict.shared()).isEqualTo(Duration.ofMinutes(45));
        });
        assertThat(RoomConflict.of(par, List.of(par, pci)))
                .extracting(c -> c.other().planId())
                .containsExactly("plan-2");
        assertThat(RoomConflict.of(pci, List.of(par, pci)))
                .extracting(c -> c.other().planId())
                .containsExactly("plan-1");
    }

    @Test
    void backToBackConferencesDoNotConflict() {
        Booking morning = booking("plan-1", HALL, "2024-08-20T07:30+07:00", "2024-08-20T11:15+07:00");
        Booking afternoon = booking("plan-2", HALL, "2024-08-20T11:15+07:00", "2024-08-20T13:00+07:00");

        assertThat(RoomConflict.among(List.of(morning, afternoon))).isEmpty();
    }

    @Test
    void conferencesInDifferentRoomsDoNotConflict() {
        Booking one = booking("plan-1", HALL, "2024-08-20T07:30+07:00", "2024-08-20T11:15+07:00");
        Booking two = booking(
                "plan-2", RoomKey.of("Phòng họp số 3", null), "2024-08-20T07:30+07:00", "2024-08-20T11:15+07:00");

        assertThat(RoomConflict.among(List.of(one, two))).isEmpty();
    }

    @Test
    void comparesInstantsWhateverTheOffset() {
        Booking vietnam = booking("plan-1", HALL, "2024-08-20T08:00+07:00", "2024-08-20T09:00+07:00");
        Booking utc = booking("plan-2", HALL, "2024-08-20T01:30Z", "2024-08-20T02:30Z");

        assertThat(RoomConflict.among(List.of(vietnam, utc)))
                .singleElement()
                .satisfies(conflict -> assertThat(conflict.shared()).isEqualTo(Duration.ofMinutes(30)));
    }

    @Test
    void aPlanNeverConflictsWithItself() {
        Booking one = booking("plan-1", HALL, "2024-08-20T07:30+07:00", "2024-08-20T11:15+07:00");

        assertThat(RoomConflict.among(List.of(one, one))).isEmpty();
    }

    @Test
    void refusesABookingThatEndsBeforeItStartsAndARoomWithoutName() {
        assertThatThrownBy(() -> booking("plan-1", HALL, "2024-08-20T11:00+07:00", "2024-08-20T10:00+07:00"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RoomKey.of(" - ", null)).isInstanceOf(IllegalArgumentException.class);
    }

    private static Booking booking(String planId, RoomKey room, String start, String end) {
        return new Booking(
                planId,
                "tien-giang",
                "Hội nghị " + planId,
                room,
                room.value(),
                null,
                OffsetDateTime.parse(start).toInstant(),
                OffsetDateTime.parse(end).toInstant());
    }
}
