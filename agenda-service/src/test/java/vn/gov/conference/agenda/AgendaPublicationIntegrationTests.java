package vn.gov.conference.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.gov.conference.contracts.EventCatalog;
import vn.gov.conference.contracts.Topics;
import vn.gov.conference.contracts.agenda.AgendaEvents.AgendaPublished;
import vn.gov.conference.contracts.agenda.AgendaEvents.AgendaRevised;
import vn.gov.conference.contracts.agenda.AgendaEvents.ItemChange;
import vn.gov.conference.contracts.agenda.AgendaEvents.Slot;
import vn.gov.conference.contracts.plan.PlanSnapshot;
import vn.gov.conference.testing.ApiClient;
import vn.gov.conference.testing.ApiClient.Response;
import vn.gov.conference.testing.EventRecorder;
import vn.gov.conference.testing.IntegrationTest;
import vn.gov.conference.testing.RecordedEvent;
import vn.gov.conference.testing.TestTokens;
import vn.gov.conference.testing.contracts.DocumentedAnswers;

/**
 * The agenda's life on the real (embedded) broker: plan-service approves the plan, the office writes and publishes
 * the agenda, and every later change reaches the other services as a revision naming exactly what moved.
 */
@IntegrationTest
@ExtendWith(DocumentedAnswers.class)
class AgendaPublicationIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static EventRecorder events;

    @LocalServerPort
    int port;

    @BeforeAll
    static void listen() {
        events = EventRecorder.listen(Topics.AGENDA);
    }

    @AfterAll
    static void stopListening() {
        events.close();
    }

    @Test
    void announcesExactlyTheItemsALongerReportMovesOnTheRealBroker() throws Exception {
        PlanSnapshot plan = Plans.dongThap("plan-" + UUID.randomUUID());
        String office = TestTokens.office("dong-thap");
        Plans.approveAndAwait(api(), plan);

        assertThat(api().put(agenda(plan), office, dongThapBody()).status()).isEqualTo(200);
        Response published = api().post(agenda(plan) + "/publish", office, "");
        assertThat(published.status()).isEqualTo(200);
        assertThat(published.json().get("status").asString()).isEqualTo("PUBLISHED");

        RecordedEvent first = events.await(
                EventCatalog.AGENDA_PUBLISHED.type(), e -> plan.planId().equals(e.subject()));
        assertThat(first.key()).isEqualTo(plan.planId());
        assertThat(first.tenant()).isEqualTo("dong-thap");
        AgendaPublished announced = first.payload(AgendaPublished.class);
        assertThat(announced.revision()).isEqualTo(1);
        assertThat(announced.sessionStart()).isEqualTo(OffsetDateTime.parse("2021-07-07T08:00+07:00"));
        assertThat(announced.sessionEnd()).isEqualTo(OffsetDateTime.parse("2021-07-07T10:21+07:00"));
        assertThat(announced.slots()).hasSize(18);
        assertThat(announced.slots())
                .filteredOn(slot -> slot.itemId().equals("tham-luan-stttt"))
                .singleElement()
                .satisfies(slot -> {
                    assertThat(slot.number()).isEqualTo("5.8");
                    assertThat(slot.presenters()).extracting(u -> u.code()).containsExactly("DT-STTTT");
                    assertThat(slot.start()).isEqualTo(OffsetDateTime.parse("2021-07-07T09:29+07:00"));
                });
        assertThat(announced.slots())
                .filteredOn(slot -> slot.itemId().equals("ket-luan"))
                .extracting(Slot::start)
                .containsOnlyNulls();

        ObjectNode longer = dongThapBody();
        ((ObjectNode) longer.get("items").get(1)).put("minutes", 20);
        assertThat(api().put(agenda(plan), office, longer).status()).isEqualTo(200);

        AgendaRevised revised = events.await(
                        EventCatalog.AGENDA_REVISED.type(), e -> plan.planId().equals(e.subject()))
                .payload(AgendaRevised.class);
        assertThat(revised.revision()).isEqualTo(2);
        assertThat(revised.changes())
                .extracting(ItemChange::itemId)
                .containsExactly(
                        "bao-cao-mo-hinh-cchc",
                        "bao-cao-papi-par",
                        "tham-luan",
                        "tham-luan-chau-thanh",
                        "tham-luan-hong-ngu",
                        "tham-luan-sa-dec",
                        "tham-luan-tam-nong",
                        "tham-luan-cao-lanh",
                        "tham-luan-mttq",
                        "tham-luan-skhdt",
                        "tham-luan-stttt",
                        "giai-lao",
                        "chuyen-gia-papi",
                        "chuyen-gia-par");
        assertThat(revised.changes())
                .allSatisfy(change -> assertThat(change.timeChanged()).isTrue());
        assertThat(revised.changes().getFirst()).satisfies(change -> {
            assertThat(change.previousEnd()).isEqualTo(OffsetDateTime.parse("2021-07-07T08:20+07:00"));
            assertThat(change.end()).isEqualTo(OffsetDateTime.parse("2021-07-07T08:25+07:00"));
            assertThat(change.presenters()).extracting(u -> u.code()).containsExactly("DT-SNV");
        });
        assertThat(revised.sessionEnd()).isEqualTo(OffsetDateTime.parse("2021-07-07T10:26+07:00"));
        assertThat(revised.summary()).isEqualTo("Cập nhật lần 1: 14 mục thay đổi thời gian.");

        Response revisions = api().get(agenda(plan) + "/revisions", office);
        assertThat(revisions.json().findValuesAsString("summary"))
                .containsExactly("Công bố chương trình.", "Cập nhật lần 1: 14 mục thay đổi thời gian.");
    }

    @Test
    void anEditThatChangesNothingPublishesNothing() throws Exception {
        PlanSnapshot plan = Plans.dongThap("plan-" + UUID.randomUUID());
        String office = TestTokens.office("dong-thap");
        Plans.approveAndAwait(api(), plan);
        api().put(agenda(plan), office, dongThapBody());
        api().post(agenda(plan) + "/publish", office, "");

        Response again = api().put(agenda(plan), office, dongThapBody());

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("revision").asInt()).isEqualTo(1);
        assertThat(events.during(
                        Duration.ofSeconds(1),
                        EventCatalog.AGENDA_REVISED.type(),
                        e -> plan.planId().equals(e.subject())))
                .isEmpty();
        assertThat(events
                        .all(
                                EventCatalog.AGENDA_PUBLISHED.type(),
                                e -> plan.planId().equals(e.subject()))
                        .stream()
                        .map(RecordedEvent::id)
                        .distinct())
                .hasSize(1);
    }

    @Test
    void movesThePublishedAgendaWithItsConferenceOnce() throws Exception {
        PlanSnapshot plan = Plans.dongThap("plan-" + UUID.randomUUID());
        String office = TestTokens.office("dong-thap");
        Plans.approveAndAwait(api(), plan);
        api().put(agenda(plan), office, dongThapBody());
        api().post(agenda(plan) + "/publish", office, "");
        OffsetDateTime later = OffsetDateTime.parse("2021-07-09T14:00+07:00");

        Plans.schedule(plan, 4, later, null);
        Plans.schedule(plan, 4, later, null);

        AgendaRevised revised = events.await(
                        EventCatalog.AGENDA_REVISED.type(), e -> plan.planId().equals(e.subject()))
                .payload(AgendaRevised.class);
        assertThat(revised.sessionStart()).isEqualTo(later);
        assertThat(revised.changes()).hasSize(15);
        assertThat(revised.summary())
                .isEqualTo("Cập nhật lần 1: Hội nghị chuyển sang 14 giờ, ngày 09/7/2021. 15 mục thay đổi thời gian.");
        // Delivery is at least once: a redelivery carries the same id, which consumers drop.
        assertThat(events
                        .during(
                                Duration.ofSeconds(1),
                                EventCatalog.AGENDA_REVISED.type(),
                                e -> plan.planId().equals(e.subject()))
                        .stream()
                        .map(RecordedEvent::id)
                        .distinct())
                .hasSize(1);
    }

    @Test
    void publishesATentativePlansAgendaOnlyOnceItsDateIsFixed() throws Exception {
        PlanSnapshot plan = Plans.tienGiang("plan-" + UUID.randomUUID());
        String office = TestTokens.office("tien-giang");
        Plans.approveAndAwait(api(), plan);
        assertThat(api().put(agenda(plan), office, body(SeedAgendas.tienGiangFile()))
                        .status())
                .isEqualTo(200);

        Response early = api().post(agenda(plan) + "/publish", office, "");
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().get("rule").asString()).isEqualTo("date-not-fixed");

        Plans.schedule(plan, 3, OffsetDateTime.parse("2024-08-20T08:00+07:00"), null);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> api().post(agenda(plan) + "/publish", office, "").status() == 200);

        AgendaPublished published = events.await(
                        EventCatalog.AGENDA_PUBLISHED.type(), e -> plan.planId().equals(e.subject()))
                .payload(AgendaPublished.class);
        assertThat(published.sessionStart()).isEqualTo(OffsetDateTime.parse("2024-08-20T07:30+07:00"));
        assertThat(published.sessionEnd()).isEqualTo(OffsetDateTime.parse("2024-08-20T11:15+07:00"));
        assertThat(published.slots())
                .extracting(Slot::itemId, Slot::number)
                .startsWith(tuple("don-tiep", "1"))
                .contains(tuple("nghi-giua-gio", null));
    }

    @Test
    void refusesAnEditThatWouldPublishTwoItemsAtOnce() throws Exception {
        PlanSnapshot plan = Plans.dongThap("plan-" + UUID.randomUUID());
        String office = TestTokens.office("dong-thap");
        Plans.approveAndAwait(api(), plan);
        api().put(agenda(plan), office, dongThapBody());
        api().post(agenda(plan) + "/publish", office, "");
        ObjectNode clash = dongThapBody();
        ObjectNode pause = (ObjectNode) clash.get("items").get(5);
        pause.remove("minutes");
        pause.put("from", "09:00").put("to", "09:15");

        Response refused = api().put(agenda(plan), office, clash);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("rule").asString()).isEqualTo("timing-conflicts");
        assertThat(refused.json().get("detail").asString()).contains("Mục 6 (9 giờ - 9 giờ 15) trùng");
        assertThat(api().get(agenda(plan), office).json().get("revision").asInt())
                .isEqualTo(1);
    }

    @Test
    void theTimelineComesOutAsTheSeedSays() throws Exception {
        PlanSnapshot plan = Plans.dongThap("plan-" + UUID.randomUUID());
        String office = TestTokens.office("dong-thap");
        Plans.approveAndAwait(api(), plan);
        api().put(agenda(plan), office, dongThapBody());

        JsonNode timeline = api().get(agenda(plan) + "/timeline", TestTokens.department("dong-thap", "DT-SNV"))
                .json();

        assertThat(timeline.get("sessionStart").asString()).isEqualTo("08:00");
        assertThat(timeline.get("sessionEnd").asString()).isEqualTo("10:21");
        assertThat(timeline.get("totalMinutes").asInt()).isEqualTo(141);
        assertThat(timeline.get("items").findValuesAsString("from")).startsWith("08:00", "08:05", "08:20");
        assertThat(timeline.get("warnings").findValuesAsString("itemId"))
                .containsExactly("goi-y-thao-luan", "y-kien-tinh-uy", "ket-luan");
        assertThat(timeline.get("items").get(4).get("contributions")).hasSize(8);
    }

    @Test
    void theAgendaReadsBackAsItWasWritten() throws Exception {
        PlanSnapshot plan = Plans.tienGiang("plan-" + UUID.randomUUID());
        String office = TestTokens.office("tien-giang");
        Plans.approveAndAwait(api(), plan);
        api().put(agenda(plan), office, body(SeedAgendas.tienGiangFile()));

        Response read = api().get(agenda(plan), TestTokens.central());

        assertThat(read.status()).isEqualTo(200);
        assertThat(read.header("ETag")).isPresent();
        assertThat(read.json().get("items"))
                .isEqualTo(body(SeedAgendas.tienGiangFile()).get("items"));
        assertThat(read.json().get("status").asString()).isEqualTo("DRAFT");
        assertThat(read.json().at("/plan/documentNumber").asString()).isEqualTo("276/KH-UBND");
        assertThat(api().put(agenda(plan), office, read.json()).status()).isEqualTo(200);
    }

    private ApiClient api() {
        return ApiClient.onPort(port);
    }

    private static String agenda(PlanSnapshot plan) {
        return "/api/plans/" + plan.planId() + "/agenda";
    }

    static ObjectNode dongThapBody() throws Exception {
        return body(SeedAgendas.dongThapFile());
    }

    static ObjectNode body(java.nio.file.Path file) throws Exception {
        return (ObjectNode) JSON.readTree(Files.readString(file));
    }
}
