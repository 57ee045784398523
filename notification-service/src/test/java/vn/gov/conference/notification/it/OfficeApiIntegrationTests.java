package vn.gov.conference.notification.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import vn.gov.conference.contracts.plan.ParticipantGroup;
import vn.gov.conference.contracts.plan.PlanSnapshot;
import vn.gov.conference.notification.Fixtures;
import vn.gov.conference.testing.ApiClient;
import vn.gov.conference.testing.TestTokens;
import vn.gov.conference.testing.contracts.DocumentedAnswers;

/** The office's API: adding and importing invitees, who may do what, reminders, the delivery log, the directory. */
@ExtendWith(DocumentedAnswers.class)
class OfficeApiIntegrationTests extends NotificationIntegrationTest {

    String approvedPlan() {
        String planId = newPlanId();
        approve(Fixtures.dongThapAt(planId, CLOCK.now().plusDays(10)));
        awaitInvitations(planId, DT, 5);
        return planId;
    }

    ApiClient.Response importCsv(String path, String token, String csv) {
        return api.send(api.request(path, token)
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv))
                .build());
    }

    @Test
    void theOfficeInvitesMorePeopleOnceEachAndFromACsvFile() {
        String planId = approvedPlan();
        Map<String, Object> expert = Map.of(
                "name",
                "Nguyễn Thị Lan",
                "position",
                "Vụ trưởng Vụ Cải cách hành chính",
                "organisation",
                "Bộ Nội vụ",
                "email",
                "lan.nguyen@moha.example",
                "category",
                "GUEST",
                "online",
                true);

        ApiClient.Response added = api.post(
                "/api/plans/" + planId + "/invitations", TestTokens.office(DT), Map.of("invitees", List.of(expert)));
        assertThat(added.status()).isEqualTo(201);
        assertThat(added.json().get("issued").asInt()).isEqualTo(1);
        MimeMessage letter = MailSink.awaitOne(planId, "INVITATION", "lan.nguyen@moha.example");
        assertThat(text(letter, "text/plain"))
                .contains("Kính gửi: Ông/Bà Nguyễn Thị Lan, Vụ trưởng Vụ Cải cách hành " + "chính, Bộ Nội vụ");

        ApiClient.Response again = api.post(
                "/api/plans/" + planId + "/invitations", TestTokens.office(DT), Map.of("invitees", List.of(expert)));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("alreadyInvited").asInt()).isEqualTo(1);

        ApiClient.Response imported = importCsv(
                "/api/plans/" + planId + "/invitations/import",
                TestTokens.office(DT),
                "Họ và tên;Chức vụ;Email;Mã đơn vị;Tên đơn vị;Số lượng;Điểm cầu\n"
                        + "Võ Thành Công;Phóng viên;cong.vo@baodongthap.example;;;;\n"
                        + ";;;DT-HONGNGU;UBND huyện Hồng Ngự;4;DT-BP-HONGNGU\n");
        assertThat(imported.status()).isEqualTo(201);
        assertThat(imported.json().get("issued").asInt()).isEqualTo(2);
        MimeMessage hongNgu = MailSink.awaitOne(planId, "INVITATION", "hongngu@dongthap.conference.example");
        assertThat(text(hongNgu, "text/plain")).contains("cử 04 đại biểu").contains("Điểm cầu: DT-BP-HONGNGU");
        MailSink.awaitOne(planId, "INVITATION", "cong.vo@baodongthap.example");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> MailSink.to(planId, "INVITATION", "lan.nguyen@moha.example")
                                .size()
                        == 1);
        assertThat(api.get("/api/plans/" + planId + "/invitations", TestTokens.office(DT))
                        .json()
                        .get("items"))
                .hasSize(8);
    }

    @Test
    void refusesABadFileWholeAndNamesEveryBadLine() {
        String planId = approvedPlan();

        ApiClient.Response refused = importCsv(
                "/api/plans/" + planId + "/invitations/import",
                TestTokens.office(DT),
                "name,email,unitCode,seats\nLê Văn Tám,,DT-SNV,\nTrần Thị Chín,chin@example.org,,\n,,DT-SADEC,0\n");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("rule").asString()).isEqualTo("invalid-csv");
        assertThat(refused.json().get("errors").findValuesAsString("field"))
                .containsExactly("line 2.email", "line 4.seats");
        assertThat(api.get("/api/plans/" + planId + "/invitations", TestTokens.office(DT))
                        .json()
                        .get("items"))
                .hasSize(5);

        ApiClient.Response noName = api.post(
                "/api/plans/" + planId + "/invitations",
                TestTokens.office(DT),
                Map.of("invitees", List.of(Map.of("position", "Chuyên viên"))));
        assertThat(noName.status()).isEqualTo(400);
        assertThat(noName.json().get("errors").get(0).get("field").asString()).isEqualTo("invitees[0].name");
        ApiClient.Response badEmail = api.post(
                "/api/plans/" + planId + "/invitations",
                TestTokens.office(DT),
                Map.of("invitees", List.of(Map.of("name", "A", "email", "not-an-address"))));
        assertThat(badEmail.status()).isEqualTo(400);
    }

    @Test
    void onlyTheProvincesOfficeManagesInvitationsAndTheCentralAgencyReads() {
        String planId = approvedPlan();
        String path = "/api/plans/" + planId + "/invitations";
        Map<String, Object> body = Map.of("invitees", List.of(Map.of("name", "A", "email", "a@example.org")));

        assertThat(api.get(path, null).status()).isEqualTo(401);
        assertThat(api.get(path, TestTokens.office(TG)).status()).isEqualTo(404);
        assertThat(api.post(path, TestTokens.office(TG), body).status()).isEqualTo(404);
        assertThat(api.get(path, TestTokens.department(DT, "DT-SNV")).status()).isEqualTo(403);
        assertThat(api.get(path, TestTokens.approver(DT)).status()).isEqualTo(200);
        assertThat(api.post(path, TestTokens.approver(DT), body).status()).isEqualTo(403);
        assertThat(api.get(path, TestTokens.central()).status()).isEqualTo(200);
        ApiClient.Response centralWrite = api.post(path, TestTokens.central(), body);
        assertThat(centralWrite.status()).isEqualTo(403);
        assertThat(centralWrite.contentType()).startsWith("application/problem+json");
        assertThat(api.get("/api/plans/unknown-plan/invitations", TestTokens.office(DT))
                        .status())
                .isEqualTo(404);
        String invitationId = api.get(path, TestTokens.office(DT))
                .json()
                .get("items")
                .get(0)
                .get("id")
                .asString();
        assertThat(api.get("/api/invitations/" + invitationId, TestTokens.office(TG))
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/invitations/" + invitationId, TestTokens.office(DT))
                        .json()
                        .get("code")
                        .asString())
                .hasSize(8);
    }

    @Test
    void remindsOnlyThoseWhoHaveNotAnsweredAndNeverTwiceForOneRequest() throws Exception {
        String planId = approvedPlan();
        JsonNode invitations = api.get("/api/plans/" + planId + "/invitations", TestTokens.office(DT))
                .json()
                .get("items");
        String guestId = null;
        for (JsonNode invitation : invitations) {
            if ("GUEST".equals(invitation.get("invitee").get("category").asString())) {
                guestId = invitation.get("id").asString();
            }
        }
        api.post("/api/invitations/" + guestId + "/answer", TestTokens.office(DT), Map.of("answer", "ACCEPT"));

        ApiClient.Response reminded = api.send(api.request("/api/plans/" + planId + "/reminders", TestTokens.office(DT))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", "r-1")
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build());
        assertThat(reminded.status()).isEqualTo(202);
        assertThat(reminded.json().get("queued")).hasSize(4);
        assertThat(reminded.json().get("queued").toString()).doesNotContain(guestId);
        List<MimeMessage> reminders = MailSink.awaitCount(planId, "ANSWER_REMINDER", 4);
        assertThat(reminders.getFirst().getSubject()).startsWith("Nhắc xác nhận tham dự Hội nghị trực tuyến");

        ApiClient.Response repeated = api.send(api.request("/api/plans/" + planId + "/reminders", TestTokens.office(DT))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", "r-1")
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build());
        assertThat(repeated.json().get("queued")).isEmpty();

        ApiClient.Response chosen = api.post(
                "/api/plans/" + planId + "/reminders",
                TestTokens.office(DT),
                Map.of("invitationIds", List.of(guestId, "inv-unknown")));
        assertThat(chosen.json().get("queued")).isEmpty();
        assertThat(chosen.json().get("skipped").findValuesAsString("reason"))
                .containsExactly("already-answered", "not-found");
        assertThat(api.post("/api/plans/" + planId + "/reminders", TestTokens.central(), Map.of())
                        .status())
                .isEqualTo(403);
        await().during(Duration.ofSeconds(1))
                .atMost(Duration.ofSeconds(3))
                .until(() -> MailSink.of(planId, "ANSWER_REMINDER").size() == 4);
    }

    @Test
    void theDeliveryLogShowsEachEmailByPlanAndRecipient() {
        String planId = approvedPlan();
        MailSink.awaitCount(planId, "INVITATION", 5);
        String path = "/api/emails?planId=" + planId + "&recipient=SNV@dongthap.conference.example";

        await().atMost(Duration.ofSeconds(10))
                .until(() -> "SENT"
                        .equals(api.get(path, TestTokens.office(DT))
                                .json()
                                .get("items")
                                .get(0)
                                .get("status")
                                .asString()));
        JsonNode entry =
                api.get(path, TestTokens.office(DT)).json().get("items").get(0);
        assertThat(entry.get("kind").asString()).isEqualTo("INVITATION");
        assertThat(entry.get("recipient").asString()).isEqualTo("snv@dongthap.conference.example");
        assertThat(entry.get("subject").asString()).startsWith("Giấy mời dự Hội nghị trực tuyến");
        assertThat(entry.get("attempts").asInt()).isEqualTo(1);
        assertThat(api.get(path, TestTokens.office(DT)).json().get("items")).hasSize(1);
        assertThat(api.get("/api/emails?planId=" + planId, TestTokens.office(DT))
                        .json()
                        .get("items"))
                .hasSize(5);
        assertThat(api.get("/api/emails?planId=" + planId, TestTokens.central())
                        .json()
                        .get("items"))
                .hasSize(5);
        assertThat(api.get("/api/emails?planId=" + planId, TestTokens.office(TG))
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/emails?planId=" + planId, TestTokens.department(DT, "DT-SNV"))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void aUnitWithoutAnAddressIsInvitedAsSoonAsTheDirectoryKnowsIt() {
        String planId = newPlanId();
        PlanSnapshot plan = Fixtures.withGroups(
                Fixtures.dongThapAt(planId, CLOCK.now().plusDays(10)),
                List.of(new ParticipantGroup(
                        "g-lapvo",
                        "DISTRICT",
                        Fixtures.unit("DT-LAPVO-" + planId.substring(5, 13), "UBND huyện Lấp Vò"),
                        "Chủ tịch UBND huyện",
                        2,
                        null,
                        null)));
        String unitCode = plan.participants().getFirst().unit().code();
        approve(plan);
        awaitInvitations(planId, DT, 2);
        // The unit's seat, whatever else the plan invites (a page is ordered by issue, then id).
        JsonNode unaddressed = null;
        for (JsonNode invitation : api.get("/api/plans/" + planId + "/invitations", TestTokens.office(DT))
                .json()
                .get("items")) {
            if (unitCode.equals(invitation.at("/invitee/unitCode").asString(""))) {
                unaddressed = invitation;
            }
        }
        assertThat(unaddressed).as("the invitation of " + unitCode).isNotNull();
        assertThat(unaddressed.get("invitee").get("email").isNull()).isTrue();

        assertThat(api.put(
                                "/api/directory/" + unitCode,
                                TestTokens.office(DT),
                                Map.of("unitName", "UBND huyện Lấp Vò", "email", "lapvo@dongthap.conference.example"))
                        .status())
                .isEqualTo(200);
        assertThat(api.put(
                                "/api/directory/" + unitCode,
                                TestTokens.office(TG),
                                Map.of("unitName", "UBND huyện Lấp Vò", "email", "lapvo@x.example"))
                        .status())
                .isEqualTo(404);
        assertThat(api.put(
                                "/api/directory/DT-LAPVO2-" + planId.substring(5, 13),
                                TestTokens.office(DT),
                                Map.of("email", "not-an-address"))
                        .status())
                .isEqualTo(400);

        MimeMessage letter = MailSink.awaitOne(planId, "INVITATION", "lapvo@dongthap.conference.example");
        assertThat(text(letter, "text/plain")).contains("Kính gửi: UBND huyện Lấp Vò");
    }

    @Test
    void theDirectoryIsSeededPerProvinceAndImportsAnOfficesCsv() {
        JsonNode own =
                api.get("/api/directory?size=100", TestTokens.office(TG)).json().get("items");
        assertThat(own.findValuesAsString("unitCode"))
                .contains("TG-SNV", "TG-MTTQ")
                .noneMatch(c -> c.startsWith("DT-"));
        assertThat(api.get("/api/directory/TG-SNV", TestTokens.office(TG))
                        .json()
                        .get("email")
                        .asString())
                .isEqualTo("snv@tiengiang.conference.example");
        assertThat(api.get("/api/directory/TG-SNV", TestTokens.office(DT)).status())
                .isEqualTo(404);
        assertThat(api.get("/api/directory?province=dong-thap&size=100", TestTokens.central())
                        .json()
                        .get("items")
                        .findValuesAsString("unitCode"))
                .contains("DT-CAOLANH");

        ApiClient.Response imported = importCsv(
                "/api/directory/import",
                TestTokens.office(TG),
                "Mã đơn vị,Tên đơn vị,Tỉnh,Email\nTG-CAIBE,Ủy ban nhân dân huyện Cái Bè,tien-giang,caibe@tg.example\n");
        assertThat(imported.status()).isEqualTo(200);
        assertThat(api.get("/api/directory/TG-CAIBE", TestTokens.office(TG))
                        .json()
                        .get("unitName")
                        .asString())
                .isEqualTo("Ủy ban nhân dân huyện Cái Bè");
        ApiClient.Response otherProvince = importCsv(
                "/api/directory/import",
                TestTokens.office(TG),
                "code,name,province,email\nDT-SNV,Sở Nội vụ,dong-thap,x@y.example\n");
        assertThat(otherProvince.status()).isEqualTo(400);
        assertThat(api.get("/api/directory/DT-SNV", TestTokens.office(DT))
                        .json()
                        .get("email")
                        .asString())
                .isEqualTo("snv@dongthap.conference.example");
    }

    @Test
    void importsCsvFilesSavedByExcelOnVietnameseWindows() {
        ApiClient.Response windows = api.send(api.request("/api/directory/import", TestTokens.office(TG))
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofByteArray(
                        vn.gov.conference.notification.web.CsvBodiesTests.windows1258(
                                "Mã đơn vị;Tên đơn vị;Tỉnh;Email\n"
                                        + "TG-CHOGAO;Ủy ban nhân dân huyện Chợ Gạo;tien-giang;chogao@tg.example\n")))
                .build());
        assertThat(windows.status()).as(windows.body()).isEqualTo(200);
        assertThat(api.get("/api/directory/TG-CHOGAO", TestTokens.office(TG))
                        .json()
                        .get("unitName")
                        .asString())
                .isEqualTo("Ủy ban nhân dân huyện Chợ Gạo");

        String planId = approvedPlan();
        ApiClient.Response unicode = api.send(api.request(
                        "/api/plans/" + planId + "/invitations/import", TestTokens.office(DT))
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofByteArray(
                        vn.gov.conference.notification.web.CsvBodiesTests.utf16leWithBom("Họ và tên;Chức vụ;Email\n"
                                + "Trương Thị Ngọc Ánh;Phóng viên;anh.truong@baodongthap.example\n")))
                .build());
        assertThat(unicode.status()).as(unicode.body()).isEqualTo(201);
        assertThat(text(MailSink.awaitOne(planId, "INVITATION", "anh.truong@baodongthap.example"), "text/plain"))
                .contains("Trương Thị Ngọc Ánh");

        ApiClient.Response unreadable = api.send(api.request("/api/directory/import", TestTokens.office(TG))
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofByteArray(
                        "code;name\nTG-X;Sở\n".getBytes(java.nio.charset.StandardCharsets.UTF_16LE)))
                .build());
        assertThat(unreadable.status()).isEqualTo(400);
        assertThat(unreadable.json().get("rule").asString()).isEqualTo("csv-encoding");
    }
}
