package vn.gov.conference.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.gov.conference.e2e.Gateway.expect;
import static vn.gov.conference.e2e.Gateway.refused;
import static vn.gov.conference.e2e.Steps.all;
import static vn.gov.conference.e2e.Steps.counts;
import static vn.gov.conference.e2e.Steps.field;
import static vn.gov.conference.e2e.Steps.only;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.gov.conference.testing.ApiClient.Response;

/**
 * Seed 003, end to end through the gateway: Đồng Tháp's online conference of 08:00 07/7/2021 (one provincial bridge
 * point, thirteen district bridge points, external experts online; "Kế hoạch này thay thư mời"). The office drafts
 * the plan and its agenda of durations, the chairman signs it, the approved plan invites its composition, delegates
 * answer from their emails, departments and districts submit their materials, the office reviews and publishes
 * them, delegates read them on the portal and check in online on the day.
 *
 * <p>The preparation happens on 28/6/2021, the check-in on the morning of 7/7/2021 (the stack restarts with its
 * clock there). Each step checks what the public API and the mail sink show, and the readiness counts.
 */
@Order(2)
@ExtendWith({EndToEndStack.Lifecycle.class, StopAfterFirstFailure.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DongThapScenarioTests {

    private static final String OFFICE = "dt-office";
    private static final String APPROVER = "dt-approver";
    private static final OffsetDateTime START = OffsetDateTime.parse("2021-07-07T08:00+07:00");
    private static final String INVITATION_SUBJECT = "Giấy mời dự Hội nghị trực tuyến về tổng kết, nhân rộng các "
            + "mô hình cải cách hành chính giai đoạn 2021 - 2026";
    /**
     * The units invited for one named seat (a chairman's) whose directory entry (notification-service's demo seed) has
     * an address, and that address.
     */
    private static final Map<String, String> ADDRESSED = Map.of(
            "DT-UBND",
            "ubnd@dongthap.conference.example",
            "DT-CAOLANH",
            "caolanh@dongthap.conference.example",
            "DT-SADEC",
            "sadec@dongthap.conference.example",
            "DT-HONGNGU",
            "hongngu@dongthap.conference.example",
            "DT-TAMNONG",
            "tamnong@dongthap.conference.example",
            "DT-CHAUTHANH",
            "chauthanh@dongthap.conference.example");

    private static final String LAM = "lam.tv@caolanh.conference.example";
    private static final String HANH = "hanh.nt@caolanh.conference.example";
    /** Who submits each contribution of the agenda's block 5 (the district or department's machine client). */
    private static final Map<String, String> CONTRIBUTORS = new LinkedHashMap<>();

    static {
        CONTRIBUTORS.put("tham-luan-chau-thanh", "dt-chauthanh");
        CONTRIBUTORS.put("tham-luan-hong-ngu", "dt-hongngu");
        CONTRIBUTORS.put("tham-luan-sa-dec", "dt-sadec");
        CONTRIBUTORS.put("tham-luan-tam-nong", "dt-tamnong");
        CONTRIBUTORS.put("tham-luan-cao-lanh", "dt-caolanh");
        CONTRIBUTORS.put("tham-luan-mttq", "dt-mttq");
        CONTRIBUTORS.put("tham-luan-skhdt", "dt-skhdt");
        CONTRIBUTORS.put("tham-luan-stttt", "dt-stttt");
    }

    private final ObjectNode seed = Seeds.read(Seeds.DONG_THAP_PLAN);
    private Gateway gateway;
    private Mailbox mailbox;
    private String planId;
    private String number;
    private final Map<String, String> invitationLinks = new LinkedHashMap<>();
    private String lamInvitation;
    private String hanhInvitation;
    private String hanhCheckIn;
    private String expertInvitation;
    /** Request id → the SHA-256 of what its owner submitted last. */
    private final Map<String, String> submitted = new LinkedHashMap<>();

    private JsonNode requests;

    @BeforeAll
    void preparationStartsOn28June2021() {
        use(EndToEndStack.at(Moments.DONG_THAP_PREPARATION));
    }

    private void use(EndToEndStack.Running stack) {
        gateway = stack.gateway();
        mailbox = stack.mailbox();
    }

    @Test
    @Order(1)
    void theOfficeDraftsThePlanWithEverythingTheSeedSays() {
        Response created = gateway.post(OFFICE, "/api/plans", seed);
        JsonNode plan = expect(created, 201);
        planId = plan.get("id").asString();

        assertThat(created.header("Location")).hasValue("/api/plans/" + planId);
        assertThat(created.header("ETag")).isPresent();
        assertThat(plan.get("status").asString()).isEqualTo("DRAFT");
        assertThat(plan.get("documentNumber").isNull()).isTrue();
        JsonNode stored = expect(gateway.get(OFFICE, "/api/plans/" + planId), 200);
        PlanContent.assertSame(seed, stored);
        assertThat(stored.at("/issuer/body/code").asString()).isEqualTo("DT-UBND");
        assertThat(stored.at("/issuer/provinceName").asString()).isEqualTo("Đồng Tháp");
        assertThat(stored.get("format").asString()).isEqualTo("ONLINE");
        assertThat(stored.at("/time/exact").asBoolean()).isTrue();
        assertThat(OffsetDateTime.parse(stored.at("/time/start").asString())).isEqualTo(START);
        assertThat(stored.get("replacesInvitationLetter").asBoolean()).isTrue();

        refused(gateway.get("tg-office", "/api/plans/" + planId), 404, null);
        refused(gateway.get("dt-snv", "/api/plans/" + planId), 404, null);
        assertThat(expect(gateway.get("central", "/api/plans/" + planId), 200)
                        .get("title")
                        .asString())
                .isEqualTo(seed.get("title").asString());
    }

    /**
     * The seed gives durations only: 5, 15 and 20 minutes, the chair's prompt without time, eight contributions of
     * 07 minutes each, a 15-minute break, two experts of 15 minutes, then the provincial party committee and the
     * chair's conclusion without time. Until the plan is approved agenda-service does not know that it starts at
     * 08:00, so the draft's timeline has the lengths and the order but no clock times yet.
     */
    @Test
    @Order(2)
    void theOfficeWritesTheAgendaOfDurations() {
        Steps.writeAgenda(gateway, OFFICE, planId, Seeds.read(Seeds.DONG_THAP_AGENDA));

        JsonNode timeline = expect(gateway.get(OFFICE, "/api/plans/" + planId + "/agenda/timeline"), 200);

        assertThat(timeline.get("anchored").asBoolean()).isFalse();
        assertThat(timeline.at("/warnings/0/code").asString()).isEqualTo("SESSION_START_UNKNOWN");
        assertThat(Steps.list(timeline.get("items")))
                .extracting(item -> item.get("minutes").asInt())
                .containsExactly(5, 15, 20, 0, 56, 15, 15, 15, 0, 0);
        assertThat(timeline.get("totalMinutes").asInt()).isEqualTo(141);
        refused(gateway.post(OFFICE, "/api/plans/" + planId + "/agenda/publish", Map.of()), 409, "plan-not-approved");
    }

    @Test
    @Order(3)
    void theOfficeSubmitsAndTheChairmanSignsIt() {
        refused(gateway.post(OFFICE, "/api/plans/" + planId + "/approve", Map.of()), 403, null);
        JsonNode submittedPlan = expect(gateway.post(OFFICE, "/api/plans/" + planId + "/submit", Map.of()), 200);
        assertThat(submittedPlan.get("status").asString()).isEqualTo("SUBMITTED");
        int next = expect(gateway.get(OFFICE, "/api/registers/DT-UBND/2021"), 200)
                .get("nextNumber")
                .asInt();

        JsonNode approved = expect(
                gateway.post(APPROVER, "/api/plans/" + planId + "/approve", Map.of("issuedOn", "2021-06-28")), 200);

        number = next + "/KH-UBND";
        assertThat(approved.get("status").asString())
                .as("an exact time is scheduled at once")
                .isEqualTo("SCHEDULED");
        assertThat(approved.get("documentNumber").asString()).isEqualTo(number);
        assertThat(approved.get("issuedOn").asString()).isEqualTo("2021-06-28");
        assertThat(approved.get("approvedBy").asString()).isEqualTo(APPROVER);
        JsonNode register = expect(gateway.get(OFFICE, "/api/registers/DT-UBND/2021"), 200);
        assertThat(counts(register, "lastUsed", "nextNumber")).containsExactly(next, next + 1);
    }

    @Test
    @Order(4)
    void theApprovedPlanInvitesItsCompositionByEmailWithCalendarFiles() {
        // Every one of the 52 composition lines names a unit: 13 chairmen's seats (count 1) and 39 lines without a
        // count ("Đại diện lãnh đạo", "Thủ trưởng các Phòng…", the communes' chairmen), whose units name how many
        // they send; and the two outside guests.
        JsonNode invitations = Await.until(
                "the 54 invitations of the composition",
                () -> gateway.all(OFFICE, "/api/plans/" + planId + "/invitations"),
                list -> list.size() >= 54);
        assertThat(invitations).hasSize(54);
        List<JsonNode> quotas = all(invitations, i -> i.at("/invitee/unitCode").isString());
        assertThat(all(
                        invitations,
                        i -> i.at("/invitee/unitCode").isString()
                                && i.get("seats").asInt() == 1))
                .hasSize(13);
        assertThat(all(
                        invitations,
                        i -> i.at("/invitee/unitCode").isString()
                                && i.get("seats").asInt() == 0))
                .as("the unit decides how many")
                .hasSize(39);
        assertThat(quotas).hasSize(52).allSatisfy(quota -> {
            assertThat(quota.get("kind").asString()).isEqualTo("SEAT_QUOTA");
            assertThat(quota.get("bridgePointCode").asString()).startsWith("DC-");
            assertThat(quota.get("online").asBoolean())
                    .as("joining through a bridge point")
                    .isTrue();
        });
        assertThat(only(invitations, "the chairman's seat", field("/invitee/unitCode", "DT-UBND"))
                        .get("bridgePointCode")
                        .asString())
                .isEqualTo("DC-TINH");
        JsonNode ministry = only(
                invitations,
                "the ministry's representative",
                field("/invitee/organisation", "Vụ Cải cách hành chính – Bộ Nội vụ"));
        assertThat(ministry.get("kind").asString())
                .as("a seat for whoever the ministry sends")
                .isEqualTo("SEAT_QUOTA");
        assertThat(ministry.at("/invitee/category").asString()).isEqualTo("GUEST");
        JsonNode expert = only(invitations, "the UNDP expert", field("/invitee/name", "Bà Đỗ Thanh Huyền"));
        assertThat(expert.get("kind").asString()).isEqualTo("PERSONAL");
        assertThat(expert.at("/invitee/category").asString()).isEqualTo("GUEST");
        assertThat(expert.get("online").asBoolean()).isTrue();
        assertThat(expert.at("/invitee/email").isNull())
                .as("the plan names no address")
                .isTrue();
        expertInvitation = expert.get("id").asString();
        invitations.forEach(invitation -> assertThat(
                        OffsetDateTime.parse(invitation.get("answerDeadline").asString()))
                .isEqualTo(START.minusDays(1)));

        ADDRESSED.forEach((unit, address) -> {
            String invitationId = only(
                            invitations,
                            unit + "'s chairman's seat",
                            field("/invitee/unitCode", unit)
                                    .and(i -> i.get("seats").asInt() == 1))
                    .get("id")
                    .asString();
            Mailbox.Mail mail = mailbox.await(
                            address,
                            m -> m.subject().startsWith(INVITATION_SUBJECT)
                                    && m.text().contains("/moi/" + invitationId + "?sig="),
                            1)
                    .getFirst();
            assertThat(mail.text())
                    .contains("Căn cứ Kế hoạch số " + number + " ngày 28/6/2021 của Ủy ban nhân dân tỉnh Đồng Tháp. "
                            + "Kế hoạch này thay thư mời.")
                    .contains("Thời gian: 8 giờ, thứ Tư, ngày 7/7/2021");
            String calendar = Steps.unfolded(Steps.calendarOf(mailbox, mail));
            assertThat(calendar)
                    .contains(
                            "METHOD:REQUEST",
                            "DTSTART;TZID=Asia/Ho_Chi_Minh:20210707T080000",
                            "UID:" + planId + "@conference.gov.vn",
                            "SEQUENCE:0");
            invitationLinks.put(unit, mail.link("/moi/" + invitationId + "?sig="));
        });
        assertThat(mailbox.await(ADDRESSED.get("DT-CAOLANH"), INVITATION_SUBJECT)
                        .text())
                .contains("Điểm cầu: Điểm cầu UBND thành phố Cao Lãnh");

        requests = Await.until(
                "the 15 material requests",
                () -> gateway.all(OFFICE, "/api/plans/" + planId + "/material-requests"),
                list -> list.size() >= 15);
        assertThat(requests).hasSize(15).allSatisfy(request -> {
            assertThat(request.get("status").asString()).isEqualTo("OPEN");
            assertThat(request.get("deadline").isNull()).isTrue();
        });
        CONTRIBUTORS
                .keySet()
                .forEach(assignment -> assertThat(all(requests, field("/assignmentId", assignment)))
                        .singleElement()
                        .satisfies(r -> assertThat(r.get("kind").asString()).isEqualTo("DISCUSSION_PAPER")));

        JsonNode readiness =
                Steps.awaitReadiness(gateway, OFFICE, planId, List.of(54, 0, 0, 0, 54, 0), List.of(15, 0, 0, 0, 0, 0));
        assertThat(readiness.at("/agenda/published").asBoolean()).isFalse();
        assertThat(readiness.get("ready").asBoolean()).isFalse();
    }

    /** Approved, the plan gives agenda-service its start, 08:00 07/7/2021: every item gets the seed's times. */
    @Test
    @Order(5)
    void theAgendaComesOutAtTheSeedsOwnTimesAndIsPublished() {
        JsonNode timeline = Await.until(
                "agenda-service to learn the plan's start",
                () -> expect(gateway.get(OFFICE, "/api/plans/" + planId + "/agenda/timeline"), 200),
                t -> t.get("anchored").asBoolean());
        assertThat(timeline.get("date").asString()).isEqualTo("2021-07-07");
        assertThat(timeline.get("sessionStart").asString()).isEqualTo("08:00");
        assertThat(timeline.get("sessionEnd").asString()).isEqualTo("10:21");
        assertThat(OffsetDateTime.parse(timeline.get("start").asString())).isEqualTo(START);
        assertThat(timeline.get("totalMinutes").asInt()).isEqualTo(141);
        assertThat(slots(timeline.get("items")))
                .containsExactly(
                        tuple("1", "08:00", "08:05"),
                        tuple("2", "08:05", "08:20"),
                        tuple("3", "08:20", "08:40"),
                        tuple("4", null, null),
                        tuple("5", "08:40", "09:36"),
                        tuple("6", "09:36", "09:51"),
                        tuple("7", "09:51", "10:06"),
                        tuple("8", "10:06", "10:21"),
                        tuple("9", null, null),
                        tuple("10", null, null));
        JsonNode block = only(timeline.get("items"), "contribution block", field("/id", "tham-luan"));
        List<Tuple> turns = new ArrayList<>();
        block.get("contributions")
                .forEach(turn -> turns.add(tuple(
                        turn.get("number").asString(),
                        turn.at("/presenters/0/unit").asString(),
                        turn.get("from").asString(),
                        turn.get("to").asString())));
        assertThat(turns)
                .containsExactly(
                        tuple("5.1", "DT-CHAUTHANH", "08:40", "08:47"), tuple("5.2", "DT-HONGNGU", "08:47", "08:54"),
                        tuple("5.3", "DT-SADEC", "08:54", "09:01"), tuple("5.4", "DT-TAMNONG", "09:01", "09:08"),
                        tuple("5.5", "DT-CAOLANH", "09:08", "09:15"), tuple("5.6", "DT-MTTQ", "09:15", "09:22"),
                        tuple("5.7", "DT-SKHDT", "09:22", "09:29"), tuple("5.8", "DT-STTTT", "09:29", "09:36"));
        List<Tuple> warnings = new ArrayList<>();
        timeline.get("warnings")
                .forEach(w -> warnings.add(tuple(
                        w.get("code").asString(),
                        w.get("itemId").asString(),
                        w.get("blocksPublication").asBoolean())));
        assertThat(warnings)
                .containsExactly(
                        tuple("NO_TIME", "goi-y-thao-luan", false),
                        tuple("NO_TIME", "y-kien-tinh-uy", false),
                        tuple("NO_TIME", "ket-luan", false));
        refused(gateway.post("dt-snv", "/api/plans/" + planId + "/agenda/publish", Map.of()), 403, null);

        expect(Steps.publishAgenda(gateway, OFFICE, planId), 200);

        JsonNode agenda = expect(gateway.get(OFFICE, "/api/plans/" + planId + "/agenda"), 200);
        assertThat(agenda.get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(agenda.get("revision").asInt()).isEqualTo(1);
        refused(gateway.post(OFFICE, "/api/plans/" + planId + "/agenda/publish", Map.of()), 409, "already-published");
        JsonNode readiness = Await.until(
                "readiness to show the published agenda",
                () -> expect(gateway.get(OFFICE, "/api/plans/" + planId + "/readiness"), 200),
                r -> r.at("/agenda/published").asBoolean());
        assertThat(readiness.at("/agenda/revision").asInt()).isEqualTo(1);
        assertThat(OffsetDateTime.parse(readiness.at("/agenda/sessionStart").asString()))
                .isEqualTo(START);
        assertThat(OffsetDateTime.parse(readiness.at("/agenda/sessionEnd").asString()))
                .isEqualTo(START.withHour(10).withMinute(21));
    }

    /**
     * Cao Lãnh names its chairman for its seat; he sends his deputy instead, who accepts. Sa Đéc declines with its
     * reason. The office records by phone that the UNDP expert, whom the plan names without an address, will join.
     */
    @Test
    @Order(6)
    void delegatesAnswerThroughTheLinksInTheirEmails() {
        String caoLanh = invitationLinks.get("DT-CAOLANH");
        JsonNode seen = expect(gateway.follow(Steps.apiOf(caoLanh)), 200);
        assertThat(seen.at("/conference/documentNumber").asString()).isEqualTo(number);
        assertThat(seen.at("/invitation/bridgePoint/name").asString()).isEqualTo("Điểm cầu UBND thành phố Cao Lãnh");
        assertThat(seen.at("/invitation/kind").asString()).isEqualTo("SEAT_QUOTA");
        assertThat(Seeds.texts(seen.get("possibleAnswers"), null)).containsExactly("NAME_DELEGATES", "DECLINE");
        refused(
                gateway.postTo(Steps.answerLink(caoLanh), Map.of("answer", "ACCEPT")),
                409,
                "seat-quota-needs-delegates");

        JsonNode named = expect(
                gateway.postTo(
                        Steps.answerLink(caoLanh),
                        Map.of(
                                "answer",
                                "NAME_DELEGATES",
                                "delegates",
                                List.of(Map.of(
                                        "name",
                                        "Trần Văn Lâm",
                                        "position",
                                        "Chủ tịch UBND thành phố Cao Lãnh",
                                        "email",
                                        LAM)))),
                200);
        assertThat(named.at("/invitation/status").asString()).isEqualTo("DELEGATES_NAMED");
        JsonNode lam = named.at("/created/0");
        assertThat(lam.get("origin").asString()).isEqualTo("NAMED_BY_UNIT");
        assertThat(lam.get("bridgePointCode").asString()).isEqualTo("DC-CAOLANH");
        lamInvitation = lam.get("id").asString();

        Mailbox.Mail toLam = mailbox.await(LAM, INVITATION_SUBJECT);
        assertThat(toLam.text())
                .contains("Mã điểm danh của Ông/Bà: " + lam.get("code").asString());
        assertThat(Steps.calendarOf(mailbox, toLam)).contains("METHOD:REQUEST");
        JsonNode substituted = expect(
                gateway.postTo(
                        Steps.answerLink(toLam.link("/moi/")),
                        Map.of(
                                "answer",
                                "SUBSTITUTE",
                                "reason",
                                "Bận tiếp đoàn công tác của Trung ương",
                                "substitute",
                                Map.of(
                                        "name",
                                        "Nguyễn Thị Hạnh",
                                        "position",
                                        "Phó Chủ tịch UBND thành phố Cao Lãnh",
                                        "email",
                                        HANH))),
                200);
        assertThat(substituted.at("/invitation/status").asString()).isEqualTo("SUBSTITUTED");
        hanhInvitation = substituted.at("/created/0/id").asString();
        assertThat(substituted.at("/created/0/origin").asString()).isEqualTo("SUBSTITUTE");

        Mailbox.Mail toHanh = mailbox.await(HANH, INVITATION_SUBJECT);
        hanhCheckIn = Steps.checkInLink(mailbox, toHanh);
        assertThat(hanhCheckIn).contains("/api/invitations/" + hanhInvitation + "/check-in?sig=");
        JsonNode accepted =
                expect(gateway.postTo(Steps.answerLink(toHanh.link("/moi/")), Map.of("answer", "ACCEPT")), 200);
        assertThat(accepted.at("/invitation/status").asString()).isEqualTo("ACCEPTED");
        refused(gateway.postTo(hanhCheckIn, Map.of("presence", "ONLINE")), 409, "check-in-not-open");

        String saDec = Steps.answerLink(invitationLinks.get("DT-SADEC"));
        refused(gateway.postTo(saDec, Map.of("answer", "DECLINE")), 400, "reason-required");
        expect(gateway.postTo(saDec, Map.of("answer", "DECLINE", "reason", "Trùng lịch tiếp công dân định kỳ")), 200);
        refused(gateway.postTo(saDec, Map.of("answer", "DECLINE", "reason", "Lần nữa")), 409, "already-answered");
        refused(
                gateway.postTo(Steps.tampered(saDec), Map.of("answer", "DECLINE", "reason", "Giả mạo")),
                403,
                "invalid-link");

        JsonNode byPhone = expect(
                gateway.post(OFFICE, "/api/invitations/" + expertInvitation + "/answer", Map.of("answer", "ACCEPT")),
                200);
        assertThat(byPhone.at("/invitation/answer/channel").asString()).isEqualTo("OFFICE");
        refused(
                gateway.post(
                        "tg-office",
                        "/api/invitations/" + expertInvitation + "/answer",
                        Map.of("answer", "DECLINE", "reason", "Không")),
                404,
                null);

        JsonNode declined = gateway.all(OFFICE, "/api/plans/" + planId + "/invitations?status=DECLINED");
        assertThat(declined).singleElement().satisfies(d -> {
            assertThat(d.at("/invitee/unitCode").asString()).isEqualTo("DT-SADEC");
            assertThat(d.at("/answer/reason").asString()).isEqualTo("Trùng lịch tiếp công dân định kỳ");
        });
        // 54 + Lâm + Hạnh; accepted: Cao Lãnh's seat (delegates named), Hạnh, the expert; Sa Đéc declined; Lâm
        // sent a substitute.
        Steps.awaitReadiness(gateway, OFFICE, planId, List.of(56, 3, 1, 1, 51, 0), List.of(15, 0, 0, 0, 0, 0));
    }

    @Test
    @Order(7)
    void departmentsAndDistrictsSubmitTheirMaterials() {
        JsonNode own = gateway.all("dt-snv", "/api/plans/" + planId + "/material-requests");
        assertThat(own)
                .hasSize(5)
                .allSatisfy(r -> assertThat(r.at("/owner/code").asString()).isEqualTo("DT-SNV"));
        int report = 0;
        for (JsonNode request : own) {
            submit(
                    "dt-snv",
                    request,
                    "Sở Nội vụ - tài liệu số " + ++report + ".pdf",
                    SampleFiles.PDF,
                    SampleFiles.pdf(request.get("title").asString()));
        }
        CONTRIBUTORS.forEach((assignment, client) -> {
            JsonNode request = request(assignment);
            submit(
                    client,
                    request,
                    "Tham luận " + request.at("/owner/name").asString() + ".docx",
                    SampleFiles.DOCX,
                    SampleFiles.docx(request.get("title").asString()));
        });

        JsonNode hongNgu = request("tham-luan-hong-ngu");
        refused(
                gateway.upload(
                        "dt-chauthanh",
                        "/api/material-requests/" + hongNgu.get("id").asString() + "/submissions",
                        "Tham luận.docx",
                        SampleFiles.DOCX,
                        SampleFiles.docx("Không phải của mình")),
                403,
                "other-unit");
        refused(
                gateway.get(
                        "dt-chauthanh",
                        "/api/material-requests/" + hongNgu.get("id").asString()),
                403,
                "other-unit");
        refused(
                gateway.get(
                        "tg-snv", "/api/material-requests/" + hongNgu.get("id").asString()),
                404,
                null);
        JsonNode taiLieu = only(own, "the conference documents", field("/assignmentId", "snv-tai-lieu"));
        refused(
                gateway.upload(
                        "dt-snv",
                        "/api/material-requests/" + taiLieu.get("id").asString() + "/submissions",
                        "Tài liệu hội nghị.pdf",
                        SampleFiles.PDF,
                        SampleFiles.docx("Một tệp Word mang tên PDF")),
                415,
                "content-type-mismatch");
        assertThat(expect(
                                gateway.get(
                                        OFFICE,
                                        "/api/material-requests/"
                                                + taiLieu.get("id").asString()),
                                200)
                        .get("versions")
                        .asInt())
                .as("the refused file is not a version")
                .isEqualTo(1);

        Steps.awaitReadiness(gateway, OFFICE, planId, List.of(56, 3, 1, 1, 51, 0), List.of(15, 13, 0, 0, 0, 0));
    }

    /** The plan names no recipient for these materials: the office reviews them. */
    @Test
    @Order(8)
    void theOfficeReviewsTheMaterialsAndReturnsOnePaperForAnotherVersion() {
        JsonNode tamNong = request("tham-luan-tam-nong");
        String tamNongId = tamNong.get("id").asString();
        refused(
                gateway.post("dt-snv", "/api/material-requests/" + tamNongId + "/accept", Map.of()),
                403,
                "not-recipient");
        JsonNode returned = expect(
                gateway.post(
                        OFFICE,
                        "/api/material-requests/" + tamNongId + "/return",
                        Map.of("comment", "Đề nghị bổ sung số liệu năm 2020 của mô hình.")),
                200);
        assertThat(returned.get("status").asString()).isEqualTo("RETURNED");
        Steps.awaitReadiness(gateway, OFFICE, planId, List.of(56, 3, 1, 1, 51, 0), List.of(15, 13, 0, 1, 0, 0));
        JsonNode second = submit(
                "dt-tamnong",
                tamNong,
                "Tham luận Tam Nông (bổ sung).docx",
                SampleFiles.DOCX,
                SampleFiles.docx(tamNong.get("title").asString() + " - bổ sung số liệu năm 2020"));
        assertThat(second.get("version").asInt()).isEqualTo(2);

        for (String requestId : submitted.keySet()) {
            JsonNode accepted =
                    expect(gateway.post(OFFICE, "/api/material-requests/" + requestId + "/accept", Map.of()), 200);
            assertThat(accepted.get("status").asString()).isEqualTo("ACCEPTED");
            assertThat(accepted.at("/latest/sha256").asString()).isEqualTo(submitted.get(requestId));
        }

        // The office's own two drafts (the chairman's speech, the conclusion notice) are still to come.
        JsonNode readiness = Steps.awaitReadiness(
                gateway, OFFICE, planId, List.of(56, 3, 1, 1, 51, 0), List.of(15, 13, 13, 0, 0, 0));
        assertThat(readiness.get("ready").asBoolean()).isFalse();
    }

    @Test
    @Order(9)
    void theOfficePublishesTheMaterialsAndDelegatesReadThemOnThePortal() {
        requests = gateway.all(OFFICE, "/api/plans/" + planId + "/material-requests");
        List<Map<String, Object>> documents = new ArrayList<>();
        for (JsonNode request : requests) {
            String assignment = request.get("assignmentId").asString();
            if (!request.get("status").asString().equals("ACCEPTED")) {
                continue;
            }
            String item = switch (assignment) {
                case "snv-mo-hinh" -> "bao-cao-mo-hinh-cchc";
                case "snv-chi-so" -> "bao-cao-papi-par";
                case "snv-tai-lieu" -> null;
                default -> "tham-luan";
            };
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("documentId", request.get("documentId").asString());
            document.put("agendaItemId", item);
            documents.add(document);
        }
        assertThat(documents).hasSize(13);
        refused(
                gateway.post("dt-snv", "/api/plans/" + planId + "/publications", Map.of("documents", documents)),
                403,
                null);

        JsonNode portal = expect(
                gateway.post(OFFICE, "/api/plans/" + planId + "/publications", Map.of("documents", documents)), 201);

        JsonNode reports = only(portal.get("sections"), "item 2", field("/agendaItemId", "bao-cao-mo-hinh-cchc"));
        assertThat(reports.get("heading").asString()).startsWith("2. Báo cáo đánh giá kết quả triển khai các mô hình");
        assertThat(reports.get("materials")).hasSize(2);
        assertThat(only(portal.get("sections"), "item 5", field("/agendaItemId", "tham-luan"))
                        .get("materials"))
                .hasSize(8);
        assertThat(only(
                                portal.get("sections"),
                                "general materials",
                                s -> s.get("agendaItemId").isNull())
                        .get("heading")
                        .asString())
                .isEqualTo("Tài liệu chung");

        // Everyone still expected is told: Hạnh, and the units whose seats are open or filled; not Sa Đéc's
        // chairman's seat (declined; its two other lines are still open) nor Lâm (sent his deputy).
        String subject = "Tài liệu hội nghị trực tuyến về tổng kết";
        Mailbox.Mail toHanh = mailbox.await(HANH, subject);
        for (String unit : List.of("DT-UBND", "DT-CAOLANH", "DT-HONGNGU", "DT-TAMNONG", "DT-CHAUTHANH")) {
            mailbox.await(ADDRESSED.get(unit), subject);
        }
        assertThat(mailbox.await(ADDRESSED.get("DT-SADEC"), m -> m.subject().startsWith(subject), 2))
                .hasSize(2);
        assertThat(mailbox.to(LAM)).noneMatch(m -> m.subject().startsWith(subject));

        String link = Steps.apiOf(toHanh.link("/tai-lieu/" + planId + "?sig="));
        JsonNode seen = expect(gateway.follow(link), 200);
        JsonNode caoLanh = only(
                only(seen.get("sections"), "item 5", field("/agendaItemId", "tham-luan"))
                        .get("materials"),
                "Cao Lãnh's contribution",
                field("/owner/code", "DT-CAOLANH"));
        Response download =
                gateway.follow(gateway.baseUrl() + caoLanh.get("downloadPath").asString());
        assertThat(download.status()).isEqualTo(200);
        assertThat(SampleFiles.sha256(download.bytes()))
                .isEqualTo(caoLanh.get("sha256").asString())
                .isEqualTo(submitted.get(request("tham-luan-cao-lanh").get("id").asString()));
        assertThat(download.header("Content-Disposition"))
                .hasValueSatisfying(disposition -> assertThat(disposition).contains("filename*="));
        refused(gateway.follow(Steps.tampered(link)), 403, "invalid-link");
        refused(gateway.get(null, "/api/plans/" + planId + "/portal"), 401, null);

        JsonNode readiness = Await.until(
                "readiness to show the materials published",
                () -> expect(gateway.get(OFFICE, "/api/plans/" + planId + "/readiness"), 200),
                r -> r.at("/materials/published").asBoolean());
        assertThat(readiness.at("/materials/publishedAt").isNull()).isFalse();
    }

    /** The stack restarts with its clock on the morning of 7/7/2021; data, topics and offsets carry over. */
    @Test
    @Order(10)
    void onTheDayDelegatesCheckInOnline() {
        use(EndToEndStack.at(Moments.DONG_THAP_CONFERENCE_DAY));

        JsonNode hanh = expect(gateway.postTo(hanhCheckIn, Map.of("presence", "ONLINE")), 200);
        assertThat(hanh.at("/checkIn/presence").asString()).isEqualTo("ONLINE");
        assertThat(hanh.at("/checkIn/bridgePointCode").asString()).isEqualTo("DC-CAOLANH");
        assertThat(hanh.at("/checkIn/channel").asString()).isEqualTo("LINK");
        refused(gateway.postTo(hanhCheckIn, Map.of("presence", "ONLINE")), 409, "already-checked-in");
        JsonNode expert = expect(
                gateway.post(
                        OFFICE, "/api/invitations/" + expertInvitation + "/check-in", Map.of("presence", "ONLINE")),
                200);
        assertThat(expert.at("/checkIn/channel").asString()).isEqualTo("OFFICE");
        refused(
                gateway.post(OFFICE, "/api/invitations/" + lamInvitation + "/check-in", Map.of("presence", "ONLINE")),
                409,
                "not-attending");

        Steps.awaitReadiness(gateway, OFFICE, planId, List.of(56, 3, 1, 1, 51, 2), List.of(15, 13, 13, 0, 0, 0));
        JsonNode attendance = expect(gateway.get(OFFICE, "/api/plans/" + planId + "/attendance"), 200);
        assertThat(counts(attendance.get("totals"), "presentInPerson", "presentOnline", "absent"))
                .as("Hạnh and the expert online; Sa Đéc's declined seat")
                .containsExactly(0, 2, 1);
        assertThat(attendance.at("/totals/absences/0/reason").asString()).isEqualTo("Trùng lịch tiếp công dân định kỳ");
        assertThat(only(attendance.get("lines"), "Cao Lãnh's line", field("/unitCode", "DT-CAOLANH"))
                        .get("presentOnline")
                        .asInt())
                .isEqualTo(1);
    }

    private JsonNode request(String assignment) {
        return only(requests, assignment, field("/assignmentId", assignment));
    }

    /** Uploads as {@code client} and checks what documents-service recorded: not late (no deadline), same bytes. */
    private JsonNode submit(String client, JsonNode request, String fileName, String contentType, byte[] content) {
        String id = request.get("id").asString();
        JsonNode version = expect(
                gateway.upload(client, "/api/material-requests/" + id + "/submissions", fileName, contentType, content),
                201);
        assertThat(version.get("sha256").asString()).isEqualTo(SampleFiles.sha256(content));
        assertThat(version.get("size").asLong()).isEqualTo(content.length);
        assertThat(version.get("contentType").asString()).isEqualTo(contentType);
        assertThat(version.get("fileName").asString()).isEqualTo(fileName);
        assertThat(version.get("late").asBoolean()).isFalse();
        submitted.put(id, version.get("sha256").asString());
        return version;
    }

    private static List<Tuple> slots(JsonNode items) {
        List<Tuple> slots = new ArrayList<>();
        items.forEach(item -> slots.add(tuple(
                item.path("number").asString(null),
                item.path("from").asString(null),
                item.path("to").asString(null))));
        return slots;
    }
}
