package vn.gov.conference.plan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.gov.conference.contracts.EventCatalog;
import vn.gov.conference.contracts.Topics;
import vn.gov.conference.contracts.UnitRef;
import vn.gov.conference.contracts.agenda.AgendaEvents.AgendaPublished;
import vn.gov.conference.contracts.agenda.AgendaEvents.AgendaRevised;
import vn.gov.conference.contracts.invitation.InvitationEvents.DelegateCheckedIn;
import vn.gov.conference.contracts.invitation.InvitationEvents.InvitationAnswered;
import vn.gov.conference.contracts.invitation.InvitationEvents.InvitationsIssued;
import vn.gov.conference.contracts.material.MaterialEvents.MaterialAccepted;
import vn.gov.conference.contracts.material.MaterialEvents.MaterialOverdue;
import vn.gov.conference.contracts.material.MaterialEvents.MaterialRequested;
import vn.gov.conference.contracts.material.MaterialEvents.MaterialSubmitted;
import vn.gov.conference.contracts.material.MaterialEvents.MaterialsPublished;
import vn.gov.conference.plan.SeedRequests;
import vn.gov.conference.testing.ApiClient.Response;
import vn.gov.conference.testing.EventRecorder;
import vn.gov.conference.testing.IntegrationTest;
import vn.gov.conference.testing.TestEvents;
import vn.gov.conference.testing.TestTokens;
import vn.gov.conference.testing.contracts.DocumentedAnswers;

/**
 * The readiness view, fed through the real broker by events published the way the agenda, notification and
 * documents services publish them: counted once however often they are delivered, poison dead-lettered.
 */
@IntegrationTest
@ExtendWith(DocumentedAnswers.class)
class ReadinessIntegrationTests {

    private static final String MATERIAL_DEAD_LETTERS = "error." + Topics.MATERIAL + ".plan-service";
    private static final UnitRef SKHDT = new UnitRef("TG-SKHDT", "Sở Kế hoạch và Đầu tư");
    private static final UnitRef SNV = new UnitRef("TG-SNV", "Sở Nội vụ");
    private static final UnitRef VP = new UnitRef("TG-VPUBND", "Văn phòng Ủy ban nhân dân tỉnh");
    private static final OffsetDateTime JULY_25 = OffsetDateTime.parse("2024-07-25T00:00:00+07:00");
    private static final OffsetDateTime JULY_30 = OffsetDateTime.parse("2024-07-30T00:00:00+07:00");

    private static EventRecorder deadLetters;

    @LocalServerPort
    int port;

    private PlanApi api;

    @BeforeAll
    static void listen() {
        deadLetters = EventRecorder.listen(MATERIAL_DEAD_LETTERS);
    }

    @AfterAll
    static void stopListening() {
        deadLetters.close();
    }

    @BeforeEach
    void client() {
        api = new PlanApi(port);
    }

    private JsonNode readiness(String id) {
        Response response = api.http.get("/api/plans/" + id + "/readiness", TestTokens.central());
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static String publish(String topic, String type, String planId, Object payload) {
        return TestEvents.publish(topic, type, planId, "tien-giang", payload);
    }

    @Test
    void countsAgendaInvitationsAndMaterialsOnceHoweverOftenDelivered() {
        String id = api.draft(PlanApi.TG, SeedRequests.tienGiang());
        JsonNode empty = readiness(id);
        assertThat(empty.get("agenda").get("published").asBoolean()).isFalse();
        assertThat(empty.get("ready").asBoolean()).isFalse();

        OffsetDateTime start = OffsetDateTime.parse("2024-08-15T07:30:00+07:00");
        publish(
                Topics.AGENDA,
                EventCatalog.AGENDA_PUBLISHED.type(),
                id,
                new AgendaPublished(id, 1, start, start.plusMinutes(225), List.of()));
        publish(
                Topics.AGENDA,
                EventCatalog.AGENDA_REVISED.type(),
                id,
                new AgendaRevised(id, 2, start, start.plusMinutes(230), List.of(), List.of(), "Kéo dài thảo luận"));
        publish(Topics.INVITATION, EventCatalog.INVITATIONS_ISSUED.type(), id, new InvitationsIssued(id, 3, 3));
        publish(
                Topics.INVITATION,
                EventCatalog.INVITATION_ANSWERED.type(),
                id,
                new InvitationAnswered(id, "inv-1", SNV, "ACCEPTED", null, null, start.minusDays(5)));
        String declined = publish(
                Topics.INVITATION,
                EventCatalog.INVITATION_ANSWERED.type(),
                id,
                new InvitationAnswered(id, "inv-2", SKHDT, "DECLINED", "Trùng lịch", null, start.minusDays(4)));
        TestEvents.publish(
                Topics.INVITATION,
                declined,
                "urn:conference:test",
                EventCatalog.INVITATION_ANSWERED.type(),
                id,
                "tien-giang",
                new InvitationAnswered(id, "inv-3", VP, "ACCEPTED", null, null, start.minusDays(3)));
        publish(
                Topics.INVITATION,
                EventCatalog.DELEGATE_CHECKED_IN.type(),
                id,
                new DelegateCheckedIn(id, "inv-1", SNV, "IN_PERSON", null, start));
        publish(
                Topics.MATERIAL,
                EventCatalog.MATERIAL_REQUESTED.type(),
                id,
                new MaterialRequested(
                        id,
                        "req-speech",
                        "skhdt-phat-bieu",
                        SKHDT,
                        SNV,
                        "DRAFT_SPEECH",
                        "Phát biểu về PCI",
                        JULY_25,
                        null));
        publish(
                Topics.MATERIAL,
                EventCatalog.MATERIAL_REQUESTED.type(),
                id,
                new MaterialRequested(
                        id, "req-report", "skhdt-bao-cao", SKHDT, VP, "REPORT", "Báo cáo PCI", JULY_30, null));
        publish(
                Topics.MATERIAL,
                EventCatalog.MATERIAL_REQUESTED.type(),
                id,
                new MaterialRequested(
                        id,
                        "req-future",
                        "snv-bao-cao",
                        SNV,
                        VP,
                        "REPORT",
                        "Báo cáo PAR",
                        OffsetDateTime.parse("2099-01-01T00:00:00+07:00"),
                        null));
        String submitted = publish(
                Topics.MATERIAL,
                EventCatalog.MATERIAL_SUBMITTED.type(),
                id,
                new MaterialSubmitted(
                        id,
                        "req-speech",
                        SKHDT,
                        SNV,
                        "doc-1",
                        1,
                        "phat-bieu-pci.docx",
                        2048,
                        "ab12",
                        true,
                        JULY_25.plusHours(9)));
        TestEvents.publish(
                Topics.MATERIAL,
                submitted,
                "urn:conference:test",
                EventCatalog.MATERIAL_SUBMITTED.type(),
                id,
                "tien-giang",
                new MaterialSubmitted(
                        id,
                        "req-speech",
                        SKHDT,
                        SNV,
                        "doc-1",
                        1,
                        "phat-bieu-pci.docx",
                        2048,
                        "ab12",
                        true,
                        JULY_25.plusHours(9)));
        publish(
                Topics.MATERIAL,
                EventCatalog.MATERIAL_ACCEPTED.type(),
                id,
                new MaterialAccepted(id, "req-speech", SKHDT, "doc-1", JULY_25.plusDays(1)));
        publish(
                Topics.MATERIAL,
                EventCatalog.MATERIAL_OVERDUE.type(),
                id,
                new MaterialOverdue(id, "req-report", SKHDT, VP, JULY_30));
        publish(
                Topics.MATERIAL,
                EventCatalog.MATERIALS_PUBLISHED.type(),
                id,
                new MaterialsPublished(id, List.of("doc-1"), "/portal/" + id, JULY_30.plusDays(1)));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode view = readiness(id);
            assertThat(view.get("materials").get("published").asBoolean()).isTrue();
            assertThat(view.get("invitations").get("checkedIn").asInt()).isEqualTo(1);
        });
        JsonNode view = readiness(id);
        assertThat(view.get("agenda").get("published").asBoolean()).isTrue();
        assertThat(view.get("agenda").get("revision").asInt()).isEqualTo(2);
        JsonNode invitations = view.get("invitations");
        assertThat(invitations.get("issued").asInt()).isEqualTo(3);
        assertThat(invitations.get("accepted").asInt())
                .as("the redelivered id is not a new answer")
                .isEqualTo(1);
        assertThat(invitations.get("declined").asInt()).isEqualTo(1);
        assertThat(invitations.get("pending").asInt()).isEqualTo(1);
        JsonNode materials = view.get("materials");
        assertThat(materials.get("requested").asInt()).isEqualTo(3);
        assertThat(materials.get("submitted").asInt()).isEqualTo(1);
        assertThat(materials.get("accepted").asInt()).isEqualTo(1);
        assertThat(materials.get("late").asInt()).isEqualTo(1);
        assertThat(materials.get("overdue").asInt())
                .as("the report is overdue, the 2099 one is not")
                .isEqualTo(1);
        assertThat(materials
                        .get("items")
                        .valueStream()
                        .map(m -> m.get("requestId").asString() + ":"
                                + m.get("status").asString() + ":"
                                + m.get("overdue").asBoolean())
                        .toList())
                .containsExactly(
                        "req-speech:ACCEPTED:false", "req-report:REQUESTED:true", "req-future:REQUESTED:false");
        assertThat(view.get("ready").asBoolean()).isFalse();
    }

    @Test
    void showsEveryProvinceSideBySideWithFilters() {
        String tienGiang = api.draft(PlanApi.TG, SeedRequests.tienGiang());
        String dongThap = api.draft(PlanApi.DT, SeedRequests.dongThap());
        publish(
                Topics.MATERIAL,
                EventCatalog.MATERIAL_OVERDUE.type(),
                tienGiang,
                new MaterialOverdue(tienGiang, "req-" + UUID.randomUUID(), SKHDT, VP, JULY_30));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(readiness(tienGiang)
                                .get("materials")
                                .get("overdue")
                                .asInt())
                        .isEqualTo(1));

        JsonNode all = api.http.get("/api/readiness", TestTokens.central()).json();
        assertThat(all.get("provinces")
                        .valueStream()
                        .map(p -> p.get("province").asString())
                        .toList())
                .contains("tien-giang", "dong-thap");
        assertThat(planIds(all)).contains(tienGiang, dongThap);
        JsonNode overdue = api.http
                .get("/api/readiness?overdue=true", TestTokens.central())
                .json();
        assertThat(planIds(overdue)).contains(tienGiang).doesNotContain(dongThap);
        assertThat(overdue.get("provinces")
                        .get(0)
                        .get("totals")
                        .get("materialsOverdue")
                        .asInt())
                .isPositive();
        assertThat(planIds(api.http
                        .get("/api/readiness?index=PAPI&year=2020", TestTokens.central())
                        .json()))
                .contains(dongThap)
                .doesNotContain(tienGiang);
        assertThat(planIds(api.http
                        .get("/api/readiness?status=SCHEDULED", TestTokens.central())
                        .json()))
                .doesNotContain(tienGiang, dongThap);
        JsonNode own =
                api.http.get("/api/readiness", PlanApi.office(PlanApi.TG)).json();
        assertThat(own.get("provinces")
                        .valueStream()
                        .map(p -> p.get("province").asString())
                        .toList())
                .containsExactly("tien-giang");
    }

    @Test
    void keepsReadinessFromDepartmentsAndOtherProvinces() {
        String id = api.draft(PlanApi.TG, SeedRequests.tienGiang());

        assertThat(api.http
                        .get("/api/readiness", TestTokens.department("tien-giang", "TG-SNV"))
                        .status())
                .isEqualTo(403);
        assertThat(api.http
                        .get(
                                "/api/plans/" + id + "/readiness",
                                TestTokens.token("hn-office", "OFFICE", "ha-noi", "HN-VPUBND"))
                        .status())
                .isEqualTo(404);
        assertThat(api.http
                        .get("/api/plans/" + id + "/readiness", PlanApi.approver(PlanApi.TG))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void deadLettersAnUnreadableEventAndKeepsConsuming() {
        String id = api.draft(PlanApi.TG, SeedRequests.tienGiang());
        String poisonId = UUID.randomUUID().toString();
        TestEvents.publishRaw(
                Topics.MATERIAL,
                id,
                "{not json".getBytes(StandardCharsets.UTF_8),
                Map.of(
                        "ce_specversion",
                        "1.0",
                        "ce_id",
                        poisonId,
                        "ce_source",
                        "urn:conference:test",
                        "ce_type",
                        EventCatalog.MATERIAL_REQUESTED.type(),
                        "ce_subject",
                        id,
                        "ce_tenant",
                        "tien-giang"));
        publish(
                Topics.MATERIAL,
                EventCatalog.MATERIAL_REQUESTED.type(),
                id,
                new MaterialRequested(
                        id, "req-after", "skhdt-bao-cao", SKHDT, VP, "REPORT", "Báo cáo PCI", JULY_30, null));

        assertThat(deadLetters
                        .await(EventCatalog.MATERIAL_REQUESTED.type(), e -> poisonId.equals(e.id()))
                        .key())
                .isEqualTo(id);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(
                                readiness(id).get("materials").get("requested").asInt())
                        .isEqualTo(1));
    }

    private static List<String> planIds(JsonNode central) {
        return central.get("provinces")
                .valueStream()
                .flatMap(p -> p.get("plans").valueStream())
                .map(p -> p.get("planId").asString())
                .toList();
    }
}
