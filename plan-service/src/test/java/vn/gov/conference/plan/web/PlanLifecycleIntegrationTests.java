package vn.gov.conference.plan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import vn.gov.conference.contracts.EventCatalog;
import vn.gov.conference.contracts.Topics;
import vn.gov.conference.contracts.plan.PlanEvents.ConferenceHeld;
import vn.gov.conference.contracts.plan.PlanEvents.ConferenceScheduled;
import vn.gov.conference.contracts.plan.PlanEvents.PlanAmended;
import vn.gov.conference.contracts.plan.PlanEvents.PlanApproved;
import vn.gov.conference.contracts.plan.PlanEvents.PlanCancelled;
import vn.gov.conference.contracts.plan.PlanEvents.PlanClosed;
import vn.gov.conference.contracts.plan.PlanEvents.PlanDrafted;
import vn.gov.conference.contracts.plan.PlanEvents.PlanSubmitted;
import vn.gov.conference.plan.SeedRequests;
import vn.gov.conference.testing.ApiClient.Response;
import vn.gov.conference.testing.EventRecorder;
import vn.gov.conference.testing.IntegrationTest;
import vn.gov.conference.testing.RecordedEvent;
import vn.gov.conference.testing.contracts.DocumentedAnswers;

/**
 * The definition of done, through the API, the real MongoDB stand-in and the embedded real Kafka broker:
 * both seeds load, the Tiền Giang plan is approved as 276/KH-UBND because the register says so, it is scheduled
 * from "quý 3 năm 2024" to an exact start, and every plan event arrives as a CloudEvent, once and in order.
 */
@IntegrationTest
@ExtendWith(DocumentedAnswers.class)
class PlanLifecycleIntegrationTests {

    private static EventRecorder events;

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    private PlanApi api;

    @BeforeAll
    static void listen() {
        events = EventRecorder.listen(Topics.PLAN);
    }

    @AfterAll
    static void stopListening() {
        events.close();
    }

    @BeforeEach
    void client() {
        api = new PlanApi(port);
    }

    private static List<RecordedEvent> of(String planId) {
        return events.all().stream().filter(e -> planId.equals(e.subject())).toList();
    }

    @Test
    void loadsBothSeedPlansThroughTheApiExactly() {
        Response tienGiang = api.create(PlanApi.TG, SeedRequests.tienGiang());
        Response dongThap = api.create(PlanApi.DT, SeedRequests.dongThap());

        assertThat(tienGiang.status()).isEqualTo(201);
        assertThat(tienGiang.header("ETag")).contains("\"0\"");
        JsonNode tg = api.get(tienGiang.json().get("id").asString(), PlanApi.office(PlanApi.TG))
                .json();
        assertThat(tg.get("numberText").asString()).isEqualTo("/KH-UBND");
        assertThat(tg.get("status").asString()).isEqualTo("DRAFT");
        assertThat(tg.get("issuer").get("body").get("code").asString()).isEqualTo("TG-UBND");
        assertThat(tg.get("time").get("label").asString()).isEqualTo("dự kiến quý 3 năm 2024");
        assertThat(tg.get("venue").get("text").asString())
                .isEqualTo("Phòng họp số 2, Trung tâm Hội nghị tỉnh Tiền "
                        + "Giang, số 6C Rạch Gầm, Phường 1, thành phố Mỹ Tho, Tiền Giang");
        assertThat(tg.get("backdrop").get("spec").asString()).isEqualTo("Quy cách: sử dụng bảng LED.");
        assertThat(tg.get("signer").get("name").asString()).isEqualTo("Nguyễn Văn Vĩnh");
        assertThat(tg.get("participants").get("statedTotal").asInt()).isEqualTo(130);
        assertThat(tg.get("participants").get("groups")).hasSize(40);
        assertThat(tg.get("assignments")).hasSize(15);
        assertThat(tg.get("distribution")).hasSize(8);

        assertThat(dongThap.status()).isEqualTo(201);
        JsonNode dt = dongThap.json();
        assertThat(dt.get("format").asString()).isEqualTo("ONLINE");
        assertThat(OffsetDateTime.parse(dt.get("time").get("start").asString()))
                .isEqualTo(OffsetDateTime.parse("2021-07-07T08:00:00+07:00"));
        assertThat(dt.get("participants")
                        .get("bridgePoints")
                        .get(0)
                        .get("expectedAttendance")
                        .asInt())
                .isEqualTo(40);
        assertThat(dt.get("participants").get("externalGuests")).hasSize(2);
        assertThat(dt.get("replacesInvitationLetter").asBoolean()).isTrue();
        assertThat(api.submit(dt.get("id").asString()).status())
                .as("the Đồng Tháp draft is complete")
                .isEqualTo(200);
    }

    @Test
    void approvesTienGiangAs276SchedulesItAndAnnouncesEveryStepOnTheBroker() {
        String id = api.draft(PlanApi.TG, SeedRequests.tienGiang());
        assertThat(api.submit(id).status()).isEqualTo(200);
        Response register = api.setRegister("TG-UBND", 2024, 276, PlanApi.office(PlanApi.TG));
        assertThat(register.status()).as(register.body()).isEqualTo(200);
        assertThat(register.json().get("nextNumber").asInt()).isEqualTo(276);

        Response approved = api.approve(id, Map.of("issuedOn", "2024-07-18"));
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().get("documentNumber").asString()).isEqualTo("276/KH-UBND");
        assertThat(approved.json().get("issuedOn").asString()).isEqualTo("2024-07-18");
        assertThat(approved.json().get("status").asString()).isEqualTo("APPROVED");

        Response scheduled = api.schedule(id, "2024-08-15T07:30:00+07:00");
        assertThat(scheduled.status()).as(scheduled.body()).isEqualTo(200);
        assertThat(scheduled.json().get("status").asString()).isEqualTo("SCHEDULED");
        assertThat(scheduled.json().get("time").get("exact").asBoolean()).isTrue();
        assertThat(scheduled.json().get("time").get("label").asString())
                .isEqualTo("7 giờ 30, ngày 15/08/2024 (thứ Năm)");

        Response amended = api.action(
                id,
                "amend",
                PlanApi.approver(PlanApi.TG),
                Map.of("reason", "Đổi chủ trì", "changes", Map.of("chair", "Chủ tịch Ủy ban nhân dân tỉnh")));
        assertThat(amended.status()).as(amended.body()).isEqualTo(200);
        assertThat(amended.json().get("version").asInt()).isEqualTo(2);
        assertThat(api.action(id, "hold", PlanApi.office(PlanApi.TG), null).status())
                .isEqualTo(200);
        assertThat(api.action(id, "close", PlanApi.office(PlanApi.TG), null).status())
                .isEqualTo(200);

        RecordedEvent drafted = events.await(EventCatalog.PLAN_DRAFTED.type(), e -> id.equals(e.subject()));
        assertThat(drafted.payload(PlanDrafted.class).provinceCode()).isEqualTo("tien-giang");
        assertThat(events.await(EventCatalog.PLAN_SUBMITTED.type(), e -> id.equals(e.subject()))
                        .payload(PlanSubmitted.class)
                        .version())
                .isEqualTo(1);

        RecordedEvent approval = events.await(EventCatalog.PLAN_APPROVED.type(), e -> id.equals(e.subject()));
        PlanApproved planApproved = approval.payload(PlanApproved.class);
        assertThat(planApproved.approvedBy()).isEqualTo("tg-approver");
        assertThat(planApproved.plan().documentNumber()).isEqualTo("276/KH-UBND");
        assertThat(planApproved.plan().issuedOn()).isEqualTo(LocalDate.of(2024, 7, 18));
        assertThat(planApproved.plan().issuingBody().code()).isEqualTo("TG-UBND");
        assertThat(planApproved.plan().time().windowEnd()).isEqualTo(LocalDate.of(2024, 9, 30));
        assertThat(planApproved.plan().participants()).hasSize(40);
        assertThat(planApproved.plan().assignments())
                .filteredOn(a -> "skhdt-phat-bieu".equals(a.id()))
                .singleElement()
                .satisfies(a -> {
                    assertThat(a.deadline()).isEqualTo(OffsetDateTime.parse("2024-07-25T00:00:00+07:00"));
                    assertThat(a.nextAssignmentId()).isEqualTo("snv-chuong-trinh");
                });

        ConferenceScheduled conferenceScheduled = events.await(
                        EventCatalog.CONFERENCE_SCHEDULED.type(), e -> id.equals(e.subject()))
                .payload(ConferenceScheduled.class);
        assertThat(conferenceScheduled.start()).isEqualTo(OffsetDateTime.parse("2024-08-15T07:30:00+07:00"));
        assertThat(conferenceScheduled.previousStart()).isNull();
        assertThat(conferenceScheduled.venue().room()).isEqualTo("Phòng họp số 2, Trung tâm Hội nghị tỉnh Tiền Giang");

        PlanAmended planAmended = events.await(EventCatalog.PLAN_AMENDED.type(), e -> id.equals(e.subject()))
                .payload(PlanAmended.class);
        assertThat(planAmended.changes()).containsExactly("chair");
        assertThat(planAmended.plan().version()).isEqualTo(2);
        assertThat(planAmended.plan().time().start()).isEqualTo(OffsetDateTime.parse("2024-08-15T07:30:00+07:00"));
        assertThat(events.await(EventCatalog.CONFERENCE_HELD.type(), e -> id.equals(e.subject()))
                        .payload(ConferenceHeld.class)
                        .planId())
                .isEqualTo(id);
        assertThat(events.await(EventCatalog.PLAN_CLOSED.type(), e -> id.equals(e.subject()))
                        .payload(PlanClosed.class)
                        .planId())
                .isEqualTo(id);

        List<RecordedEvent> all = events.during(Duration.ofMillis(500), EventCatalog.PLAN_CLOSED.type(), e -> true);
        assertThat(all).isNotEmpty();
        List<RecordedEvent> mine = of(id);
        assertThat(mine)
                .extracting(RecordedEvent::type)
                .as("each once, in the order they happened")
                .containsExactly(
                        EventCatalog.PLAN_DRAFTED.type(),
                        EventCatalog.PLAN_SUBMITTED.type(),
                        EventCatalog.PLAN_APPROVED.type(),
                        EventCatalog.CONFERENCE_SCHEDULED.type(),
                        EventCatalog.PLAN_AMENDED.type(),
                        EventCatalog.CONFERENCE_HELD.type(),
                        EventCatalog.PLAN_CLOSED.type());
        assertThat(mine).allSatisfy(e -> {
            assertThat(e.key()).isEqualTo(id);
            assertThat(e.tenant()).isEqualTo("tien-giang");
            assertThat(e.source()).isEqualTo("urn:conference:plan-service");
            assertThat(e.time()).endsWith("+07:00");
            assertThat(e.topic()).isEqualTo(Topics.PLAN);
        });
        assertThat(mine)
                .extracting(RecordedEvent::partition)
                .containsOnly(mine.getFirst().partition());
        assertThat(mine).extracting(RecordedEvent::offset).isSorted();
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(mongo.getCollection("plans")
                                .find(new Document("_id", id))
                                .first()
                                .getList("outbox", Document.class))
                        .as("the relay empties the outbox")
                        .isEmpty());
    }

    @Test
    void givesTheNextFreeNumberWhenNoneIsAskedAndRefusesANumberAlreadyUsed() {
        String first = api.submitted(PlanApi.TG, SeedRequests.tienGiang());
        assertThat(api.setRegister("TG-UBND", 2023, 41, PlanApi.office(PlanApi.TG))
                        .status())
                .isEqualTo(200);
        String second = api.submitted(PlanApi.TG, SeedRequests.tienGiang());
        String third = api.submitted(PlanApi.TG, SeedRequests.tienGiang());

        assertThat(api.approve(first, Map.of("issuedOn", "2023-12-28"))
                        .json()
                        .get("documentNumber")
                        .asString())
                .isEqualTo("41/KH-UBND");
        assertThat(api.approve(second, Map.of("issuedOn", "2023-12-29"))
                        .json()
                        .get("documentNumber")
                        .asString())
                .as("the next free number")
                .isEqualTo("42/KH-UBND");
        Response taken = api.approve(third, Map.of("issuedOn", "2023-12-29", "number", 41));

        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.contentType()).startsWith("application/problem+json");
        assertThat(taken.json().get("rule").asString()).isEqualTo("register-passed");
        JsonNode untouched = api.get(third, PlanApi.office(PlanApi.TG)).json();
        assertThat(untouched.get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(untouched.get("documentNumber").isNull()).isTrue();
        assertThat(api.approve(third, Map.of("issuedOn", "2023-12-29", "number", 45))
                        .json()
                        .get("documentNumber")
                        .asString())
                .as("a number the register has not passed")
                .isEqualTo("45/KH-UBND");
        assertThat(api.http
                        .get("/api/registers/TG-UBND/2023", PlanApi.office(PlanApi.TG))
                        .json()
                        .get("nextNumber")
                        .asInt())
                .isEqualTo(46);
    }

    @Test
    void announcesACancellationWithItsReason() {
        String id = api.submitted(PlanApi.DT, SeedRequests.dongThap());
        Response approved = api.approve(id, Map.of("issuedOn", "2021-06-28", "number", 112));
        assertThat(approved.json().get("status").asString())
                .as("its time was exact already")
                .isEqualTo("SCHEDULED");

        Response cancelled = api.action(id, "cancel", PlanApi.approver(PlanApi.DT), Map.of("reason", "Dịch Covid-19"));

        assertThat(cancelled.status()).isEqualTo(200);
        PlanCancelled event = events.await(EventCatalog.PLAN_CANCELLED.type(), e -> id.equals(e.subject()))
                .payload(PlanCancelled.class);
        assertThat(event.reason()).isEqualTo("Dịch Covid-19");
        assertThat(events.await(EventCatalog.PLAN_APPROVED.type(), e -> id.equals(e.subject()))
                        .payload(PlanApproved.class)
                        .plan()
                        .documentNumber())
                .isEqualTo("112/KH-UBND");
        assertThat(events.during(
                        Duration.ofMillis(300), EventCatalog.CONFERENCE_SCHEDULED.type(), e -> id.equals(e.subject())))
                .as("approval with an exact time schedules nothing new")
                .isEmpty();
    }
}
