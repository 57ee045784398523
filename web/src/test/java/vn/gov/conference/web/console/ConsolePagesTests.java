package vn.gov.conference.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The console over real HTTP, signed in through {@link ConsoleFake}'s authorization server as a browser is: the
 * redirects of the authorization code flow with PKCE, the person's token on every API call, the approver's pages and
 * decisions, the API's refusals in its own words next to their fields, and the refusal pages for another role or
 * another province.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConsolePagesTests {

    private static final ConsoleFake fake = ConsoleFake.start();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void gateway(DynamicPropertyRegistry registry) {
        registry.add("conference.web.api-url", fake::url);
    }

    @BeforeEach
    void reset() {
        fake.reset();
    }

    @AfterAll
    static void stop() {
        fake.close();
    }

    @Test
    void someoneWithoutASessionIsSentToTheAuthorizationServerWithAPkceChallenge() {
        Browser browser = new Browser(HttpClient.Redirect.NEVER);

        HttpResponse<String> console = browser.get("/console/phe-duyet");
        HttpResponse<String> start =
                browser.get(console.headers().firstValue("Location").orElseThrow());

        assertThat(console.statusCode()).isEqualTo(302);
        URI authorize = URI.create(start.headers().firstValue("Location").orElseThrow());
        assertThat(authorize.toString()).startsWith(fake.url() + "/oauth2/authorize?");
        assertThat(authorize.getQuery())
                .contains(
                        "response_type=code",
                        "client_id=console",
                        "scope=openid profile",
                        "code_challenge_method=S256",
                        "code_challenge=",
                        "nonce=",
                        "redirect_uri=http://localhost:" + port + "/console/login/oauth2/code/conference");
    }

    @Test
    void theDelegatesPagesStayAnonymousAndOpenNoSession() {
        HttpResponse<String> landing = new Browser(HttpClient.Redirect.NEVER).get("/");

        assertThat(landing.statusCode()).isEqualTo(200);
        assertThat(landing.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void anApproverSignsInAndSeesTheirProvincesQueueThroughTheirOwnToken() {
        Browser browser = new Browser(HttpClient.Redirect.NORMAL);

        HttpResponse<String> home = browser.get("/console");

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.uri().getPath()).isEqualTo("/console");
        assertThat(home.body())
                .contains(
                        "<html lang=\"vi\">",
                        "Xin chào, Trần Văn Phong",
                        "Lãnh đạo UBND tỉnh (phê duyệt)",
                        "Kế hoạch chờ phê",
                        "Đăng xuất");

        HttpResponse<String> queue = browser.get("/console/phe-duyet");

        assertThat(queue.statusCode()).isEqualTo(200);
        assertThat(queue.body())
                .contains("<h1>Kế hoạch chờ phê duyệt</h1>", ConsoleFake.TG_TITLE)
                .doesNotContain(ConsoleFake.DT_TITLE);
        assertThat(fake.calls())
                .filteredOn(call -> call.startsWith("GET /api/plans"))
                .isNotEmpty()
                .allSatisfy(call -> assertThat(call).endsWith("Bearer at-tg-chutich@tiengiang.gov.vn"));
    }

    @Test
    void theApproverReadsThePlanAsADocumentApprovesItWithTheRegistersNumberAndSchedulesIt() {
        Browser browser = new Browser(HttpClient.Redirect.NORMAL);
        HttpResponse<String> plan = browser.get("/console/phe-duyet/" + ConsoleFake.TG_PLAN);
        assertThat(plan.body())
                .contains(
                        "KẾ HOẠCH",
                        ConsoleFake.TG_TITLE,
                        "I. Mục đích, yêu cầu",
                        "II. Nội dung, thời gian, địa điểm, thành phần",
                        "III. Kinh phí",
                        "IV. Tổ chức thực hiện",
                        "Tổng số: khoảng 120 đại biểu",
                        "Phê duyệt và ban hành",
                        "Trả lại để chỉnh sửa")
                .doesNotContain("Chốt thời gian tổ chức");

        HttpResponse<String> approved = browser.post(
                "/console/phe-duyet/" + ConsoleFake.TG_PLAN + "/phe-duyet",
                plan,
                Map.of("issuedOn", "2024-07-15", "number", ""));

        assertThat(approved.statusCode()).isEqualTo(200);
        assertThat(approved.uri().getPath()).isEqualTo("/console/phe-duyet/" + ConsoleFake.TG_PLAN);
        assertThat(approved.body())
                .contains(
                        "Đã phê duyệt và ban hành kế hoạch số 276/KH-UBND.",
                        "Đã ban hành",
                        "Số: 276/KH-UBND",
                        "Chốt thời gian tổ chức");
        assertThat(fake.calls())
                .anySatisfy(call -> assertThat(call)
                        .startsWith("POST /api/plans/plan-tg/approve")
                        .endsWith("Bearer at-tg-chutich@tiengiang.gov.vn"));

        HttpResponse<String> scheduled = browser.post(
                "/console/phe-duyet/" + ConsoleFake.TG_PLAN + "/lich",
                approved,
                Map.of("day", "2024-08-08", "time", "07:30"));

        assertThat(scheduled.body()).contains("Đã chốt thời gian: 7 giờ 30", "Đã chốt thời gian");
        assertThat(fake.plan(ConsoleFake.TG_PLAN).get("time").toString()).contains("2024-08-08T07:30:00+07:00");
    }

    @Test
    void aRefusedDecisionComesBackWithTheApisWordsNextToTheField() {
        Browser browser = new Browser(HttpClient.Redirect.NORMAL);
        HttpResponse<String> plan = browser.get("/console/phe-duyet/" + ConsoleFake.TG_PLAN);

        HttpResponse<String> taken = browser.post(
                "/console/phe-duyet/" + ConsoleFake.TG_PLAN + "/phe-duyet",
                plan,
                Map.of("issuedOn", "2024-07-15", "number", "275"));
        HttpResponse<String> noReason =
                browser.post("/console/phe-duyet/" + ConsoleFake.TG_PLAN + "/tra-lai", plan, Map.of("reason", "  "));
        HttpResponse<String> badNumber = browser.post(
                "/console/phe-duyet/" + ConsoleFake.TG_PLAN + "/phe-duyet", plan, Map.of("number", "hai trăm"));

        assertThat(taken.statusCode()).isEqualTo(409);
        assertThat(taken.body())
                .contains(
                        "id=\"number-loi\" class=\"field-error\">Number 275 of 2024 is already used "
                                + "by another document.</p>",
                        "value=\"275\"",
                        "aria-invalid=\"true\"");
        assertThat(noReason.statusCode()).isEqualTo(422);
        assertThat(noReason.body())
                .contains("id=\"reason-loi\" class=\"field-error\">Say what the office must " + "correct.</p>");
        assertThat(badNumber.statusCode()).isEqualTo(422);
        assertThat(badNumber.body()).contains("Số văn bản là một số nguyên, ví dụ 276.");
        assertThat(fake.plan(ConsoleFake.TG_PLAN)).containsEntry("status", "SUBMITTED");
    }

    @Test
    void anotherProvincesPlanIsARefusalPageThatShowsNothingOfIt() {
        Browser browser = new Browser(HttpClient.Redirect.NORMAL);

        HttpResponse<String> other = browser.get("/console/phe-duyet/" + ConsoleFake.DT_PLAN);

        assertThat(other.statusCode()).isEqualTo(404);
        assertThat(other.body())
                .contains("Không tìm thấy", "No plan plan-dt.", "Về trang chính")
                .doesNotContain(ConsoleFake.DT_TITLE, "Phê duyệt và ban hành");
    }

    @Test
    void anotherRoleIsRefusedTheApproversPagesWithoutAnyApiCall() {
        fake.signInAs(ConsoleFake.OFFICE);
        Browser browser = new Browser(HttpClient.Redirect.NORMAL);

        HttpResponse<String> queue = browser.get("/console/phe-duyet");

        assertThat(queue.statusCode()).isEqualTo(403);
        assertThat(queue.body())
                .contains("Trang này không dành cho vai trò của bạn", "Nguyễn Thị Lan")
                .doesNotContain(ConsoleFake.TG_TITLE);
        assertThat(fake.calls()).noneMatch(call -> call.startsWith("GET /api/plans"));
    }

    @Test
    void signingOutEndsTheSessionAtTheConsoleAndAtTheAuthorizationServer() {
        Browser browser = new Browser(HttpClient.Redirect.NORMAL);
        HttpResponse<String> home = browser.get("/console");

        HttpResponse<String> out = browser.post("/console/dang-xuat", home, Map.of());

        assertThat(out.uri().getPath()).isEqualTo("/console/da-dang-xuat");
        assertThat(out.body()).contains("Bạn đã đăng xuất", "Đăng nhập lại").doesNotContain("Trần Văn Phong");
        assertThat(fake.calls()).anySatisfy(call -> assertThat(call).startsWith("GET /connect/logout?id_token_hint="));
        HttpResponse<String> again = new Browser(HttpClient.Redirect.NEVER, browser.cookies).get("/console");
        assertThat(again.statusCode()).as("signed out: sent to sign in again").isEqualTo(302);
    }

    @Test
    void theCentralAgencySeesEveryProvinceInForceWithStatusDateReadinessAndOverdueWork() {
        fake.signInAs(ConsoleFake.CENTRAL);
        Browser browser = new Browser(HttpClient.Redirect.NORMAL);

        HttpResponse<String> dashboard = browser.get("/console/toan-quoc?nam=2023");

        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(dashboard.body())
                .contains(
                        "Toàn quốc · kết quả năm 2023",
                        "3 tỉnh, thành phố: 2 đã có kế hoạch, 1 chưa có.",
                        "Tiền Giang",
                        "Đồng Tháp",
                        "Hà Nội",
                        "Chưa có kế hoạch",
                        "7 giờ 30, thứ Năm, ngày 8/8/2024",
                        "Tháng 7/2021",
                        "Chờ phê duyệt",
                        "<option value=\"PAR\">PAR Index</option>");
        assertThat(fake.calls())
                .anySatisfy(call -> assertThat(call)
                        .startsWith("GET /api/readiness/coverage?year=2023")
                        .endsWith("Bearer at-bnv@moha.gov.vn"));

        HttpResponse<String> plan = browser.get("/console/toan-quoc/ke-hoach/" + ConsoleFake.DT_PLAN);

        assertThat(plan.statusCode()).isEqualTo(200);
        assertThat(plan.body())
                .contains(
                        ConsoleFake.DT_TITLE,
                        "KẾ HOẠCH",
                        "40 đã gửi, 31 tham dự, 2 từ chối",
                        "8 được giao, 4 đã duyệt, 0 quá hạn")
                .doesNotContain("Phê duyệt và ban hành", "Trả lại để chỉnh sửa");
    }

    @Test
    void theDashboardExportsAsCsvThatExcelReadsWithItsAccents() {
        fake.signInAs(ConsoleFake.CENTRAL);
        Browser browser = new Browser(HttpClient.Redirect.NORMAL);

        HttpResponse<String> csv = browser.get("/console/toan-quoc/bang.csv?nam=2023&chi-so=PAR");

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
        assertThat(csv.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(value -> assertThat(value).contains("toan-quoc-2023.csv"));
        assertThat(csv.body())
                .startsWith("\uFEFFMã tỉnh,Tỉnh,Chỉ số,Năm kết quả,Trạng thái,Số kế hoạch,Tên kế hoạch,"
                        + "Thời gian hội nghị,Sẵn sàng,Hồ sơ quá hạn\r\n")
                .contains("tien-giang,Tiền Giang,PAR,2023,Chờ phê duyệt,," + ConsoleFake.TG_TITLE
                        + ",\"7 giờ 30, thứ Năm, ngày 8/8/2024\",Chưa,2\r\n")
                .contains("ha-noi,Hà Nội,PAR,2023,Chưa có kế hoạch,,,,,\r\n");
    }

    @Test
    void onlyTheCentralAgencyOpensTheNationalDashboard() {
        HttpResponse<String> asApprover = new Browser(HttpClient.Redirect.NORMAL).get("/console/toan-quoc");

        assertThat(asApprover.statusCode()).isEqualTo(403);
        assertThat(asApprover.body())
                .contains("Trang này không dành cho vai trò của bạn")
                .doesNotContain("Đồng Tháp");
    }

    @Test
    void aDepartmentSeesItsAssignmentsWithDeadlinesAndWhatWasReturnedAndWhy() {
        fake.signInAs(ConsoleFake.DEPARTMENT);
        Browser browser = new Browser(HttpClient.Redirect.NORMAL);

        HttpResponse<String> list = browser.get("/console/nhiem-vu");
        HttpResponse<String> returned = browser.get("/console/nhiem-vu/req-phat-bieu");

        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body())
                .contains(
                        "<h1>Nhiệm vụ được giao</h1>",
                        ConsoleFake.TG_TITLE,
                        "Báo cáo kết quả Chỉ số PAR Index năm 2023",
                        "Hạn: 17 giờ, thứ Năm, ngày 1/8/2024",
                        "Chưa nộp",
                        "Còn hạn",
                        "Dự thảo bài phát biểu của Sở Nội vụ",
                        "Bị trả lại",
                        "Quá hạn");
        assertThat(returned.body())
                .contains(
                        "Bị trả lại để chỉnh sửa",
                        "Bổ sung số liệu năm 2023 so với năm 2022.",
                        "Phiên bản 1: Du thao phat bieu.docx",
                        "Nộp phiên bản mới",
                        "enctype=\"multipart/form-data\"");
    }

    @Test
    void aDepartmentUploadsTheNextVersionAndTheApiJudgesItsType() {
        fake.signInAs(ConsoleFake.DEPARTMENT);
        Browser browser = new Browser(HttpClient.Redirect.NORMAL);
        HttpResponse<String> page = browser.get("/console/nhiem-vu/req-bao-cao");

        HttpResponse<String> uploaded = browser.upload(
                "/console/nhiem-vu/req-bao-cao/nop",
                page,
                "Báo cáo PAR 2023.pdf",
                "%PDF-1.7 báo cáo".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> refused =
                browser.upload("/console/nhiem-vu/req-bao-cao/nop", page, "setup.exe", new byte[] {'M', 'Z', 0, 0});

        assertThat(uploaded.statusCode()).isEqualTo(200);
        assertThat(uploaded.body())
                .contains(
                        "Đã nộp phiên bản 1: Báo cáo PAR 2023.pdf.",
                        "Đã nộp, chờ duyệt",
                        "Phiên bản 1: Báo cáo PAR 2023.pdf");
        assertThat(fake.calls())
                .anySatisfy(call -> assertThat(call)
                        .startsWith("POST /api/material-requests/req-bao-cao/submissions")
                        .endsWith("Bearer at-tg-sonoivu@tiengiang.gov.vn"));
        assertThat(refused.statusCode()).isEqualTo(415);
        assertThat(refused.body())
                .contains("id=\"file-loi\" class=\"field-error\" role=\"alert\">The file is not a "
                        + "PDF, an office document or an image.</p>");
    }

    @Test
    void anotherRoleIsRefusedTheDepartmentsPages() {
        HttpResponse<String> asApprover = new Browser(HttpClient.Redirect.NORMAL).get("/console/nhiem-vu");

        assertThat(asApprover.statusCode()).isEqualTo(403);
    }

    @Test
    void theOfficeSearchesItsPlansWithoutAccentsAndFilters() {
        fake.signInAs(ConsoleFake.OFFICE);
        Browser browser = new Browser(HttpClient.Redirect.NORMAL);

        HttpResponse<String> found =
                browser.get("/console/ke-hoach?q=tien+giang&trang-thai=SUBMITTED&nam=2023&chi-so=PAR");
        HttpResponse<String> none = browser.get("/console/ke-hoach?q=ha+noi");

        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(found.body())
                .contains("<h1>Kế hoạch của tỉnh</h1>", ConsoleFake.TG_TITLE, "1 kế hoạch", "value=\"tien giang\"")
                .doesNotContain(ConsoleFake.DT_TITLE);
        assertThat(fake.calls())
                .anySatisfy(call -> assertThat(call)
                        .startsWith(
                                "GET /api/plans?page=0&size=50&status=SUBMITTED&index=PAR&year=2023&q=tien%20giang"));
        assertThat(none.body()).contains("0 kế hoạch");
    }

    @Test
    void theOfficeReadsAPlanWithItsReadinessAndTimelineAndSubmitsADraft() {
        fake.signInAs(ConsoleFake.OFFICE);
        Browser browser = new Browser(HttpClient.Redirect.NORMAL);
        HttpResponse<String> form = browser.get("/console/ke-hoach/moi/tep-json");

        HttpResponse<String> refused =
                browser.post("/console/ke-hoach/moi/tep-json", form, Map.of("json", "{\"title\":\"\"}"));
        HttpResponse<String> created = browser.post(
                "/console/ke-hoach/moi/tep-json",
                form,
                Map.of(
                        "json",
                        "{\"title\":\"Kế hoạch hội nghị công bố SIPAS năm 2023\","
                                + "\"signer\":{\"name\":\"Nguyễn Văn Vĩnh\",\"title\":\"Chủ tịch\"},"
                                + "\"distribution\":[{\"text\":\"Bộ Nội vụ\",\"units\":[\"BNV\"]}]}"));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("Hệ thống chưa nhận kế hoạch", "title: A plan needs a title.");
        assertThat(created.uri().getPath()).isEqualTo("/console/ke-hoach/plan-moi");
        assertThat(created.body())
                .contains(
                        "Đã tạo dự thảo kế hoạch.",
                        "Dự thảo",
                        "Trình lãnh đạo phê duyệt",
                        "Chưa có chương trình hội nghị cho kế hoạch này.",
                        "Các phần của kế hoạch",
                        "href=\"/console/ke-hoach/plan-moi/sua/thanh-phan\"",
                        "Còn thiếu trước khi trình",
                        "Chưa có thành phần tham dự.")
                .doesNotContain("Phê duyệt và ban hành");

        HttpResponse<String> submitted = browser.post("/console/ke-hoach/plan-moi/trinh", created, Map.of());

        assertThat(submitted.body())
                .contains("Đã trình kế hoạch để lãnh đạo phê duyệt.", "Chờ phê duyệt")
                .doesNotContain("Trình lãnh đạo phê duyệt", "Phê duyệt và ban hành");

        HttpResponse<String> withAgenda = browser.get("/console/ke-hoach/" + ConsoleFake.TG_PLAN);
        assertThat(withAgenda.body())
                .contains(
                        "Chương trình hội nghị",
                        "Phiên bản 2, 07:30–11:15, tổng 225 phút",
                        "07:40–08:00",
                        "Báo cáo kết quả các chỉ số năm 2023",
                        "The agenda ends 5 minutes after the session&#39;s planned end.",
                        "40 đã gửi, 31 tham dự");
    }

    @Test
    void theOfficeCreatesAPlanInTheFormAndTheApisRefusalComesBackNextToItsField() {
        fake.signInAs(ConsoleFake.OFFICE);
        Browser browser = new Browser(HttpClient.Redirect.NORMAL);
        HttpResponse<String> page = browser.get("/console/ke-hoach/moi");
        assertThat(page.body())
                .contains(
                        "<h1>Tạo kế hoạch mới</h1>",
                        "name=\"indices[0].code\"",
                        "<option value=\"PAR\">PAR Index — Chỉ số cải cách hành chính</option>",
                        "name=\"time.quarter\"",
                        "Trực tiếp kết hợp trực tuyến");

        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("indices[0].code", "PAR");
        fields.put("indices[0].year", "2023");
        fields.put("title", "");
        fields.put("time.mode", "tentative");
        fields.put("time.quarter", "3");
        fields.put("time.year", "2024");
        fields.put("format", "IN_PERSON");
        fields.put("action", "them:indices");
        HttpResponse<String> added = browser.post("/console/ke-hoach/moi", page, fields);
        assertThat(added.statusCode()).isEqualTo(200);
        assertThat(added.body())
                .contains(
                        "name=\"indices[1].code\"",
                        "<legend>Chỉ số 2</legend>",
                        "<option value=\"PAR\" selected=\"selected\">",
                        "autofocus=\"autofocus\"");
        assertThat(fake.created()).isEmpty();

        fields.put("indices[1].code", "SIPAS");
        fields.put("indices[1].year", "năm ngoái");
        fields.put("action", "luu");
        HttpResponse<String> unreadable = browser.post("/console/ke-hoach/moi", added, fields);
        assertThat(unreadable.statusCode()).isEqualTo(422);
        assertThat(unreadable.body())
                .contains(
                        "id=\"f-indices-1-year-loi\" class=\"field-error\">Năm kết quả là " + "một số, ví dụ 2023.</p>",
                        "value=\"năm ngoái\"");

        fields.put("indices[1].year", "2023");
        HttpResponse<String> refused = browser.post("/console/ke-hoach/moi", unreadable, fields);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body())
                .contains(
                        "Chưa lưu được: cần sửa",
                        "href=\"#f-title\"",
                        "id=\"f-title-loi\" class=\"field-error\">A plan needs a title.</p>",
                        "aria-invalid=\"true\"",
                        "<option value=\"SIPAS\" selected=\"selected\">");

        fields.put("title", "Tổ chức hội nghị công bố PAR Index và SIPAS năm 2023");
        fields.put("time.note", "Thời điểm cụ thể do Ủy ban nhân dân tỉnh quyết định");
        fields.put("chair", "Thường trực Ủy ban nhân dân tỉnh");
        HttpResponse<String> created = browser.post("/console/ke-hoach/moi", refused, fields);
        assertThat(created.uri().getPath()).isEqualTo("/console/ke-hoach/plan-moi/sua/muc-dich");
        assertThat(created.body())
                .contains("Đã tạo dự thảo kế hoạch.", "Phần 2/8:", "Mục đích, yêu cầu", "aria-current=\"step\"");
        assertThat(fake.created()).hasSize(1);
        assertThat(fake.created().getFirst())
                .containsEntry("province", "tien-giang")
                .containsEntry(
                        "indices",
                        java.util.List.of(Map.of("code", "PAR", "year", 2023), Map.of("code", "SIPAS", "year", 2023)))
                .containsEntry("format", "IN_PERSON")
                .containsEntry("chair", "Thường trực Ủy ban nhân dân tỉnh");
        assertThat(fake.created().getFirst().get("time").toString()).contains("quarter=3", "year=2024");
    }

    @Test
    void theCompositionIsTypedRowByRowWithTotalsAgainstKhoangNAndRefusalsLandOnTheRowTypedIn() {
        fake.signInAs(ConsoleFake.OFFICE);
        fake.makeDraft(ConsoleFake.TG_PLAN);
        Browser browser = new Browser(HttpClient.Redirect.NORMAL);
        HttpResponse<String> page = browser.get("/console/ke-hoach/" + ConsoleFake.TG_PLAN + "/sua/thanh-phan");
        assertThat(page.body())
                .contains(
                        "Phần 4/8:",
                        "Thành phần tham dự",
                        ">Giám đốc</textarea>",
                        "<option value=\"TG-SNV\" selected=\"selected\">Sở Nội vụ (TG-SNV)</option>",
                        "<option value=\"BNV\">Bộ Nội vụ (BNV)</option>",
                        "1 đại biểu đã nêu số — kế hoạch ghi khoảng 120 đại biểu.");
        assertThat(fake.calls())
                .anySatisfy(call ->
                        assertThat(call).startsWith("GET /api/reference/units?province=tien-giang&page=0&size=100"));

        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("participants.groups[0].id", "g1");
        fields.put("participants.groups[0].level", "PROVINCE");
        fields.put("participants.groups[0].unit", "TG-SNV");
        fields.put("participants.groups[0].role", "Giám đốc");
        fields.put("participants.groups[0].count", "1");
        fields.put("participants.statedTotal", "120");
        fields.put("participants.totalApproximate", "true");
        fields.put("action", "them:participants.groups");
        HttpResponse<String> one =
                browser.post("/console/ke-hoach/" + ConsoleFake.TG_PLAN + "/sua/thanh-phan", page, fields);
        fields.put("action", "them:participants.groups");
        HttpResponse<String> two =
                browser.post("/console/ke-hoach/" + ConsoleFake.TG_PLAN + "/sua/thanh-phan", one, withRows(fields, 1));
        assertThat(two.body())
                .contains(
                        "<legend>Nhóm 3</legend>",
                        "name=\"participants.groups[2].unit\"",
                        "id=\"f-participants-groups-2-level\" name=\"participants.groups[2].level\" autofocus");
        assertThat(fake.patches()).isEmpty();

        fields.put("participants.groups[2].level", "DISTRICT");
        fields.put("participants.groups[2].unit", "TG-NOWHERE");
        fields.put("participants.groups[2].role", "Chủ tịch Ủy ban nhân dân");
        fields.put("participants.groups[2].count", "1");
        fields.put("action", "luu");
        HttpResponse<String> refused =
                browser.post("/console/ke-hoach/" + ConsoleFake.TG_PLAN + "/sua/thanh-phan", two, withRows(fields, 1));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body())
                .contains(
                        "Thành phần › Nhóm 3 › Đơn vị",
                        "id=\"f-participants-groups-2-unit-loi\" class=\"field-error\">No unit TG-NOWHERE in the reference "
                                + "data.</p>",
                        "TG-NOWHERE (không có trong danh mục ngày này)",
                        "2 đại biểu đã nêu số",
                        "The groups add up to 2 delegates but the plan states 120.");
        @SuppressWarnings("unchecked")
        java.util.List<Object> sent = (java.util.List<Object>)
                ((Map<String, Object>) fake.patches().getFirst().get("participants")).get("groups");
        assertThat(sent).as("the empty row 2 is not sent").hasSize(2);

        fields.put("participants.groups[2].unit", "TG-MYTHO");
        fields.put("action", "xoa:participants.groups[1]");
        HttpResponse<String> removed = browser.post(
                "/console/ke-hoach/" + ConsoleFake.TG_PLAN + "/sua/thanh-phan", refused, withRows(fields, 1));
        assertThat(removed.body())
                .doesNotContain("<legend>Nhóm 3</legend>")
                .contains(">Chủ tịch Ủy ban nhân dân</textarea>");

        Map<String, String> kept = new LinkedHashMap<>(fields);
        kept.keySet()
                .removeIf(key -> key.startsWith("participants.groups[1]") || key.startsWith("participants.groups[2]"));
        kept.put("participants.groups[1].level", "DISTRICT");
        kept.put("participants.groups[1].unit", "TG-MYTHO");
        kept.put("participants.groups[1].role", "Chủ tịch Ủy ban nhân dân");
        kept.put("participants.groups[1].count", "");
        kept.put("action", "luu");
        HttpResponse<String> saved =
                browser.post("/console/ke-hoach/" + ConsoleFake.TG_PLAN + "/sua/thanh-phan", removed, kept);
        assertThat(saved.uri().getPath()).isEqualTo("/console/ke-hoach/" + ConsoleFake.TG_PLAN + "/sua/thanh-phan");
        assertThat(saved.body())
                .contains(
                        "Đã lưu phần “Thành phần tham dự”.",
                        "Tiếp: 5. Phông hội nghị",
                        "<option value=\"TG-MYTHO\" selected=\"selected\">");
        assertThat(fake.calls()).anySatisfy(call -> assertThat(call).startsWith("PATCH /api/plans/plan-tg"));
        assertThat(fake.requestForm(ConsoleFake.TG_PLAN).get("participants").toString())
                .contains("unit=TG-MYTHO", "statedTotal=120", "totalApproximate=true");
    }

    @Test
    void assignmentsChainTheirStepsAndAStaleVersionIsSaidWithWhatWasTypedKept() {
        fake.signInAs(ConsoleFake.OFFICE);
        fake.makeDraft(ConsoleFake.TG_PLAN);
        Browser browser = new Browser(HttpClient.Redirect.NORMAL);
        String path = "/console/ke-hoach/" + ConsoleFake.TG_PLAN + "/sua/phan-cong";
        HttpResponse<String> page = browser.get(path);
        assertThat(page.body())
                .contains("<legend>Nhiệm vụ 1</legend>", "value=\"a1\"", "Chuẩn bị báo cáo kết quả các chỉ số");

        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("assignments[0].id", "a1");
        fields.put("assignments[0].owner", "TG-STTTT");
        fields.put("assignments[0].task", "Chuẩn bị nội dung phát biểu về DTI");
        fields.put("assignments[0].dueBefore", "2024-07-25");
        fields.put("assignments[0].recipient", "TG-SNV");
        fields.put("action", "them:assignments");
        HttpResponse<String> added = browser.post(path, page, fields);
        assertThat(added.body())
                .contains("name=\"assignments[1].id\" value=\"A2\"", "<option value=\"A2\">Nhiệm vụ 2</option>");

        fields.put("assignments[1].id", "A2");
        fields.put("assignments[1].owner", "TG-SNV");
        fields.put("assignments[1].task", "Tổng hợp nội dung phát biểu");
        fields.put("action", "them:assignments[0].deliverables");
        HttpResponse<String> deliverable = browser.post(path, added, fields);
        assertThat(deliverable.body()).contains("name=\"assignments[0].deliverables[0].kind\"");
        fields.put("action", "them:assignments[1].collaborators");
        HttpResponse<String> collaborator = browser.post(path, deliverable, fields);
        assertThat(collaborator.body()).contains("name=\"assignments[1].collaborators[0]\"");

        fields.put("assignments[0].deliverables[0].kind", "DRAFT_SPEECH");
        fields.put("assignments[0].deliverables[0].title", "");
        fields.put("assignments[0].next", "A2");
        fields.put("assignments[1].collaborators[0]", "TG-VPUBND");
        fields.put("action", "luu");
        HttpResponse<String> refused = browser.post(path, collaborator, fields);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body())
                .contains(
                        "Nhiệm vụ 1 › Sản phẩm 1 › Tên",
                        "id=\"f-assignments-0-deliverables-0-title-loi\" class=\"field-error\">Say what is delivered.</p>",
                        "<option value=\"A2\" selected=\"selected\">Nhiệm vụ 2: Sở Nội vụ — Tổng hợp nội dung phát biểu</option>");

        fields.put("assignments[0].deliverables[0].title", "Nội dung phát biểu về DTI");
        fields.put("etag", "\"1\"");
        HttpResponse<String> stale = browser.postAsIs(path, refused, fields);
        assertThat(stale.statusCode()).isEqualTo(412);
        assertThat(stale.body())
                .contains("Kế hoạch vừa được thay đổi ở nơi khác", "value=\"Nội dung phát biểu về DTI\"");

        fields.remove("etag");
        HttpResponse<String> saved = browser.post(path, stale, fields);
        assertThat(saved.body()).contains("Đã lưu phần “Tổ chức thực hiện (phân công)”.");
        assertThat(fake.requestForm(ConsoleFake.TG_PLAN).get("assignments").toString())
                .contains("next=A2", "collaborators=[TG-VPUBND]", "kind=DRAFT_SPEECH", "dueBefore=2024-07-25");
    }

    @Test
    void aRefusedSubmissionListsWhatIsMissingWithALinkToEachSection() {
        fake.signInAs(ConsoleFake.OFFICE);
        Browser browser = new Browser(HttpClient.Redirect.NORMAL);
        HttpResponse<String> form = browser.get("/console/ke-hoach/moi/tep-json");
        HttpResponse<String> created = browser.post(
                "/console/ke-hoach/moi/tep-json", form, Map.of("json", "{\"title\":\"Kế hoạch chưa có người ký\"}"));

        HttpResponse<String> refused = browser.post("/console/ke-hoach/plan-moi/trinh", created, Map.of());

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body())
                .contains(
                        "Hệ thống chưa nhận trình: kế hoạch còn thiếu",
                        "href=\"/console/ke-hoach/plan-moi/sua/noi-nhan-nguoi-ky#f-signer-name\"",
                        "Say who signs the plan and with what title.",
                        "List where the plan is sent (Nơi nhận).");
    }

    /** The group rows of {@code fields} and {@code count} empty ones after them, as the page posts them. */
    private static Map<String, String> withRows(Map<String, String> fields, int count) {
        Map<String, String> posted = new LinkedHashMap<>(fields);
        for (int i = 1; i <= count; i++) {
            posted.put("participants.groups[" + i + "].level", "");
        }
        return posted;
    }

    /** An HTTP client keeping its cookies, as a browser would, with the form's CSRF token sent back on POST. */
    private final class Browser {

        private final CookieManager cookies;
        private final HttpClient http;

        Browser(HttpClient.Redirect redirects) {
            this(redirects, new CookieManager());
        }

        Browser(HttpClient.Redirect redirects, CookieManager cookies) {
            this.cookies = cookies;
            this.http = HttpClient.newBuilder()
                    .cookieHandler(cookies)
                    .followRedirects(redirects)
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();
        }

        HttpResponse<String> get(String pathOrUrl) {
            return send(HttpRequest.newBuilder(uri(pathOrUrl))
                    .header("Accept", "text/html")
                    .GET());
        }

        /** POST with the page's CSRF token and the etag given in {@code fields} (an old version). */
        HttpResponse<String> postAsIs(String path, HttpResponse<String> page, Map<String, String> fields) {
            Map<String, String> form = new LinkedHashMap<>(fields);
            Matcher csrf = CSRF.matcher(page.body());
            if (csrf.find()) {
                form.put("_csrf", csrf.group(1));
            }
            return send(HttpRequest.newBuilder(uri(path))
                    .header("Accept", "text/html")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(encode(form))));
        }

        private static String encode(Map<String, String> form) {
            return form.entrySet().stream()
                    .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
        }

        HttpResponse<String> post(String path, HttpResponse<String> page, Map<String, String> fields) {
            Map<String, String> form = new LinkedHashMap<>(fields);
            Matcher csrf = CSRF.matcher(page.body());
            if (csrf.find()) {
                form.put("_csrf", csrf.group(1));
            }
            Matcher etag = Pattern.compile("name=\"etag\" value=\"([^\"]*)\"").matcher(page.body());
            if (etag.find()) {
                form.put("etag", etag.group(1).replace("&quot;", "\""));
            }
            String body = encode(form);
            return send(HttpRequest.newBuilder(uri(path))
                    .header("Accept", "text/html")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
        }

        HttpResponse<String> upload(String path, HttpResponse<String> page, String fileName, byte[] content) {
            Matcher csrf = CSRF.matcher(page.body());
            assertThat(csrf.find()).isTrue();
            String boundary = "----console" + System.nanoTime();
            java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n"
                            + csrf.group(1) + "\r\n--" + boundary
                            + "\r\nContent-Disposition: form-data; name=\"file\"; "
                            + "filename=\"" + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(content);
            body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return send(HttpRequest.newBuilder(uri(path))
                    .header("Accept", "text/html")
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
        }

        private URI uri(String pathOrUrl) {
            return URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : "http://localhost:" + port + pathOrUrl);
        }

        private HttpResponse<String> send(HttpRequest.Builder request) {
            try {
                return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (Exception ex) {
                throw new IllegalStateException(ex);
            }
        }
    }
}
