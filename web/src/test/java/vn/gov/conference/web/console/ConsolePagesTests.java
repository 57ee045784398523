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
        HttpResponse<String> start = browser.get(console.headers().firstValue("Location").orElseThrow());

        assertThat(console.statusCode()).isEqualTo(302);
        URI authorize = URI.create(start.headers().firstValue("Location").orElseThrow());
        assertThat(authorize.toString()).startsWith(fake.url() + "/oauth2/authorize?");
        assertThat(authorize.getQuery()).contains("response_type=code", "client_id=console", "scope=openid profile",
                "code_challenge_method=S256", "code_challenge=", "nonce=",
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
        assertThat(home.body()).contains("<html lang=\"vi\">", "Xin chào, Trần Văn Phong",
                "Lãnh đạo UBND tỉnh (phê duyệt)", "Kế hoạch chờ phê", "Đăng xuất");

        HttpResponse<String> queue = browser.get("/console/phe-duyet");

        assertThat(queue.statusCode()).isEqualTo(200);
        assertThat(queue.body()).contains("<h1>Kế hoạch chờ phê duyệt</h1>", ConsoleFake.TG_TITLE)
            .doesNotContain(ConsoleFake.DT_TITLE);
        assertThat(fake.calls()).filteredOn(call -> call.startsWith("GET /api/plans"))
            .isNotEmpty()
            .allSatisfy(call -> assertThat(call).endsWith("Bearer at-tg-chutich@tiengiang.gov.vn"));
    }

    @Test
    void theApproverReadsThePlanAsADocumentApprovesItWithTheRegistersNumberAndSchedulesIt() {
        Browser browser = new Browser(HttpClient.Redirect.NORMAL);
        HttpResponse<String> plan = browser.get("/console/phe-duyet/" + ConsoleFake.TG_PLAN);
        assertThat(plan.body()).contains("KẾ HOẠCH", ConsoleFake.TG_TITLE, "I. Mục đích, yêu cầu",
                "II. Nội dung, thời gian, địa điểm, thành phần", "III. Kinh phí", "IV. Tổ chức thực hiện",
                "Tổng số: khoảng 120 đại biểu", "Phê duyệt và ban hành", "Trả lại để chỉnh sửa")
            .doesNotContain("Chốt thời gian tổ chức");

        HttpResponse<String> approved = browser.post("/console/phe-duyet/" + ConsoleFake.TG_PLAN + "/phe-duyet", plan,
                Map.of("issuedOn", "2024-07-15", "number", ""));

        assertThat(approved.statusCode()).isEqualTo(200);
        assertThat(approved.uri().getPath()).isEqualTo("/console/phe-duyet/" + ConsoleFake.TG_PLAN);
        assertThat(approved.body()).contains("Đã phê duyệt và ban hành kế hoạch số 276/KH-UBND.", "Đã ban hành",
                "Số: 276/KH-UBND", "Chốt thời gian tổ chức");
        assertThat(fake.calls()).anySatisfy(call -> assertThat(call)
            .startsWith("POST /api/plans/plan-tg/approve").endsWith("Bearer at-tg-chutich@tiengiang.gov.vn"));

        HttpResponse<String> scheduled = browser.post("/console/phe-duyet/" + ConsoleFake.TG_PLAN + "/lich", approved,
                Map.of("day", "2024-08-08", "time", "07:30"));

        assertThat(scheduled.body()).contains("Đã chốt thời gian: 7 giờ 30", "Đã chốt thời gian");
        assertThat(fake.plan(ConsoleFake.TG_PLAN).get("time").toString()).contains("2024-08-08T07:30:00+07:00");
    }

    @Test
    void aRefusedDecisionComesBackWithTheApisWordsNextToTheField() {
        Browser browser = new Browser(HttpClient.Redirect.NORMAL);
        HttpResponse<String> plan = browser.get("/console/phe-duyet/" + ConsoleFake.TG_PLAN);

        HttpResponse<String> taken = browser.post("/console/phe-duyet/" + ConsoleFake.TG_PLAN + "/phe-duyet", plan,
                Map.of("issuedOn", "2024-07-15", "number", "275"));
        HttpResponse<String> noReason = browser.post("/console/phe-duyet/" + ConsoleFake.TG_PLAN + "/tra-lai", plan,
                Map.of("reason", "  "));
        HttpResponse<String> badNumber = browser.post("/console/phe-duyet/" + ConsoleFake.TG_PLAN + "/phe-duyet",
                plan, Map.of("number", "hai trăm"));

        assertThat(taken.statusCode()).isEqualTo(409);
        assertThat(taken.body()).contains("id=\"number-loi\" class=\"field-error\">Number 275 of 2024 is already used "
                + "by another document.</p>", "value=\"275\"", "aria-invalid=\"true\"");
        assertThat(noReason.statusCode()).isEqualTo(422);
        assertThat(noReason.body()).contains("id=\"reason-loi\" class=\"field-error\">Say what the office must "
                + "correct.</p>");
        assertThat(badNumber.statusCode()).isEqualTo(422);
        assertThat(badNumber.body()).contains("Số văn bản là một số nguyên, ví dụ 276.");
        assertThat(fake.plan(ConsoleFake.TG_PLAN)).containsEntry("status", "SUBMITTED");
    }

    @Test
    void anotherProvincesPlanIsARefusalPageThatShowsNothingOfIt() {
        Browser browser = new Browser(HttpClient.Redirect.NORMAL);

        HttpResponse<String> other = browser.get("/console/phe-duyet/" + ConsoleFake.DT_PLAN);

        assertThat(other.statusCode()).isEqualTo(404);
        assertThat(other.body()).contains("Không tìm thấy", "No plan plan-dt.", "Về trang chính")
            .doesNotContain(ConsoleFake.DT_TITLE, "Phê duyệt và ban hành");
    }

    @Test
    void anotherRoleIsRefusedTheApproversPagesWithoutAnyApiCall() {
        fake.signInAs(ConsoleFake.OFFICE);
        Browser browser = new Browser(HttpClient.Redirect.NORMAL);

        HttpResponse<String> queue = browser.get("/console/phe-duyet");

        assertThat(queue.statusCode()).isEqualTo(403);
        assertThat(queue.body()).contains("Trang này không dành cho vai trò của bạn", "Nguyễn Thị Lan")
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
        assertThat(dashboard.body()).contains("Toàn quốc · kết quả năm 2023",
                "3 tỉnh, thành phố: 2 đã có kế hoạch, 1 chưa có.", "Tiền Giang", "Đồng Tháp", "Hà Nội",
                "Chưa có kế hoạch", "7 giờ 30, thứ Năm, ngày 8/8/2024", "Tháng 7/2021", "Chờ phê duyệt",
                "<option value=\"PAR\">PAR Index</option>");
        assertThat(fake.calls()).anySatisfy(call -> assertThat(call)
            .startsWith("GET /api/readiness/coverage?year=2023").endsWith("Bearer at-bnv@moha.gov.vn"));

        HttpResponse<String> plan = browser.get("/console/toan-quoc/ke-hoach/" + ConsoleFake.DT_PLAN);

        assertThat(plan.statusCode()).isEqualTo(200);
        assertThat(plan.body()).contains(ConsoleFake.DT_TITLE, "KẾ HOẠCH", "40 đã gửi, 31 tham dự, 2 từ chối",
                "8 được giao, 4 đã duyệt, 0 quá hạn").doesNotContain("Phê duyệt và ban hành", "Trả lại để chỉnh sửa");
    }

    @Test
    void theDashboardExportsAsCsvThatExcelReadsWithItsAccents() {
        fake.signInAs(ConsoleFake.CENTRAL);
        Browser browser = new Browser(HttpClient.Redirect.NORMAL);

        HttpResponse<String> csv = browser.get("/console/toan-quoc/bang.csv?nam=2023&chi-so=PAR");

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(value -> assertThat(value)
            .contains("toan-quoc-2023.csv"));
        assertThat(csv.body()).startsWith("\uFEFFMã tỉnh,Tỉnh,Chỉ số,Năm kết quả,Trạng thái,Số kế hoạch,Tên kế hoạch,"
                + "Thời gian hội nghị,Sẵn sàng,Hồ sơ quá hạn\r\n")
            .contains("tien-giang,Tiền Giang,PAR,2023,Chờ phê duyệt,," + ConsoleFake.TG_TITLE
                    + ",\"7 giờ 30, thứ Năm, ngày 8/8/2024\",Chưa,2\r\n")
            .contains("ha-noi,Hà Nội,PAR,2023,Chưa có kế hoạch,,,,,\r\n");
    }

    @Test
    void onlyTheCentralAgencyOpensTheNationalDashboard() {
        HttpResponse<String> asApprover = new Browser(HttpClient.Redirect.NORMAL).get("/console/toan-quoc");

        assertThat(asApprover.statusCode()).isEqualTo(403);
        assertThat(asApprover.body()).contains("Trang này không dành cho vai trò của bạn").doesNotContain("Đồng Tháp");
    }

    @Test
    void aDepartmentSeesItsAssignmentsWithDeadlinesAndWhatWasReturnedAndWhy() {
        fake.signInAs(ConsoleFake.DEPARTMENT);
        Browser browser = new Browser(HttpClient.Redirect.NORMAL);

        HttpResponse<String> list = browser.get("/console/nhiem-vu");
        HttpResponse<String> returned = browser.get("/console/nhiem-vu/req-phat-bieu");

        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("<h1>Nhiệm vụ được giao</h1>", ConsoleFake.TG_TITLE,
                "Báo cáo kết quả Chỉ số PAR Index năm 2023", "Hạn: 17 giờ, thứ Năm, ngày 1/8/2024", "Chưa nộp",
                "Còn hạn", "Dự thảo bài phát biểu của Sở Nội vụ", "Bị trả lại", "Quá hạn");
        assertThat(returned.body()).contains("Bị trả lại để chỉnh sửa", "Bổ sung số liệu năm 2023 so với năm 2022.",
                "Phiên bản 1: Du thao phat bieu.docx", "Nộp phiên bản mới", "enctype=\"multipart/form-data\"");
    }

    @Test
    void aDepartmentUploadsTheNextVersionAndTheApiJudgesItsType() {
        fake.signInAs(ConsoleFake.DEPARTMENT);
        Browser browser = new Browser(HttpClient.Redirect.NORMAL);
        HttpResponse<String> page = browser.get("/console/nhiem-vu/req-bao-cao");

        HttpResponse<String> uploaded = browser.upload("/console/nhiem-vu/req-bao-cao/nop", page,
                "Báo cáo PAR 2023.pdf", "%PDF-1.7 báo cáo".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> refused = browser.upload("/console/nhiem-vu/req-bao-cao/nop", page, "setup.exe",
                new byte[] {'M', 'Z', 0, 0});

        assertThat(uploaded.statusCode()).isEqualTo(200);
        assertThat(uploaded.body()).contains("Đã nộp phiên bản 1: Báo cáo PAR 2023.pdf.", "Đã nộp, chờ duyệt",
                "Phiên bản 1: Báo cáo PAR 2023.pdf");
        assertThat(fake.calls()).anySatisfy(call -> assertThat(call)
            .startsWith("POST /api/material-requests/req-bao-cao/submissions")
            .endsWith("Bearer at-tg-sonoivu@tiengiang.gov.vn"));
        assertThat(refused.statusCode()).isEqualTo(415);
        assertThat(refused.body()).contains("id=\"file-loi\" class=\"field-error\" role=\"alert\">The file is not a "
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

        HttpResponse<String> found = browser.get("/console/ke-hoach?q=tien+giang&trang-thai=SUBMITTED&nam=2023&chi-so=PAR");
        HttpResponse<String> none = browser.get("/console/ke-hoach?q=ha+noi");

        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(found.body()).contains("<h1>Kế hoạch của tỉnh</h1>", ConsoleFake.TG_TITLE, "1 kế hoạch",
                "value=\"tien giang\"").doesNotContain(ConsoleFake.DT_TITLE);
        assertThat(fake.calls()).anySatisfy(call -> assertThat(call)
            .startsWith("GET /api/plans?page=0&size=50&status=SUBMITTED&index=PAR&year=2023&q=tien%20giang"));
        assertThat(none.body()).contains("0 kế hoạch");
    }

    @Test
    void theOfficeReadsAPlanWithItsReadinessAndTimelineAndSubmitsADraft() {
        fake.signInAs(ConsoleFake.OFFICE);
        Browser browser = new Browser(HttpClient.Redirect.NORMAL);
        HttpResponse<String> form = browser.get("/console/ke-hoach/moi");

        HttpResponse<String> refused = browser.post("/console/ke-hoach/moi", form, Map.of("json", "{\"title\":\"\"}"));
        HttpResponse<String> created = browser.post("/console/ke-hoach/moi", form,
                Map.of("json", "{\"title\":\"Kế hoạch hội nghị công bố SIPAS năm 2023\"}"));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("Hệ thống chưa nhận kế hoạch", "title: A plan needs a title.");
        assertThat(created.uri().getPath()).isEqualTo("/console/ke-hoach/plan-moi");
        assertThat(created.body()).contains("Đã tạo dự thảo kế hoạch.", "Dự thảo", "Trình lãnh đạo phê duyệt",
                "Chưa có chương trình hội nghị cho kế hoạch này.").doesNotContain("Phê duyệt và ban hành");

        HttpResponse<String> submitted = browser.post("/console/ke-hoach/plan-moi/trinh", created, Map.of());

        assertThat(submitted.body()).contains("Đã trình kế hoạch để lãnh đạo phê duyệt.", "Chờ phê duyệt")
            .doesNotContain("Trình lãnh đạo phê duyệt", "Phê duyệt và ban hành");

        HttpResponse<String> withAgenda = browser.get("/console/ke-hoach/" + ConsoleFake.TG_PLAN);
        assertThat(withAgenda.body()).contains("Chương trình hội nghị", "Phiên bản 2, 07:30–11:15, tổng 225 phút",
                "07:40–08:00", "Báo cáo kết quả các chỉ số năm 2023",
                "The agenda ends 5 minutes after the session&#39;s planned end.", "40 đã gửi, 31 tham dự");
    }

    @Test
    void theOfficeEditsADraftsSectionsInAFormAndTheApiJudgesThem() {
        fake.signInAs(ConsoleFake.OFFICE);
        Browser browser = new Browser(HttpClient.Redirect.NORMAL);
        HttpResponse<String> form = browser.post("/console/ke-hoach/moi", browser.get("/console/ke-hoach/moi"),
                Map.of("json", "{\"title\":\"Kế hoạch hội nghị công bố SIPAS năm 2023\"}"));
        HttpResponse<String> edit = browser.get("/console/ke-hoach/plan-moi/sua");
        assertThat(edit.body()).contains("<h1>Sửa kế hoạch</h1>", "I. Mục đích, yêu cầu",
                "value=\"Kế hoạch hội nghị công bố SIPAS năm 2023\"", "value=\"120\"", "checked=\"checked\"");

        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", "");
        fields.put("purposes", "Thông tin kết quả SIPAS.\nĐề ra giải pháp.");
        fields.put("statedTotal", "khoảng trăm");
        HttpResponse<String> unreadable = browser.post("/console/ke-hoach/plan-moi/sua", edit, fields);
        fields.put("statedTotal", "150");
        HttpResponse<String> refused = browser.post("/console/ke-hoach/plan-moi/sua", edit, fields);
        fields.put("title", "Kế hoạch hội nghị SIPAS 2023 (sửa)");
        fields.put("day", "2024-09-10");
        fields.put("clock", "08:00");
        HttpResponse<String> saved = browser.post("/console/ke-hoach/plan-moi/sua", edit, fields);

        assertThat(unreadable.statusCode()).isEqualTo(422);
        assertThat(unreadable.body()).contains("Số đại biểu là một số nguyên, ví dụ 120.");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"title-loi\" class=\"field-error\">A plan needs a title.</p>",
                "Đề ra giải pháp.");
        assertThat(saved.uri().getPath()).isEqualTo("/console/ke-hoach/plan-moi");
        assertThat(saved.body()).contains("Đã lưu nội dung kế hoạch.", "Kế hoạch hội nghị SIPAS 2023 (sửa)",
                "Đề ra giải pháp.", "8 giờ, thứ Ba, ngày 10/9/2024", "Tổng số: 150 đại biểu");
        assertThat(fake.calls()).anySatisfy(call -> assertThat(call).startsWith("PATCH /api/plans/plan-moi"));
        assertThat(form.statusCode()).isEqualTo(200);
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
            this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(redirects)
                    .connectTimeout(Duration.ofSeconds(5)).build();
        }

        HttpResponse<String> get(String pathOrUrl) {
            return send(HttpRequest.newBuilder(uri(pathOrUrl)).header("Accept", "text/html").GET());
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
            String body = form.entrySet().stream()
                    .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
        }

        HttpResponse<String> upload(String path, HttpResponse<String> page, String fileName, byte[] content) {
            Matcher csrf = CSRF.matcher(page.body());
            assertThat(csrf.find()).isTrue();
            String boundary = "----console" + System.nanoTime();
            java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n"
                    + csrf.group(1) + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; "
                    + "filename=\"" + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(content);
            body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html")
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
        }

        private URI uri(String pathOrUrl) {
            return URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : "http://localhost:" + port + pathOrUrl);
        }

        private HttpResponse<String> send(HttpRequest.Builder request) {
            try {
                return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            }
            catch (Exception ex) {
                throw new IllegalStateException(ex);
            }
        }
    }
}
