package vn.gov.conference.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.gov.conference.contracts.plan.PlanSnapshot;
import vn.gov.conference.contracts.plan.Venue;
import vn.gov.conference.testing.ApiClient;
import vn.gov.conference.testing.IntegrationTest;
import vn.gov.conference.testing.TestTokens;
import vn.gov.conference.testing.contracts.DocumentedAnswers;

/** Scheduled plans hold their room; two conferences in one room at once are a conflict reported on both. */
@IntegrationTest
@ExtendWith(DocumentedAnswers.class)
class RoomIntegrationTests {

    private static final Venue SAME_HALL_SPELT_DIFFERENTLY = new Venue(
            "phòng họp số 2 - Trung tâm Hội nghị tỉnh Tiền Giang",
            "Số 6C Rạch Gầm - Phường 1 - Thành phố Mỹ Tho - Tiền Giang");

    @LocalServerPort
    int port;

    @Test
    void reportsTwoConferencesInOneRoomOnBothAndReleasesTheRoomOfACancelledOne() throws Exception {
        String office = TestTokens.office("tien-giang");
        PlanSnapshot indices = Plans.tienGiang("plan-" + UUID.randomUUID());
        PlanSnapshot other = Plans.tienGiang("plan-" + UUID.randomUUID());
        Plans.approveAndAwait(api(), indices);
        Plans.approveAndAwait(api(), other);
        api().put(agenda(indices), office, AgendaPublicationIntegrationTests.body(SeedAgendas.tienGiangFile()));

        Plans.schedule(indices, 3, OffsetDateTime.parse("2024-09-10T08:00+07:00"), null);
        Plans.schedule(
                other,
                3,
                OffsetDateTime.parse("2024-09-10T10:00+07:00"),
                new Venue(
                        "Phòng họp số 2, Trung tâm Hội nghị tỉnh Tiền Giang",
                        "số 6C Rạch Gầm, Phường 1, thành phố Mỹ Tho, Tiền Giang"));

        JsonNode seenByIndices = await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> api().get(agenda(indices) + "/timeline", office).json(),
                        timeline -> timeline.get("roomConflicts").size() == 1);
        assertThat(seenByIndices.at("/roomConflicts/0/planId").asString()).isEqualTo(other.planId());
        assertThat(seenByIndices.at("/roomConflicts/0/sharedMinutes").asInt()).isEqualTo(75);
        JsonNode seenByOther = api().get(agenda(other) + "/timeline", TestTokens.department("tien-giang", "TG-SNV"))
                .json();
        assertThat(seenByOther.at("/roomConflicts/0/planId").asString()).isEqualTo(indices.planId());
        assertThat(seenByOther.at("/roomConflicts/0/start").asString()).isEqualTo("2024-09-10T07:30:00+07:00");
        assertThat(seenByOther.at("/roomConflicts/0/end").asString()).isEqualTo("2024-09-10T11:15:00+07:00");

        JsonNode conflicts = api().get("/api/rooms/conflicts?size=100", office).json();
        assertThat(conflicts.findValuesAsString("planId")).contains(indices.planId(), other.planId());
        assertThat(api().get("/api/rooms/conflicts?province=tien-giang&size=100", TestTokens.central())
                        .json()
                        .findValuesAsString("planId"))
                .contains(indices.planId(), other.planId());
        assertThat(api().get("/api/rooms/conflicts?size=100", TestTokens.office("dong-thap"))
                        .json()
                        .findValuesAsString("planId"))
                .doesNotContain(indices.planId());
        assertThat(api().get("/api/rooms?province=tien-giang", TestTokens.office("dong-thap"))
                        .status())
                .isEqualTo(404);

        Plans.cancel(other, 4);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> api().get(agenda(indices) + "/timeline", office)
                        .json()
                        .get("roomConflicts")
                        .isEmpty());
        assertThat(api().get("/api/rooms?size=100", office).json().findValuesAsString("planId"))
                .contains(indices.planId())
                .doesNotContain(other.planId());
    }

    @Test
    void oneRoomSpeltTwoWaysIsStillOneRoomAndBackToBackIsNoConflict() {
        String office = TestTokens.office("tien-giang");
        PlanSnapshot morning = Plans.tienGiang("plan-" + UUID.randomUUID());
        PlanSnapshot afternoon = Plans.tienGiang("plan-" + UUID.randomUUID());
        Plans.approveAndAwait(api(), morning);
        Plans.approveAndAwait(api(), afternoon);

        Plans.schedule(morning, 3, OffsetDateTime.parse("2024-09-12T08:00+07:00"), null);
        Plans.schedule(afternoon, 3, OffsetDateTime.parse("2024-09-12T12:00+07:00"), SAME_HALL_SPELT_DIFFERENTLY);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> api().get("/api/rooms?size=100", office)
                        .json()
                        .findValuesAsString("planId")
                        .contains(afternoon.planId()));

        JsonNode rooms = api().get("/api/rooms?size=100", office).json().get("items");
        JsonNode hall = null;
        for (JsonNode room : rooms) {
            if (room.findValuesAsString("planId").contains(morning.planId())) {
                hall = room;
            }
        }
        assertThat(hall).isNotNull();
        assertThat(hall.findValuesAsString("planId")).contains(morning.planId(), afternoon.planId());
        assertThat(api().get(agenda(afternoon) + "/timeline", office).json().get("roomConflicts"))
                .isEmpty();
    }

    @Test
    void listsTheRoomsAPageAtATimeWithTheTotal() {
        String office = TestTokens.office("tien-giang");
        List<String> halls = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            PlanSnapshot plan = Plans.tienGiang("plan-" + UUID.randomUUID());
            Plans.approveAndAwait(api(), plan);
            String hall = "Phòng họp " + UUID.randomUUID();
            halls.add(hall);
            Plans.schedule(
                    plan,
                    3,
                    OffsetDateTime.parse("2024-10-0" + (i + 1) + "T08:00+07:00"),
                    new Venue(hall, "Mỹ Tho, Tiền Giang"));
        }
        await().atMost(Duration.ofSeconds(20))
                .until(() -> api().get("/api/rooms?size=100", office)
                        .json()
                        .findValuesAsString("name")
                        .containsAll(halls));

        JsonNode first = api().get("/api/rooms?size=2", office).json();
        long total = first.get("total").asLong();
        assertThat(first.get("items")).hasSize(2);
        assertThat(first.get("size").asInt()).isEqualTo(2);
        assertThat(total).isGreaterThanOrEqualTo(3);
        List<String> rooms = new ArrayList<>();
        for (int page = 0; page * 2L < total; page++) {
            api().get("/api/rooms?size=2&page=" + page, office)
                    .json()
                    .get("items")
                    .forEach(room -> rooms.add(room.get("room").asString()));
        }
        assertThat(rooms).doesNotHaveDuplicates().hasSize((int) total);
        JsonNode past = api().get("/api/rooms?size=2&page=" + total, office).json();
        assertThat(past.get("items")).isEmpty();
        assertThat(past.get("total").asLong()).isEqualTo(total);

        assertThat(api().get("/api/rooms?size=0", office)
                        .json()
                        .at("/errors/0/field")
                        .asString())
                .isEqualTo("size");
        assertThat(api().get("/api/rooms/conflicts?page=-1", office)
                        .json()
                        .at("/errors/0/field")
                        .asString())
                .isEqualTo("page");
    }

    private ApiClient api() {
        return ApiClient.onPort(port);
    }

    private static String agenda(PlanSnapshot plan) {
        return "/api/plans/" + plan.planId() + "/agenda";
    }
}
