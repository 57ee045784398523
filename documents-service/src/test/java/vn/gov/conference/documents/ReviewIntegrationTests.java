package vn.gov.conference.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.conference.documents.testing.MaterialsApi.department;
import static vn.gov.conference.documents.testing.MaterialsApi.office;
import static vn.gov.conference.documents.testing.MaterialsApi.request;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.gov.conference.contracts.EventCatalog;
import vn.gov.conference.contracts.Topics;
import vn.gov.conference.contracts.material.MaterialEvents.MaterialAccepted;
import vn.gov.conference.contracts.material.MaterialEvents.MaterialOverdue;
import vn.gov.conference.contracts.material.MaterialEvents.MaterialRequested;
import vn.gov.conference.contracts.material.MaterialEvents.MaterialReturned;
import vn.gov.conference.contracts.plan.Assignment;
import vn.gov.conference.contracts.plan.PlanEvents.PlanAmended;
import vn.gov.conference.contracts.plan.PlanEvents.PlanApproved;
import vn.gov.conference.contracts.plan.PlanEvents.PlanCancelled;
import vn.gov.conference.contracts.plan.PlanSnapshot;
import vn.gov.conference.documents.request.MaterialRequestService;
import vn.gov.conference.documents.testing.MaterialsApi;
import vn.gov.conference.documents.testing.Plans;
import vn.gov.conference.documents.testing.SampleFiles;
import vn.gov.conference.testing.ApiClient;
import vn.gov.conference.testing.EventRecorder;
import vn.gov.conference.testing.IntegrationTest;
import vn.gov.conference.testing.RecordedEvent;
import vn.gov.conference.testing.TestEvents;
import vn.gov.conference.testing.contracts.DocumentedAnswers;

@IntegrationTest
@ExtendWith(DocumentedAnswers.class)
class ReviewIntegrationTests {

    private static final Duration QUIET = Duration.ofMillis(800);

    private static EventRecorder events;

    @LocalServerPort
    int port;

    @Autowired
    MaterialRequestService requests;

    @BeforeAll
    static void listen() {
        events = EventRecorder.listen(Topics.MATERIAL, "error." + Topics.PLAN + ".documents-service");
    }

    @AfterAll
    static void stopListening() {
        events.close();
    }

    @Test
    void opensARequestPerDeliverableAndAnnouncesAllButTheWaitingStep() {
        MaterialsApi api = new MaterialsApi(port);
        PlanSnapshot plan = Plans.tienGiang(7);
        List<JsonNode> opened = api.approve(plan, 6);

        JsonNode speech = request(opened, Plans.SKHDT_SPEECH);
        assertThat(speech.get("status").asString()).isEqualTo("OPEN");
        assertThat(speech.get("kind").asString()).isEqualTo("DRAFT_SPEECH");
        assertThat(speech.get("owner").get("code").asString()).isEqualTo("TG-SKHDT");
        assertThat(speech.get("recipient").get("code").asString()).isEqualTo("TG-SNV");
        assertThat(speech.get("deadlineStatus").asString()).isEqualTo("DUE");
        assertThat(request(opened, Plans.SNV_SPEECH).get("status").asString()).isEqualTo("WAITING");
        List<RecordedEvent> requested = events.awaitCount(
                EventCatalog.MATERIAL_REQUESTED.type(),
                event -> plan.planId().equals(event.key()),
                5,
                Duration.ofSeconds(20));
        assertThat(events.during(
                        QUIET,
                        EventCatalog.MATERIAL_REQUESTED.type(),
                        event -> plan.planId().equals(event.key())))
                .hasSize(5);
        RecordedEvent firstEvent = requested.stream()
                .filter(event -> speech.get("id").asString().equals(event.subject()))
                .findFirst()
                .orElseThrow();
        MaterialRequested first = firstEvent.payload(MaterialRequested.class);
        assertThat(first.deadline().toInstant())
                .isEqualTo(plan.assignments().getFirst().deadline().toInstant());
        assertThat(firstEvent.json().get("deadline").asString()).endsWith("T00:00:00+07:00");
        assertThat(first.title()).isEqualTo("Dự thảo nội dung phát biểu chỉ đạo về PCI");
        assertThat(first.previousRequestId()).isNull();
    }

    @Test
    void opensTheChainsNextStepWhenAStepIsAccepted() {
        MaterialsApi api = new MaterialsApi(port);
        PlanSnapshot plan = Plans.tienGiang(7);
        List<JsonNode> opened = api.approve(plan, 6);
        String speech = request(opened, Plans.SKHDT_SPEECH).get("id").asString();
        String consolidation = request(opened, Plans.SNV_SPEECH).get("id").asString();

        ApiClient.Response tooEarly =
                api.submit(consolidation, department("TG-SNV"), "Tổng hợp.docx", null, SampleFiles.docx("Tổng hợp"));
        assertThat(tooEarly.status()).isEqualTo(409);
        assertThat(tooEarly.json().get("rule").asString()).isEqualTo("request-waiting");

        api.submit(speech, department("TG-SKHDT"), "Dự thảo PCI.docx", null, SampleFiles.docx("Dự thảo PCI"));
        ApiClient.Response byOwner =
                api.post("/api/material-requests/" + speech + "/accept", department("TG-SKHDT"), Map.of());
        assertThat(byOwner.status()).isEqualTo(403);
        assertThat(byOwner.json().get("rule").asString()).isEqualTo("not-recipient");
        ApiClient.Response accepted =
                api.post("/api/material-requests/" + speech + "/accept", department("TG-SNV"), Map.of());

        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat(accepted.json().get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(accepted.json().get("latest").get("review").get("verdict").asString())
                .isEqualTo("ACCEPTED");
        JsonNode next = api.get("/api/material-requests/" + consolidation, department("TG-SNV"))
                .json();
        assertThat(next.get("status").asString()).isEqualTo("OPEN");
        assertThat(next.get("previousRequestId").asString()).isEqualTo(speech);
        MaterialRequested announced = events.await(
                        EventCatalog.MATERIAL_REQUESTED.type(), event -> consolidation.equals(event.subject()))
                .payload(MaterialRequested.class);
        assertThat(announced.previousRequestId()).isEqualTo(speech);
        assertThat(announced.owner()).isEqualTo(Plans.SNV);
        assertThat(announced.recipient()).isEqualTo(Plans.OFFICE);
        MaterialAccepted acceptedEvent = events.await(
                        EventCatalog.MATERIAL_ACCEPTED.type(), event -> speech.equals(event.subject()))
                .payload(MaterialAccepted.class);
        assertThat(acceptedEvent.documentId())
                .isEqualTo(accepted.json().get("documentId").asString());

        ApiClient.Response consolidated =
                api.submit(consolidation, department("TG-SNV"), "Tổng hợp.docx", null, SampleFiles.docx("Tổng hợp"));
        assertThat(consolidated.status()).isEqualTo(201);
        assertThat(api.post("/api/material-requests/" + consolidation + "/accept", office(), Map.of())
                        .status())
                .isEqualTo(200);

        String stttt = request(opened, Plans.STTTT_SPEECH).get("id").asString();
        api.submit(stttt, department("TG-STTTT"), "DTI.pdf", null, SampleFiles.pdf("DTI"));
        api.post("/api/material-requests/" + stttt + "/accept", department("TG-SNV"), Map.of());
        assertThat(events.during(
                        QUIET, EventCatalog.MATERIAL_REQUESTED.type(), event -> consolidation.equals(event.subject())))
                .hasSize(1);
    }

    @Test
    void returnsAVersionWithACommentAndAcceptsTheNext() {
        MaterialsApi api = new MaterialsApi(port);
        List<JsonNode> opened = api.approve(Plans.tienGiang(7), 6);
        String report = request(opened, Plans.SKHDT_REPORT).get("id").asString();
        api.submit(report, department("TG-SKHDT"), "PCI.pdf", null, SampleFiles.pdf("PCI v1"));

        ApiClient.Response noComment =
                api.post("/api/material-requests/" + report + "/return", office(), Map.of("comment", " "));
        ApiClient.Response otherDepartment = api.post(
                "/api/material-requests/" + report + "/return",
                department("TG-SNV"),
                Map.of("comment", "Không phải của tôi"));
        ApiClient.Response returned = api.post(
                "/api/material-requests/" + report + "/return",
                office(),
                Map.of("comment", "Bổ sung số liệu PCI các năm 2021–2023"));

        assertThat(noComment.status()).isEqualTo(400);
        assertThat(noComment.json().get("errors").get(0).get("field").asString())
                .isEqualTo("comment");
        assertThat(otherDepartment.status()).isEqualTo(403);
        assertThat(returned.status()).isEqualTo(200);
        assertThat(returned.json().get("status").asString()).isEqualTo("RETURNED");
        MaterialReturned event = events.await(
                        EventCatalog.MATERIAL_RETURNED.type(), recorded -> report.equals(recorded.subject()))
                .payload(MaterialReturned.class);
        assertThat(event.comment()).isEqualTo("Bổ sung số liệu PCI các năm 2021–2023");
        assertThat(event.owner()).isEqualTo(Plans.SKHDT);
        assertThat(api.post("/api/material-requests/" + report + "/accept", office(), Map.of())
                        .status())
                .isEqualTo(409);

        JsonNode second = api.submit(report, department("TG-SKHDT"), "PCI.pdf", null, SampleFiles.pdf("PCI v2"))
                .json();
        assertThat(second.get("version").asInt()).isEqualTo(2);
        assertThat(api.post("/api/material-requests/" + report + "/accept", office(), Map.of())
                        .status())
                .isEqualTo(200);
        ApiClient.Response afterAcceptance =
                api.submit(report, department("TG-SKHDT"), "PCI.pdf", null, SampleFiles.pdf("PCI v3"));
        assertThat(afterAcceptance.status()).isEqualTo(409);
        assertThat(afterAcceptance.json().get("rule").asString()).isEqualTo("request-accepted");
    }

    @Test
    void raisesMaterialOverdueOnceForARequestPastItsDeadline() {
        MaterialsApi api = new MaterialsApi(port);
        List<JsonNode> opened = api.approve(Plans.tienGiang(7), 6);
        String report = request(opened, Plans.TTT_REPORT).get("id").asString();
        String notDue = request(opened, Plans.SKHDT_REPORT).get("id").asString();

        requests.raiseOverdue();
        requests.raiseOverdue();

        MaterialOverdue overdue = events.await(
                        EventCatalog.MATERIAL_OVERDUE.type(), event -> report.equals(event.subject()))
                .payload(MaterialOverdue.class);
        assertThat(overdue.owner()).isEqualTo(Plans.TTT);
        assertThat(overdue.recipient()).isEqualTo(Plans.OFFICE);
        assertThat(events.during(
                        QUIET,
                        EventCatalog.MATERIAL_OVERDUE.type(),
                        event -> report.equals(event.subject()) || notDue.equals(event.subject())))
                .hasSize(1);
        JsonNode request = api.get("/api/material-requests/" + report, office()).json();
        assertThat(request.get("deadlineStatus").asString()).isEqualTo("OVERDUE");
        assertThat(request.get("overdueRaisedAt").isNull()).isFalse();
    }

    @Test
    void aRedeliveredOrRepeatedPlanApprovedOpensNothingTwice() {
        MaterialsApi api = new MaterialsApi(port);
        PlanSnapshot plan = Plans.tienGiang(7);
        String eventId = UUID.randomUUID().toString();
        PlanApproved approved = new PlanApproved(plan, OffsetDateTime.now(), "tg-approver");
        TestEvents.publish(
                Topics.PLAN,
                eventId,
                "urn:conference:plan-service",
                EventCatalog.PLAN_APPROVED.type(),
                plan.planId(),
                "tien-giang",
                approved);
        api.awaitRequests(plan.planId(), 6);

        TestEvents.publish(
                Topics.PLAN,
                eventId,
                "urn:conference:plan-service",
                EventCatalog.PLAN_APPROVED.type(),
                plan.planId(),
                "tien-giang",
                approved);
        TestEvents.publish(Topics.PLAN, EventCatalog.PLAN_APPROVED.type(), plan.planId(), "tien-giang", approved);

        assertThat(events.during(
                        Duration.ofSeconds(2),
                        EventCatalog.MATERIAL_REQUESTED.type(),
                        event -> plan.planId().equals(event.key())))
                .hasSize(5);
        assertThat(api.awaitRequests(plan.planId(), 6)).hasSize(6);
    }

    @Test
    void anAmendmentMovesADeadlineAndWithdrawsWhatThePlanNoLongerAsks() {
        MaterialsApi api = new MaterialsApi(port);
        PlanSnapshot plan = Plans.tienGiang(7);
        List<JsonNode> opened = api.approve(plan, 6);
        String report = request(opened, Plans.TTT_REPORT).get("id").asString();
        String slides = opened.stream()
                .filter(r -> r.get("kind").asString().equals("SLIDES"))
                .findFirst()
                .orElseThrow()
                .get("id")
                .asString();
        OffsetDateTime later = OffsetDateTime.parse("2030-08-05T00:00+07:00");
        List<Assignment> amended = plan.assignments().stream()
                .map(a -> switch (a.id()) {
                    case Plans.TTT_REPORT ->
                        new Assignment(a.id(), a.owner(), a.deliverables(), later, a.recipient(), null);
                    case Plans.SKHDT_REPORT ->
                        new Assignment(
                                a.id(),
                                a.owner(),
                                List.of(a.deliverables().getFirst()),
                                a.deadline(),
                                a.recipient(),
                                null);
                    default -> a;
                })
                .toList();

        TestEvents.publish(
                Topics.PLAN,
                EventCatalog.PLAN_AMENDED.type(),
                plan.planId(),
                "tien-giang",
                new PlanAmended(Plans.snapshot(plan.planId(), amended), List.of("assignments"), "Lùi hạn báo cáo"));

        MaterialRequested moved = events.await(
                        EventCatalog.MATERIAL_REQUESTED.type(),
                        event -> report.equals(event.subject())
                                && event.payload(MaterialRequested.class)
                                        .deadline()
                                        .isEqual(later))
                .payload(MaterialRequested.class);
        assertThat(moved.owner()).isEqualTo(Plans.TTT);
        JsonNode withdrawn = awaitStatus(api, slides, "CLOSED");
        assertThat(withdrawn.get("closedReason").asString()).contains("không còn yêu cầu");
        assertThat(api.get("/api/material-requests/" + report, office())
                        .json()
                        .get("deadlineStatus")
                        .asString())
                .isEqualTo("DUE");
    }

    @Test
    void aCancelledPlanClosesOpenRequestsButKeepsAcceptedOnes() {
        MaterialsApi api = new MaterialsApi(port);
        PlanSnapshot plan = Plans.tienGiang(7);
        List<JsonNode> opened = api.approve(plan, 6);
        String accepted = request(opened, Plans.SKHDT_REPORT).get("id").asString();
        String open = request(opened, Plans.TTT_REPORT).get("id").asString();
        api.submit(accepted, department("TG-SKHDT"), "PCI.pdf", null, SampleFiles.pdf("PCI"));
        api.post("/api/material-requests/" + accepted + "/accept", office(), Map.of());

        TestEvents.publish(
                Topics.PLAN,
                EventCatalog.PLAN_CANCELLED.type(),
                plan.planId(),
                "tien-giang",
                new PlanCancelled(plan.planId(), 2, "Thay đổi chủ trương"));

        awaitStatus(api, open, "CLOSED");
        assertThat(api.get("/api/material-requests/" + accepted, office())
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("ACCEPTED");
        ApiClient.Response late = api.submit(open, department("TG-TTT"), "PACA.pdf", null, SampleFiles.pdf("PACA"));
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().get("rule").asString()).isEqualTo("request-closed");
    }

    @Test
    void sendsAnUnreadablePlanEventToTheDeadLetterTopicAndKeepsConsuming() {
        MaterialsApi api = new MaterialsApi(port);
        String poisonKey = "poison-" + UUID.randomUUID();
        TestEvents.publishRaw(
                Topics.PLAN,
                poisonKey,
                "{not json".getBytes(StandardCharsets.UTF_8),
                Map.of(
                        "ce_specversion",
                        "1.0",
                        "ce_id",
                        poisonKey,
                        "ce_source",
                        "urn:conference:test",
                        "ce_type",
                        EventCatalog.PLAN_APPROVED.type(),
                        "ce_subject",
                        poisonKey));

        assertThat(awaitDeadLetter(poisonKey)).as("dead-lettered").isTrue();
        assertThat(api.approve(Plans.tienGiang(7), 6)).hasSize(6);
    }

    private static boolean awaitDeadLetter(String key) {
        long deadline = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < deadline) {
            if (events.all().stream()
                    .anyMatch(event -> key.equals(event.key()) && event.topic().startsWith("error."))) {
                return true;
            }
            sleep(100);
        }
        return false;
    }

    private static JsonNode awaitStatus(MaterialsApi api, String requestId, String status) {
        long deadline = System.currentTimeMillis() + 20_000;
        while (true) {
            JsonNode request =
                    api.get("/api/material-requests/" + requestId, office()).json();
            if (status.equals(request.get("status").asString())) {
                return request;
            }
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("Request " + requestId + " never became " + status + ": " + request);
            }
            sleep(100);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }
}
