package vn.gov.conference.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.gov.conference.e2e.Gateway.expect;
import static vn.gov.conference.e2e.Gateway.refused;
import static vn.gov.conference.e2e.Steps.all;
import static vn.gov.conference.e2e.Steps.counts;
import static vn.gov.conference.e2e.Steps.field;
import static vn.gov.conference.e2e.Steps.only;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
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
 * Seed 000, end to end through the gateway: Tiền Giang's plan 276/KH-UBND of 18/7/2024, an in-person conference
 * "dự kiến quý 3 năm 2024" with an agenda of clock times (7:30–11:15), reports due before 30/7 and draft speeches
 * due before 25/7 to Sở Nội vụ, who consolidates them for the office (a chain). The office drafts it, the register
 * is set to 276, the chairman signs and later schedules it, districts answer their invitations, departments submit
 * (the draft speeches late), Sở Nội vụ reviews and consolidates, the office publishes the reports for delegates, who
 * read them on the portal and check in on the day.
 *
 * <p>The preparation happens on the morning of 26/7/2024, after the draft-speech deadline and before the report
 * deadline, as the demo mode tells it; the check-in on 08/8/2024, the day the chairman fixes.
 */
@Order(3)
@ExtendWith({EndToEndStack.Lifecycle.class, StopAfterFirstFailure.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TienGiangScenarioTests {

    private static final String OFFICE = "tg-office";
    private static final String APPROVER = "tg-approver";
    private static final String CONFERENCE = "Hội nghị đánh giá các chỉ số: PAR Index, SIPAS, PAPI, PCI, DTI, "
            + "ICT Index, PACA năm 2023 của tỉnh Tiền Giang";
    private static final String MY_THO = "mytho@tiengiang.conference.example";
    private static final String GO_CONG = "gocong@tiengiang.conference.example";
    private static final String CAI_LAY = "cailay@tiengiang.conference.example";
    private static final String HUNG = "hung.nv@mytho.conference.example";
    private static final String TUAN = "tuan.lm@mytho.conference.example";
    private static final String MAI = "mai.pt@mytho.conference.example";
    private static final String BINH = "binh.vv@mytho.conference.example";
    /** The reports each department owes the office before 30/7, and the agenda item each is presented at. */
    private static final Map<String, String> REPORTS = new LinkedHashMap<>();

    private static final Map<String, String> REPORT_ITEMS = Map.of(
            "snv-bao-cao",
            "bao-cao-par-sipas-papi",
            "mttq-bao-cao",
            "bao-cao-khao-sat-papi",
            "stttt-bao-cao",
            "bao-cao-dti-ict",
            "skhdt-bao-cao",
            "bao-cao-pci",
            "ttt-bao-cao",
            "bao-cao-paca");

    static {
        REPORTS.put("snv-bao-cao", "tg-snv");
        REPORTS.put("skhdt-bao-cao", "tg-skhdt");
        REPORTS.put("stttt-bao-cao", "tg-stttt");
        REPORTS.put("ttt-bao-cao", "tg-ttt");
        REPORTS.put("mttq-bao-cao", "tg-mttq");
    }

    private final ObjectNode seed = Seeds.read(Seeds.TIEN_GIANG_PLAN);
    private Gateway gateway;
    private Mailbox mailbox;
    private String planId;
    /** "UNIT/seats" → the link of that seat quota's invitation letter. */
    private final Map<String, String> invitationLinks = new LinkedHashMap<>();

    private String hungCheckIn;
    private String maiCheckIn;
    private String maiInvitation;
    private String tuanInvitation;
    private String binhCode;
    private JsonNode requests;
    private final Map<String, String> documents = new LinkedHashMap<>();

    @BeforeAll
    void preparationOnTheMorningOf26July2024() {
        use(EndToEndStack.at(Moments.TIEN_GIANG_PREPARATION));
    }

    private void use(EndToEndStack.Running stack) {
        gateway = stack.gateway();
        mailbox = stack.mailbox();
    }

    @Test
    @Order(1)
    void theOfficeDraftsPlan276WithEverythingTheSeedSays() {
        JsonNode plan = expect(gateway.post(OFFICE, "/api/plans", seed), 201);
        planId = plan.get("id").asString();

        JsonNode stored = expect(gateway.get(OFFICE, "/api/plans/" + planId), 200);
        PlanContent.assertSame(seed, stored);
        assertThat(stored.get("status").asString()).isEqualTo("DRAFT");
        assertThat(stored.get("format").asString()).isEqualTo("IN_PERSON");
        assertThat(stored.at("/time/exact").asBoolean()).isFalse();
        assertThat(stored.at("/time/windowStart").asString()).isEqualTo("2024-07-01");
        assertThat(stored.at("/time/windowEnd").asString()).isEqualTo("2024-09-30");
        assertThat(stored.at("/participants/statedTotal").asInt()).isEqualTo(130);
        assertThat(OffsetDateTime.parse(
                        only(stored.get("assignments"), "the PCI speech draft", field("/id", "skhdt-phat-bieu"))
                                .get("deadline")
                                .asString()))
                .as("before 25/7: the first late instant is midnight")
                .isEqualTo(at("2024-07-25T00:00"));
        assertThat(OffsetDateTime.parse(
                        only(stored.get("assignments"), "the consolidation", field("/id", "snv-chuong-trinh"))
                                .get("deadline")
                                .asString()))
                .isEqualTo(at("2024-07-30T00:00"));

        refused(gateway.get("dt-office", "/api/plans/" + planId), 404, null);
        ObjectNode elsewhere = seed.deepCopy();
        elsewhere.put("province", "dong-thap");
        refused(gateway.post(OFFICE, "/api/plans", elsewhere), 403, "other-province");
    }

    /** Clock ranges in the seed: the engine keeps every one of them, and the printout writes them as the seed does. */
    @Test
    @Order(2)
    void theAgendaComesOutAtTheSeedsOwnClockTimes() {
        Steps.writeAgenda(gateway, OFFICE, planId, Seeds.read(Seeds.TIEN_GIANG_AGENDA));

        JsonNode timeline = expect(gateway.get(OFFICE, "/api/plans/" + planId + "/agenda/timeline"), 200);

        assertThat(timeline.get("anchored").asBoolean()).isTrue();
        assertThat(timeline.get("date").isNull()).as("the day is not fixed yet").isTrue();
        assertThat(timeline.get("sessionStart").asString()).isEqualTo("07:30");
        assertThat(timeline.get("sessionEnd").asString()).isEqualTo("11:15");
        assertThat(timeline.get("totalMinutes").asInt()).isEqualTo(225);
        assertThat(timeline.get("warnings")).isEmpty();
        List<Tuple> slots = new ArrayList<>();
        timeline.get("items")
                .forEach(item -> slots.add(tuple(
                        item.path("number").asString(null),
                        item.get("from").asString(),
                        item.get("to").asString())));
        assertThat(slots)
                .containsExactly(
                        tuple("1", "07:30", "08:00"),
                        tuple("2", "08:00", "08:05"),
                        tuple("3", "08:05", "08:30"),
                        tuple("4", "08:30", "08:40"),
                        tuple("5", "08:40", "09:00"),
                        tuple("6", "09:00", "09:15"),
                        tuple("7", "09:15", "09:30"),
                        tuple(null, "09:30", "09:45"),
                        tuple("8", "09:45", "10:45"),
                        tuple("9", "10:45", "11:15"));
        assertThat(counts(
                        timeline.get("minutesByKind"),
                        "RECEPTION",
                        "OPENING",
                        "REPORT",
                        "BREAK",
                        "DISCUSSION",
                        "DIRECTIVE_SPEECH"))
                .containsExactly(30, 5, 85, 15, 60, 30);

        Response printout = gateway.get(OFFICE, "/api/plans/" + planId + "/agenda/print");
        assertThat(printout.status()).isEqualTo(200);
        assertThat(printout.contentType()).startsWith("text/html");
        assertThat(printout.body())
                .contains(
                        "7 giờ 30 - 8 giờ",
                        "8 giờ - 8 giờ 05",
                        "8 giờ 05 - 8 giờ 30",
                        "8 giờ 30 - 8 giờ 40",
                        "8 giờ 40 - 9 giờ",
                        "9 giờ - 9 giờ 15",
                        "9 giờ 15 - 9 giờ 30",
                        "9 giờ 30 - 9 giờ 45",
                        "9 giờ 45 - 10 giờ 45",
                        "10 giờ 45 - 11 giờ 15",
                        "Nghỉ giữa giờ");
    }

    @Test
    @Order(3)
    void theOfficeSetsTheRegisterAndTheChairmanSignsThePlanAs276() {
        assertThat(expect(gateway.post(OFFICE, "/api/plans/" + planId + "/submit", Map.of()), 200)
                        .get("status")
                        .asString())
                .isEqualTo("SUBMITTED");
        refused(gateway.get("tg-snv", "/api/plans/" + planId), 404, null);

        refused(gateway.put(APPROVER, "/api/registers/TG-UBND/2024", Map.of("nextNumber", 276)), 403, null);
        refused(gateway.put("dt-office", "/api/registers/TG-UBND/2024", Map.of("nextNumber", 276)), 404, null);
        JsonNode register = expect(gateway.put(OFFICE, "/api/registers/TG-UBND/2024", Map.of("nextNumber", 276)), 200);
        assertThat(register.get("nextNumber").asInt()).isEqualTo(276);

        JsonNode approved = expect(
                gateway.post(APPROVER, "/api/plans/" + planId + "/approve", Map.of("issuedOn", "2024-07-18")), 200);

        assertThat(approved.get("documentNumber").asString()).isEqualTo("276/KH-UBND");
        assertThat(approved.get("issuedOn").asString()).isEqualTo("2024-07-18");
        assertThat(approved.get("status").asString())
                .as("its time is still tentative")
                .isEqualTo("APPROVED");
        assertThat(counts(expect(gateway.get(OFFICE, "/api/registers/TG-UBND/2024"), 200), "lastUsed", "nextNumber"))
                .containsExactly(276, 277);
        refused(gateway.put(OFFICE, "/api/registers/TG-UBND/2024", Map.of("nextNumber", 270)), 409, "register-passed");
    }

    @Test
    @Order(4)
    void theSignedPlanInvitesTheDistrictsAndAsksTheDepartmentsForTheirMaterials() {
        // 22 lines with a count (the districts' chairmen and leaders) and 18 without ("Thủ trưởng…", "Đại diện lãnh
        // đạo…"), whose units name how many they send: the departments, the five presenting reports among them.
        JsonNode invitations = Await.until(
                "the 40 seat quotas of the composition",
                () -> gateway.all(OFFICE, "/api/plans/" + planId + "/invitations"),
                list -> list.size() >= 40);
        assertThat(invitations).hasSize(40).allSatisfy(invitation -> {
            assertThat(invitation.get("kind").asString()).isEqualTo("SEAT_QUOTA");
            assertThat(OffsetDateTime.parse(invitation.get("answerDeadline").asString()))
                    .as("a day before the end of quarter 3 while the day is open")
                    .isEqualTo(at("2024-09-30T00:00"));
        });
        assertThat(all(invitations, i -> i.get("seats").asInt() == 1)).hasSize(11);
        assertThat(all(invitations, i -> i.get("seats").asInt() == 5)).hasSize(11);
        assertThat(all(invitations, i -> i.get("seats").asInt() == 0))
                .as("the unit decides how many")
                .hasSize(18);
        assertThat(all(invitations, i -> i.at("/invitee/unitCode").asString().matches("TG-(SNV|SKHDT|STTTT|TTT|MTTQ)")))
                .as("the five departments presenting reports")
                .hasSize(5);
        for (String department : List.of("snv", "skhdt", "stttt", "ttt", "mttq")) {
            assertThat(mailbox.await(department + "@tiengiang.conference.example", "Giấy mời dự " + CONFERENCE)
                            .text())
                    .contains("cử đại biểu tham dự")
                    .contains("Số đại biểu: do đơn vị cử (ít nhất 01 đại biểu)");
        }

        for (String address : List.of(MY_THO, GO_CONG, CAI_LAY)) {
            List<Mailbox.Mail> letters =
                    mailbox.await(address, m -> m.subject().equals("Giấy mời dự " + CONFERENCE), 2);
            assertThat(letters).hasSize(2).allSatisfy(letter -> {
                assertThat(letter.text())
                        .contains("Căn cứ Kế hoạch số 276/KH-UBND ngày 18/7/2024 của Ủy ban nhân dân"
                                + " tỉnh Tiền Giang.")
                        .contains("Thời gian: dự kiến quý 3 năm 2024 (thời gian cụ thể sẽ được " + "thông báo sau)");
                assertThat(letter.attachments())
                        .as("no calendar while the day is open")
                        .noneMatch(a -> a.name().endsWith(".ics"));
                String seats = letter.text().contains("cử 01 đại biểu") ? "1" : "5";
                invitationLinks.put(address + "/" + seats, letter.link("/moi/"));
            });
        }
        assertThat(invitationLinks).hasSize(6);

        requests = Await.until(
                "the material requests",
                () -> gateway.all(OFFICE, "/api/plans/" + planId + "/material-requests"),
                list -> list.size() >= 12);
        assertThat(requests).hasSize(12);
        assertThat(all(requests, field("/kind", "DRAFT_SPEECH")).stream()
                        .filter(r -> r.get("nextAssignmentId").isString())
                        .map(r -> r.get("deadlineStatus").asString())
                        .toList())
                .as("the draft speeches were due before 25/7")
                .containsExactly("OVERDUE", "OVERDUE", "OVERDUE");
        assertThat(all(requests, field("/assignmentId", "snv-chuong-trinh")))
                .as("the consolidation waits for a first draft")
                .hasSize(2)
                .allSatisfy(r -> assertThat(r.get("status").asString()).isEqualTo("WAITING"));
        REPORTS.keySet()
                .forEach(report -> assertThat(
                                request(report).get("deadlineStatus").asString())
                        .isEqualTo("DUE"));

        JsonNode soNoiVu = gateway.all("tg-snv", "/api/plans/" + planId + "/material-requests");
        assertThat(Steps.list(soNoiVu))
                .extracting(r -> r.get("assignmentId").asString())
                .as("its own, and the drafts addressed to it")
                .containsExactlyInAnyOrder(
                        "snv-bao-cao",
                        "snv-chuong-trinh",
                        "snv-chuong-trinh",
                        "skhdt-phat-bieu",
                        "stttt-phat-bieu",
                        "ttt-phat-bieu");
        JsonNode planSeenBySkhdt = expect(gateway.get("tg-skhdt", "/api/plans/" + planId), 200);
        List<String> concerning = new ArrayList<>();
        seed.get("assignments").forEach(a -> {
            if (a.toString().contains("\"TG-SKHDT\"")) {
                concerning.add(a.get("id").asString());
            }
        });
        assertThat(Steps.list(planSeenBySkhdt.get("assignments")))
                .extracting(a -> a.get("id").asString())
                .as("a department sees only its own assignments")
                .containsExactlyElementsOf(concerning);

        // Ten requests are open (the consolidation is not announced yet); the three draft speeches are overdue.
        JsonNode readiness =
                Steps.awaitReadiness(gateway, OFFICE, planId, List.of(40, 0, 0, 0, 40, 0), List.of(10, 0, 0, 0, 0, 3));
        assertThat(readiness.at("/agenda/published").asBoolean()).isFalse();
    }

    @Test
    @Order(5)
    void theChairmanSchedulesItInQuarter3AfterEveryDeadline() {
        Response tooEarly = gateway.post(
                APPROVER, "/api/plans/" + planId + "/schedule", Map.of("start", "2024-07-29T07:30:00+07:00"));
        refused(tooEarly, 400, "plan-rules");
        assertThat(Seeds.texts(tooEarly.json().get("errors"), "rule"))
                .containsOnly("before-deadline")
                .hasSize(6);
        refused(
                gateway.post(
                        APPROVER, "/api/plans/" + planId + "/schedule", Map.of("start", "2024-10-03T07:30:00+07:00")),
                400,
                "outside-window");
        refused(
                gateway.post(
                        OFFICE,
                        "/api/plans/" + planId + "/schedule",
                        Map.of("start", Moments.TIEN_GIANG_START.toString())),
                403,
                null);
        refused(
                gateway.post(
                        "dt-approver",
                        "/api/plans/" + planId + "/schedule",
                        Map.of("start", Moments.TIEN_GIANG_START.toString())),
                404,
                null);

        JsonNode scheduled = expect(
                gateway.post(
                        APPROVER,
                        "/api/plans/" + planId + "/schedule",
                        Map.of("start", Moments.TIEN_GIANG_START.toString())),
                200);

        assertThat(scheduled.get("status").asString()).isEqualTo("SCHEDULED");
        assertThat(OffsetDateTime.parse(scheduled.at("/time/start").asString())).isEqualTo(Moments.TIEN_GIANG_START);
        for (String address : List.of(MY_THO, GO_CONG, CAI_LAY)) {
            List<Mailbox.Mail> updates =
                    mailbox.await(address, m -> m.subject().equals("Thời gian chính thức: " + CONFERENCE), 2);
            assertThat(updates).hasSize(2).allSatisfy(update -> {
                assertThat(update.text()).contains("Thời gian: 7 giờ 30, thứ Năm, ngày 8/8/2024");
                assertThat(Steps.unfolded(Steps.calendarOf(mailbox, update)))
                        .contains(
                                "METHOD:REQUEST",
                                "DTSTART;TZID=Asia/Ho_Chi_Minh:20240808T073000",
                                "UID:" + planId + "@conference.gov.vn",
                                "SEQUENCE:1",
                                "LOCATION:Phòng họp số 2\\, Trung tâm Hội nghị tỉnh Tiền Giang");
            });
        }
        Await.until(
                "the answer deadlines to move to the day before the conference",
                () -> gateway.all(OFFICE, "/api/plans/" + planId + "/invitations"),
                list -> all(
                                        list,
                                        i -> OffsetDateTime.parse(
                                                        i.get("answerDeadline").asString())
                                                .isEqual(Moments.TIEN_GIANG_START.minusDays(1)))
                                .size()
                        == 40);
    }

    @Test
    @Order(6)
    void theOfficePublishesTheAgendaOnTheDayNowFixed() {
        expect(Steps.publishAgenda(gateway, OFFICE, planId), 200);

        JsonNode timeline = expect(gateway.get(OFFICE, "/api/plans/" + planId + "/agenda/timeline"), 200);
        assertThat(timeline.get("date").asString()).isEqualTo("2024-08-08");
        assertThat(OffsetDateTime.parse(timeline.get("start").asString())).isEqualTo(Moments.TIEN_GIANG_START);
        assertThat(OffsetDateTime.parse(timeline.get("end").asString())).isEqualTo(at("2024-08-08T11:15"));
        assertThat(OffsetDateTime.parse(only(timeline.get("items"), "the directive speech", field("/id", "chi-dao"))
                        .get("start")
                        .asString()))
                .isEqualTo(at("2024-08-08T10:45"));
        JsonNode readiness = Await.until(
                "readiness to show the published agenda",
                () -> expect(gateway.get(OFFICE, "/api/plans/" + planId + "/readiness"), 200),
                r -> r.at("/agenda/published").asBoolean());
        assertThat(OffsetDateTime.parse(readiness.at("/agenda/sessionEnd").asString()))
                .isEqualTo(at("2024-08-08T11:15"));
        for (String address : List.of(MY_THO, GO_CONG, CAI_LAY)) {
            List<Mailbox.Mail> updates = mailbox.await(
                    address,
                    m -> m.subject()
                            .equals("Chương trình " + CONFERENCE.substring(0, 1).toLowerCase()
                                    + CONFERENCE.substring(1)),
                    2);
            assertThat(updates)
                    .as("the agenda moved the end of the calendar entry from 10:30 to 11:15")
                    .hasSize(2)
                    .allSatisfy(update -> assertThat(Steps.unfolded(Steps.calendarOf(mailbox, update)))
                            .contains(
                                    "UID:" + planId + "@conference.gov.vn",
                                    "SEQUENCE:2",
                                    "DTEND;TZID=Asia/Ho_Chi_Minh:20240808T111500"));
        }
    }

    /**
     * Mỹ Tho names its chairman for its one seat and two leaders for its five; one of them sends his deputy. Gò Công
     * declines its five seats. Each named delegate gets a letter of their own, with the calendar and a QR code.
     */
    @Test
    @Order(7)
    void districtsAnswerThroughTheLinksInTheirLetters() {
        JsonNode chairman = expect(
                gateway.postTo(
                        Steps.answerLink(invitationLinks.get(MY_THO + "/1")),
                        Map.of(
                                "answer",
                                "NAME_DELEGATES",
                                "delegates",
                                List.of(person("Nguyễn Văn Hùng", "Chủ tịch UBND thành phố Mỹ Tho", HUNG)))),
                200);
        assertThat(chairman.get("created")).hasSize(1);

        String leaders = Steps.answerLink(invitationLinks.get(MY_THO + "/5"));
        List<Map<String, String>> six = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            six.add(person("Đại biểu " + i, "Chuyên viên", "daibieu" + i + "@mytho.conference.example"));
        }
        refused(
                gateway.postTo(leaders, Map.of("answer", "NAME_DELEGATES", "delegates", six)),
                400,
                "too-many-delegates");
        JsonNode named = expect(
                gateway.postTo(
                        leaders,
                        Map.of(
                                "answer",
                                "NAME_DELEGATES",
                                "delegates",
                                List.of(
                                        person("Lê Minh Tuấn", "Chánh Văn phòng HĐND và UBND thành phố", TUAN),
                                        person("Phạm Thị Mai", "Trưởng Phòng Nội vụ", MAI)))),
                200);
        assertThat(named.get("created")).hasSize(2);
        tuanInvitation = only(named.get("created"), "Tuấn", field("/invitee/email", TUAN))
                .get("id")
                .asString();
        maiInvitation = only(named.get("created"), "Mai", field("/invitee/email", MAI))
                .get("id")
                .asString();

        String goCong = Steps.answerLink(invitationLinks.get(GO_CONG + "/5"));
        expect(
                gateway.postTo(
                        goCong,
                        Map.of("answer", "DECLINE", "reason", "Trùng Hội nghị sơ kết 6 tháng đầu năm của thị xã")),
                200);

        Mailbox.Mail toHung = mailbox.await(HUNG, "Giấy mời dự " + CONFERENCE);
        assertThat(Steps.unfolded(Steps.calendarOf(mailbox, toHung)))
                .as("the published agenda ends the event at 11:15, so the calendar is at its second sequence")
                .contains(
                        "SEQUENCE:2",
                        "DTSTART;TZID=Asia/Ho_Chi_Minh:20240808T073000",
                        "DTEND;TZID=Asia/Ho_Chi_Minh:20240808T111500");
        hungCheckIn = Steps.checkInLink(mailbox, toHung);
        expect(gateway.postTo(Steps.answerLink(toHung.link("/moi/")), Map.of("answer", "ACCEPT")), 200);
        refused(gateway.postTo(hungCheckIn, Map.of("presence", "IN_PERSON")), 409, "check-in-not-open");

        Mailbox.Mail toTuan = mailbox.await(TUAN, "Giấy mời dự " + CONFERENCE);
        JsonNode substituted = expect(
                gateway.postTo(
                        Steps.answerLink(toTuan.link("/moi/")),
                        Map.of(
                                "answer",
                                "SUBSTITUTE",
                                "reason",
                                "Đi công tác tại Thành phố Hồ Chí Minh",
                                "substitute",
                                person("Võ Văn Bình", "Phó Chánh Văn phòng HĐND và UBND thành phố", BINH))),
                200);
        binhCode = substituted.at("/created/0/code").asString();
        Mailbox.Mail toBinh = mailbox.await(BINH, "Giấy mời dự " + CONFERENCE);
        assertThat(toBinh.text()).contains("Mã điểm danh của Ông/Bà: " + binhCode);
        expect(gateway.postTo(Steps.answerLink(toBinh.link("/moi/")), Map.of("answer", "ACCEPT")), 200);

        Mailbox.Mail toMai = mailbox.await(MAI, "Giấy mời dự " + CONFERENCE);
        maiCheckIn = Steps.checkInLink(mailbox, toMai);
        expect(gateway.postTo(Steps.answerLink(toMai.link("/moi/")), Map.of("answer", "ACCEPT")), 200);

        // 40 + Hùng, Tuấn, Mai, Bình; accepted: Mỹ Tho's two quotas (delegates named), Hùng, Mai, Bình; Gò Công
        // declined; Tuấn sent Bình.
        Steps.awaitReadiness(gateway, OFFICE, planId, List.of(44, 5, 1, 1, 37, 0), List.of(10, 0, 0, 0, 0, 3));
    }

    /** On 26/7 the reports (due before 30/7) are on time; the draft speeches (due before 25/7) are late. */
    @Test
    @Order(8)
    void departmentsSubmitTheirReportsOnTimeAndTwoDraftSpeechesLate() {
        REPORTS.forEach((report, client) -> {
            JsonNode version = submit(
                    client,
                    request(report),
                    "Báo cáo " + request(report).at("/owner/name").asString() + ".pdf",
                    SampleFiles.PDF,
                    SampleFiles.pdf(request(report).get("title").asString()));
            assertThat(version.get("late").asBoolean()).as(report).isFalse();
        });
        for (String draft : List.of("skhdt-phat-bieu", "stttt-phat-bieu")) {
            JsonNode version = submit(
                    draft.startsWith("skhdt") ? "tg-skhdt" : "tg-stttt",
                    request(draft),
                    "Dự thảo phát biểu chỉ đạo.docx",
                    SampleFiles.DOCX,
                    SampleFiles.docx(request(draft).get("title").asString()));
            assertThat(version.get("late").asBoolean()).as(draft).isTrue();
        }

        refused(
                gateway.upload(
                        "tg-skhdt",
                        "/api/material-requests/" + id("stttt-phat-bieu") + "/submissions",
                        "Dự thảo.docx",
                        SampleFiles.DOCX,
                        SampleFiles.docx("Không phải của mình")),
                403,
                "other-unit");
        refused(gateway.get("tg-skhdt", "/api/material-requests/" + id("mttq-bao-cao")), 403, "other-unit");
        refused(gateway.get("dt-office", "/api/material-requests/" + id("mttq-bao-cao")), 404, null);
        JsonNode consolidation =
                all(requests, field("/assignmentId", "snv-chuong-trinh")).getFirst();
        refused(
                gateway.upload(
                        "tg-snv",
                        "/api/material-requests/" + consolidation.get("id").asString() + "/submissions",
                        "Chương trình.pdf",
                        SampleFiles.PDF,
                        SampleFiles.pdf("Quá sớm")),
                409,
                "request-waiting");

        // Five reports and two drafts in; two of them late; Thanh tra's draft still overdue.
        Steps.awaitReadiness(gateway, OFFICE, planId, List.of(44, 5, 1, 1, 37, 0), List.of(10, 7, 0, 0, 2, 1));
    }

    /**
     * Sở Nội vụ accepts the PCI draft, which opens its own consolidation step (due to the office before 30/7); it
     * returns the DTI draft once for more figures; then it sends the consolidated programme and speech on time and
     * the office accepts them with the reports.
     */
    @Test
    @Order(9)
    void theChainedDraftSpeechStepOpensAndCompletes() {
        refused(
                gateway.post("tg-skhdt", "/api/material-requests/" + id("skhdt-phat-bieu") + "/accept", Map.of()),
                403,
                "not-recipient");
        expect(gateway.post("tg-snv", "/api/material-requests/" + id("skhdt-phat-bieu") + "/accept", Map.of()), 200);

        JsonNode opened = Await.until(
                "the consolidation step to open",
                () -> gateway.all("tg-snv", "/api/plans/" + planId + "/material-requests"),
                list -> all(
                                        list,
                                        r -> r.get("assignmentId").asString().equals("snv-chuong-trinh")
                                                && r.get("status").asString().equals("OPEN"))
                                .size()
                        == 2);
        List<JsonNode> steps = all(opened, field("/assignmentId", "snv-chuong-trinh"));
        assertThat(steps).allSatisfy(step -> {
            assertThat(step.get("previousRequestId").asString()).isEqualTo(id("skhdt-phat-bieu"));
            assertThat(OffsetDateTime.parse(step.get("deadline").asString())).isEqualTo(at("2024-07-30T00:00"));
            assertThat(step.at("/recipient/code").asString()).isEqualTo("TG-VPUBND");
        });
        Steps.awaitReadiness(gateway, OFFICE, planId, List.of(44, 5, 1, 1, 37, 0), List.of(12, 7, 1, 0, 2, 1));

        JsonNode returned = expect(
                gateway.post(
                        "tg-snv",
                        "/api/material-requests/" + id("stttt-phat-bieu") + "/return",
                        Map.of("comment", "Đề nghị bổ sung số liệu DTI năm 2023 theo từng lĩnh vực.")),
                200);
        assertThat(returned.get("status").asString()).isEqualTo("RETURNED");
        JsonNode second = submit(
                "tg-stttt",
                request("stttt-phat-bieu"),
                "Dự thảo phát biểu chỉ đạo (bổ sung).docx",
                SampleFiles.DOCX,
                SampleFiles.docx("Bổ sung số liệu DTI năm 2023"));
        assertThat(second.get("version").asInt()).isEqualTo(2);
        assertThat(second.get("late").asBoolean()).isTrue();
        expect(gateway.post("tg-snv", "/api/material-requests/" + id("stttt-phat-bieu") + "/accept", Map.of()), 200);

        for (JsonNode step : steps) {
            boolean speech = step.get("kind").asString().equals("DRAFT_SPEECH");
            byte[] content = speech
                    ? SampleFiles.docx(step.get("title").asString())
                    : SampleFiles.pdf(step.get("title").asString());
            JsonNode version = submit(
                    "tg-snv",
                    step,
                    speech ? "Bài phát biểu chỉ đạo tổng thể.docx" : "Kế hoạch Chương trình Hội nghị.pdf",
                    speech ? SampleFiles.DOCX : SampleFiles.PDF,
                    content);
            assertThat(version.get("late").asBoolean()).isFalse();
            documents.put(step.get("kind").asString(), version.get("documentId").asString());
            expect(
                    gateway.post(
                            OFFICE, "/api/material-requests/" + step.get("id").asString() + "/accept", Map.of()),
                    200);
        }
        for (String report : REPORTS.keySet()) {
            JsonNode accepted =
                    expect(gateway.post(OFFICE, "/api/material-requests/" + id(report) + "/accept", Map.of()), 200);
            assertThat(accepted.get("status").asString()).isEqualTo("ACCEPTED");
            documents.put(report, accepted.get("documentId").asString());
        }

        // Twelve requested; nine in and accepted (five reports, two drafts, the two consolidated parts); the two
        // late drafts stay late; Thanh tra's draft stays overdue; the discussion papers have no deadline.
        Steps.awaitReadiness(gateway, OFFICE, planId, List.of(44, 5, 1, 1, 37, 0), List.of(12, 9, 9, 0, 2, 1));
    }

    @Test
    @Order(10)
    void theOfficePublishesTheReportsAndDelegatesReadThemOnThePortal() {
        List<Map<String, Object>> selection = new ArrayList<>();
        REPORT_ITEMS.forEach(
                (report, item) -> selection.add(Map.of("documentId", documents.get(report), "agendaItemId", item)));
        Map<String, Object> programme = new LinkedHashMap<>();
        programme.put("documentId", documents.get("OTHER"));
        programme.put("agendaItemId", null);
        selection.add(programme);
        refused(
                gateway.post("tg-snv", "/api/plans/" + planId + "/publications", Map.of("documents", selection)),
                403,
                null);
        refused(
                gateway.post("dt-office", "/api/plans/" + planId + "/publications", Map.of("documents", selection)),
                404,
                null);

        JsonNode portal = expect(
                gateway.post(OFFICE, "/api/plans/" + planId + "/publications", Map.of("documents", selection)), 201);

        assertThat(only(portal.get("sections"), "item 3", field("/agendaItemId", "bao-cao-par-sipas-papi"))
                        .get("heading")
                        .asString())
                .startsWith("3. Báo cáo tóm tắt kết quả các chỉ số: PAR Index, SIPAS, PAPI");
        assertThat(OffsetDateTime.parse(only(portal.get("sections"), "item 6", field("/agendaItemId", "bao-cao-pci"))
                        .get("start")
                        .asString()))
                .isEqualTo(at("2024-08-08T09:00"));

        Mailbox.Mail toHung =
                mailbox.await(HUNG, "Tài liệu " + CONFERENCE.substring(0, 1).toLowerCase() + CONFERENCE.substring(1));
        String link = Steps.apiOf(toHung.link("/tai-lieu/" + planId + "?sig="));
        JsonNode seen = expect(gateway.follow(link), 200);
        JsonNode report = only(
                only(seen.get("sections"), "item 3", field("/agendaItemId", "bao-cao-par-sipas-papi"))
                        .get("materials"),
                "Sở Nội vụ's report",
                field("/owner/code", "TG-SNV"));
        Response download =
                gateway.follow(gateway.baseUrl() + report.get("downloadPath").asString());
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.contentType()).startsWith(SampleFiles.PDF);
        assertThat(SampleFiles.sha256(download.bytes()))
                .isEqualTo(report.get("sha256").asString());
        Response bundle =
                gateway.follow(gateway.baseUrl() + seen.get("bundlePath").asString());
        assertThat(bundle.status()).isEqualTo(200);
        assertThat(zipEntries(bundle.bytes())).hasSize(6);
        assertThat(seen.toString())
                .as("the draft speeches are not for delegates")
                .doesNotContain("DRAFT_SPEECH");

        JsonNode readiness = Await.until(
                "readiness to show the materials published",
                () -> expect(gateway.get(OFFICE, "/api/plans/" + planId + "/readiness"), 200),
                r -> r.at("/materials/published").asBoolean());
        assertThat(readiness.get("ready").asBoolean())
                .as("discussion papers and one draft still open")
                .isFalse();
    }

    /** The stack restarts with its clock at 07:00 on 08/8/2024: Hùng scans his QR code, Bình is found at the desk. */
    @Test
    @Order(11)
    void onTheDayDelegatesCheckIn() {
        use(EndToEndStack.at(Moments.TIEN_GIANG_CONFERENCE_DAY));

        JsonNode hung = expect(gateway.postTo(hungCheckIn, Map.of("presence", "IN_PERSON")), 200);
        assertThat(hung.at("/checkIn/channel").asString()).isEqualTo("LINK");
        refused(gateway.postTo(maiCheckIn, Map.of("presence", "ABSENT", "reason", "Ốm")), 400, "absence-by-office");

        JsonNode found = gateway.all(OFFICE, "/api/plans/" + planId + "/invitations?code=" + binhCode);
        assertThat(found)
                .singleElement()
                .satisfies(b -> assertThat(b.at("/invitee/email").asString()).isEqualTo(BINH));
        JsonNode binh = expect(
                gateway.post(
                        OFFICE,
                        "/api/invitations/" + found.at("/0/id").asString() + "/check-in",
                        Map.of("presence", "IN_PERSON")),
                200);
        assertThat(binh.at("/checkIn/channel").asString()).isEqualTo("OFFICE");
        expect(
                gateway.post(
                        OFFICE,
                        "/api/invitations/" + maiInvitation + "/check-in",
                        Map.of("presence", "ABSENT", "reason", "Ốm, có báo trước")),
                200);
        refused(
                gateway.post(
                        OFFICE, "/api/invitations/" + tuanInvitation + "/check-in", Map.of("presence", "IN_PERSON")),
                409,
                "not-attending");

        Steps.awaitReadiness(gateway, OFFICE, planId, List.of(44, 5, 1, 1, 37, 2), List.of(12, 9, 9, 0, 2, 1));
        JsonNode attendance = expect(gateway.get(OFFICE, "/api/plans/" + planId + "/attendance"), 200);
        assertThat(counts(attendance.get("totals"), "presentInPerson", "presentOnline", "absent"))
                .as("Hùng and Bình; Gò Công's five declined seats and Mai")
                .containsExactly(2, 0, 6);
    }

    private JsonNode request(String assignment) {
        return only(requests, assignment, field("/assignmentId", assignment));
    }

    private String id(String assignment) {
        return request(assignment).get("id").asString();
    }

    private JsonNode submit(String client, JsonNode request, String fileName, String contentType, byte[] content) {
        JsonNode version = expect(
                gateway.upload(
                        client,
                        "/api/material-requests/" + request.get("id").asString() + "/submissions",
                        fileName,
                        contentType,
                        content),
                201);
        assertThat(version.get("sha256").asString()).isEqualTo(SampleFiles.sha256(content));
        assertThat(version.get("fileName").asString()).isEqualTo(fileName);
        return version;
    }

    private static Map<String, String> person(String name, String position, String email) {
        return Map.of("name", name, "position", position, "email", email);
    }

    private static OffsetDateTime at(String localTime) {
        return OffsetDateTime.parse(localTime + "+07:00");
    }

    private static List<String> zipEntries(byte[] zip) {
        List<String> names = new ArrayList<>();
        try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                if (!entry.isDirectory()) {
                    names.add(entry.getName());
                }
            }
        } catch (IOException e) {
            throw new AssertionError("Not a zip file", e);
        }
        return names;
    }
}
