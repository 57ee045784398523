package vn.gov.conference.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The office's invitations and materials, the readiness at a glance, the national table as .xlsx and the console's
 * own refusals (an unknown address, a file over the limit), over real HTTP against {@link ConsoleFake} extended with
 * {@link OfficeWorkFake}. The multipart limit is lowered to 1 MB here so that a refused upload is cheap to send.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.servlet.multipart.max-file-size=1MB", "spring.servlet.multipart.max-request-size=1MB"})
class OfficeWorkPagesTests {

    private static final ConsoleFake fake = ConsoleFake.start();
    private static final OfficeWorkFake office = new OfficeWorkFake();
    private static final String INVITATIONS = "/console/ke-hoach/" + ConsoleFake.TG_PLAN + "/giay-moi";
    private static final String MATERIALS = "/console/ke-hoach/" + ConsoleFake.TG_PLAN + "/tai-lieu";
    private static final String PLAN = "/console/ke-hoach/" + ConsoleFake.TG_PLAN;
    private static final String ACCOUNTS = "/console/tai-khoan";

    static {
        fake.extend(office);
    }

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void gateway(DynamicPropertyRegistry registry) {
        registry.add("conference.web.api-url", fake::url);
    }

    @BeforeEach
    void reset() {
        fake.reset();
        fake.signInAs(ConsoleFake.OFFICE);
    }

    @AfterAll
    static void stop() {
        fake.close();
    }

    @Test
    void theOfficeSeesEveryInviteeWithTheirAnswerAndTheCountsByAnswer() {
        HttpResponse<String> page = new ConsoleClient(port).get(INVITATIONS);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains(
                        "<h1>Giấy mời và trả lời</h1>",
                        ConsoleFake.TG_TITLE,
                        "4 giấy mời:",
                        "Chưa trả lời: 2",
                        "Tham dự: 1",
                        "Từ chối: 1",
                        "Nguyễn Văn An",
                        "Giám đốc",
                        "Sở Nội vụ",
                        "UBND thành phố Mỹ Tho",
                        "5 chỗ, đơn vị cử đại biểu",
                        "Lý do: Trùng lịch công tác nước ngoài.",
                        "UNDP Việt Nam",
                        "17 giờ, thứ Hai, ngày 5/8/2024",
                        "Họ tên, Chức vụ, Email, Mã đơn vị, Tên đơn vị, Cơ quan, Số lượng, Điểm cầu, Loại, Trực tuyến",
                        "Gửi nhắc cho người đã chọn");
        assertThat(fake.calls())
                .anySatisfy(call -> assertThat(call)
                        .startsWith("GET /api/plans/plan-tg/invitations")
                        .endsWith("Bearer at-tg-vanphong@tiengiang.gov.vn"));
    }

    @Test
    void theTableIsFilteredByAnswerSearchedWithoutAccentsByTheApiAndNarrowedToAUnit() {
        ConsoleClient browser = new ConsoleClient(port);

        HttpResponse<String> declined = browser.get(INVITATIONS + "?tra-loi=DECLINED");
        HttpResponse<String> searched = browser.get(INVITATIONS + "?q=nguyen+van");
        HttpResponse<String> unit = browser.get(
                INVITATIONS + "?don-vi=" + java.net.URLEncoder.encode("UBND thành phố Mỹ Tho", StandardCharsets.UTF_8));

        assertThat(declined.body())
                .contains("Danh sách (1)", "Đặng Thu Huyền")
                .doesNotContain("Nguyễn Văn An")
                .contains("Chưa trả lời: 2", "<option value=\"DECLINED\" selected=\"selected\">Từ chối</option>");
        assertThat(searched.body()).contains("Danh sách (1)", "Nguyễn Văn An").doesNotContain("Trần Thị Bình");
        assertThat(fake.calls())
                .anySatisfy(call -> assertThat(call).startsWith("GET /api/plans/plan-tg/invitations?q=nguyen%20van"));
        assertThat(fake.calls())
                .anySatisfy(call -> assertThat(call).startsWith("GET /api/plans/plan-tg/invitations?status=DECLINED"));
        assertThat(unit.body()).contains("Danh sách (1)", "5 chỗ").doesNotContain("Nguyễn Văn An");
    }

    @Test
    void aCsvSavedByExcelOnVietnameseWindowsGoesToTheApiAsItWasSaved() {
        ConsoleClient browser = new ConsoleClient(port);
        HttpResponse<String> page = browser.get(INVITATIONS);
        byte[] windows1258 = windows1258("Họ tên,Email,Tên đơn vị\r\n"
                + "Lê Văn Dương,duong.lv@toaan.tiengiang.gov.vn,Tòa án nhân dân tỉnh\r\n");
        assertThat(new String(windows1258, StandardCharsets.UTF_8))
                .as("not UTF-8")
                .doesNotContain("Dương");

        HttpResponse<String> imported = browser.upload(INVITATIONS + "/nhap", page, "dai-bieu.csv", windows1258);

        assertThat(imported.statusCode()).isEqualTo(200);
        assertThat(imported.uri().getPath()).isEqualTo(INVITATIONS);
        assertThat(imported.body())
                .contains(
                        "Đã nhập dai-bieu.csv: mời thêm 1, 0 đã được mời từ trước.",
                        "Lê Văn Dương",
                        "Tòa án nhân dân tỉnh",
                        "5 giấy mời:");
        assertThat(office.imports().getFirst()).as("the bytes as saved").isEqualTo(windows1258);
        assertThat(office.importTypes().getFirst())
                .as("no charset: the API decides")
                .isEqualTo("text/csv");
    }

    @Test
    void anXlsxWorkbookBecomesTheApisCsvLineForRow() throws IOException {
        ConsoleClient browser = new ConsoleClient(port);
        HttpResponse<String> page = browser.get(INVITATIONS);

        HttpResponse<String> imported = browser.upload(
                INVITATIONS + "/nhap",
                page,
                "Danh sách.xlsx",
                workbook(List.of(
                        List.of("Họ tên", "Email", "Tên đơn vị"),
                        List.of("Phạm Thị Hoa", "hoa.pt@stc.tiengiang.gov.vn", "Sở Tài chính, Tiền Giang"))));
        HttpResponse<String> refused = browser.upload(
                INVITATIONS + "/nhap",
                page,
                "sai.xlsx",
                workbook(List.of(List.of("Họ tên", "Email"), List.of("Võ Minh Khoa", "khoa-khong-co-a-cong"))));

        assertThat(imported.body())
                .contains("Đã nhập Danh sách.xlsx: mời thêm 1", "Phạm Thị Hoa", "Sở Tài chính, Tiền Giang");
        assertThat(new String(office.imports().getFirst(), StandardCharsets.UTF_8))
                .isEqualTo(
                        "Họ tên,Email,Tên đơn vị\r\nPhạm Thị Hoa,hoa.pt@stc.tiengiang.gov.vn,\"Sở Tài chính, Tiền Giang\"\r\n");
        assertThat(office.importTypes().getFirst()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body())
                .contains(
                        "Tệp CSV có 1 lỗi; không dòng nào được nhập.",
                        "Dòng 2 (email): Địa chỉ email không hợp lệ.",
                        "aria-invalid=\"true\"")
                .doesNotContain("Võ Minh Khoa</label>");
    }

    @Test
    void aFileThatIsNeitherCsvNorAWorkbookIsSaidSoNextToTheField() {
        ConsoleClient browser = new ConsoleClient(port);
        HttpResponse<String> page = browser.get(INVITATIONS);

        HttpResponse<String> broken =
                browser.upload(INVITATIONS + "/nhap", page, "hong.xlsx", new byte[] {'P', 'K', 3, 4, 0, 0, 1});
        HttpResponse<String> empty = browser.upload(INVITATIONS + "/nhap", page, "rong.csv", new byte[0]);

        assertThat(broken.statusCode()).isEqualTo(422);
        assertThat(broken.body()).contains("Không mở được tệp Excel (.xlsx)");
        assertThat(empty.statusCode()).isEqualTo(422);
        assertThat(empty.body()).contains("Chọn tệp danh sách đại biểu (.csv hoặc .xlsx).");
        assertThat(office.imports()).isEmpty();
    }

    @Test
    void theTemplatesNameTheColumnsTheApiReads() throws IOException {
        ConsoleClient browser = new ConsoleClient(port);

        HttpResponse<byte[]> csv = browser.bytes(INVITATIONS + "/mau.csv");
        HttpResponse<byte[]> xlsx = browser.bytes(INVITATIONS + "/mau.xlsx");

        assertThat(new String(csv.body(), StandardCharsets.UTF_8))
                .startsWith(
                        "\uFEFFHọ tên,Chức vụ,Email,Mã đơn vị,Tên đơn vị,Cơ quan,Số lượng,Điểm cầu,Loại,Trực tuyến\r\n");
        assertThat(csv.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(value -> assertThat(value).contains("danh-sach-dai-bieu-mau.csv"));
        assertThat(rows(xlsx.body()).getFirst())
                .containsExactly(
                        "Họ tên",
                        "Chức vụ",
                        "Email",
                        "Mã đơn vị",
                        "Tên đơn vị",
                        "Cơ quan",
                        "Số lượng",
                        "Điểm cầu",
                        "Loại",
                        "Trực tuyến");
    }

    @Test
    void remindersGoToTheChosenOnesAndThePageSaysWhatTheApiDidForEach() {
        ConsoleClient browser = new ConsoleClient(port);
        HttpResponse<String> page = browser.get(INVITATIONS);

        HttpResponse<String> none = browser.post(INVITATIONS + "/nhac", page, List.of());
        HttpResponse<String> sent = browser.post(
                INVITATIONS + "/nhac",
                page,
                List.of(
                        Map.entry("id", "inv-an"),
                        Map.entry("id", "inv-binh"),
                        Map.entry("q", "Nguyễn Văn"),
                        Map.entry("tra-loi", "")));

        assertThat(none.statusCode()).isEqualTo(422);
        assertThat(none.body()).contains("Chọn ít nhất một đại biểu để gửi nhắc.");
        assertThat(sent.statusCode()).isEqualTo(200);
        assertThat(sent.uri().getPath()).isEqualTo(INVITATIONS);
        assertThat(sent.body())
                .contains(
                        "Kết quả gửi nhắc",
                        "Đã gửi nhắc 1 đại biểu: Nguyễn Văn An.",
                        "Không nhắc Trần Thị Bình: đã trả lời.");
        assertThat(office.reminded()).containsExactly("inv-an");
        assertThat(fake.calls())
                .anySatisfy(call -> assertThat(call)
                        .startsWith("POST /api/plans/plan-tg/reminders")
                        .endsWith("Bearer at-tg-vanphong@tiengiang.gov.vn"));
    }

    @Test
    void theSameReminderFormSentTwiceRemindsNobodyTwice() {
        ConsoleClient browser = new ConsoleClient(port);
        HttpResponse<String> page = browser.get(INVITATIONS);
        java.util.regex.Matcher key = java.util.regex.Pattern.compile("name=\"cle\" value=\"([^\"]+)\"")
                .matcher(page.body());
        assertThat(key.find()).isTrue();

        HttpResponse<String> first = browser.post(
                INVITATIONS + "/nhac", page, List.of(Map.entry("id", "inv-an"), Map.entry("cle", key.group(1))));
        HttpResponse<String> again = browser.post(
                INVITATIONS + "/nhac", page, List.of(Map.entry("id", "inv-an"), Map.entry("cle", key.group(1))));

        assertThat(first.body()).contains("Đã gửi nhắc 1 đại biểu: Nguyễn Văn An.");
        assertThat(again.body())
                .contains("Không nhắc Nguyễn Văn An: đã được nhắc lần này.")
                .doesNotContain("Đã gửi nhắc");
        assertThat(office.reminded()).containsExactly("inv-an");
        assertThat(browser.get(INVITATIONS).body()).doesNotContain("value=\"" + key.group(1) + "\"");
    }

    @Test
    void theMaterialsAreGroupedByWhereTheyStandFromTheApisPagedList() {
        HttpResponse<String> page = new ConsoleClient(port).get(MATERIALS);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains(
                        "<h1>Hồ sơ, tài liệu</h1>",
                        "4 yêu cầu nộp tài liệu.",
                        "Quá hạn (1)",
                        "Dự thảo bài phát biểu của Sở Nội vụ",
                        "Hạn: trước 17 giờ, ngày 25/7/2024",
                        "Sắp đến hạn (1)",
                        "Báo cáo kết quả Chỉ số PAR Index năm 2023",
                        "Đã nộp, chờ duyệt (1)",
                        "Báo cáo tóm tắt kết quả SIPAS năm 2023",
                        "Đã chấp nhận (1)",
                        "Tham luận về chuyển đổi số",
                        "Chưa công bố tài liệu nào.",
                        "Công bố lên trang tài liệu",
                        "2. Báo cáo kết quả các chỉ số năm 2023");
        assertThat(page.body().indexOf("Quá hạn (1)")).isLessThan(page.body().indexOf("Sắp đến hạn (1)"));
    }

    @Test
    void theOfficeInvitesADepartmentsOfficerSendsALinkAgainAndDisablesAnAccount() {
        ConsoleClient browser = new ConsoleClient(port);
        assertThat(browser.get("/console").body()).contains("href=\"/console/tai-khoan\"");
        HttpResponse<String> accounts = browser.get(ACCOUNTS);
        assertThat(accounts.statusCode()).isEqualTo(200);
        assertThat(accounts.body())
                .contains(
                        "Các tài khoản (3)",
                        "Lê Minh Tâm",
                        "Sở Nội vụ",
                        "Đang sử dụng",
                        "Phạm Văn Hùng",
                        "Chờ kích hoạt",
                        "<option value=\"TG-SKHDT\">Sở Kế hoạch và Đầu tư (TG-SKHDT)</option>")
                .doesNotContain("Bộ Nội vụ (BNV)");
        assertThat(fake.calls())
                .anySatisfy(call -> assertThat(call)
                        .startsWith("GET /api/users?province=tien-giang")
                        .endsWith("Bearer at-" + ConsoleFake.OFFICE.email()));

        HttpResponse<String> empty = browser.post(ACCOUNTS, accounts, List.of(Map.entry("name", " ")));
        assertThat(empty.statusCode()).isEqualTo(422);
        assertThat(empty.body())
                .contains(
                        "id=\"name-loi\" class=\"field-error\">Nhập họ và tên",
                        "id=\"email-loi\" class=\"field-error\">Nhập email công vụ",
                        "id=\"unit-loi\" class=\"field-error\">Chọn đơn vị");
        assertThat(fake.calls()).noneMatch(call -> call.startsWith("POST /api/users "));

        HttpResponse<String> taken =
                browser.post(ACCOUNTS, accounts, newAccount("Lê Minh Tâm", "TG-SoNoiVu@TienGiang.gov.vn"));
        assertThat(taken.statusCode()).isEqualTo(409);
        assertThat(taken.body())
                .contains("id=\"email-loi\" class=\"field-error\">Email này đã có tài khoản.")
                .contains("value=\"TG-SoNoiVu@TienGiang.gov.vn\"", "<option value=\"TG-STTTT\" selected=\"selected\">");

        HttpResponse<String> made =
                browser.post(ACCOUNTS, taken, newAccount("Võ Thị Mai", "mai.vt@stttt.tiengiang.gov.vn"));
        assertThat(made.uri().getPath()).isEqualTo(ACCOUNTS);
        assertThat(made.body())
                .contains(
                        "Đã tạo tài khoản cho Võ Thị Mai. Thư kích hoạt đã gửi đến mai.vt@stttt.tiengiang.gov.vn",
                        "Các tài khoản (4)",
                        "Sở Thông tin và Truyền thông");
        assertThat(office.activationLetters()).containsExactly("mai.vt@stttt.tiengiang.gov.vn");

        HttpResponse<String> again = browser.post(ACCOUNTS + "/u-3/gui-lai", made, List.of());
        assertThat(again.body()).contains("Đã gửi lại thư kích hoạt đến hung.pv@skhdt.tiengiang.gov.vn");
        assertThat(office.activationLetters()).endsWith("hung.pv@skhdt.tiengiang.gov.vn");

        assertThat(again.body())
                .contains("aria-label=\"Gửi liên kết đặt lại mật khẩu cho Lê Minh Tâm\"")
                .doesNotContain("aria-label=\"Gửi liên kết đặt lại mật khẩu cho Phạm Văn Hùng\"");
        HttpResponse<String> reset = browser.post(ACCOUNTS + "/u-2/gui-lai", again, List.of());
        assertThat(reset.body())
                .contains(
                        "Đã gửi liên kết đặt lại mật khẩu đến tg-sonoivu@tiengiang.gov.vn; mật khẩu hiện tại vẫn dùng");
        assertThat(office.activationLetters()).endsWith("tg-sonoivu@tiengiang.gov.vn");
        assertThat(again.body())
                .as("no way to disable one's own account")
                .doesNotContain("aria-label=\"Vô hiệu hóa tài khoản của Nguyễn Thị Lan\"")
                .contains("Nguyễn Thị Lan</span><span class=\"meta\"> (tài khoản của bạn)");
        HttpResponse<String> confirm = browser.get(ACCOUNTS + "/u-2/vo-hieu-hoa");
        assertThat(confirm.body()).contains("Lê Minh Tâm", "không đăng nhập được nữa", "Quay lại, không vô hiệu hóa");
        assertThat(office.user("u-2")).as("asked, not done").containsEntry("status", "ACTIVE");
        HttpResponse<String> disabled = browser.post(ACCOUNTS + "/u-2/vo-hieu-hoa", confirm, List.of());
        assertThat(disabled.uri().getPath()).isEqualTo(ACCOUNTS);
        assertThat(disabled.body())
                .contains(
                        "Đã vô hiệu hóa tài khoản của Lê Minh Tâm: người này không đăng nhập được nữa.",
                        "Đã vô hiệu hóa");
        assertThat(office.user("u-2")).containsEntry("status", "DISABLED");
        assertThat(fake.calls()).anySatisfy(call -> assertThat(call).startsWith("DELETE /api/users/u-2"));

        fake.signInAs(ConsoleFake.DEPARTMENT);
        HttpResponse<String> notTheirs = new ConsoleClient(port).get(ACCOUNTS);
        assertThat(notTheirs.statusCode()).as("a department's officer").isEqualTo(403);
        assertThat(notTheirs.body()).contains("Trang này không dành cho vai trò của bạn");
    }

    private static List<Map.Entry<String, String>> newAccount(String name, String email) {
        return List.of(
                Map.entry("name", name),
                Map.entry("email", email),
                Map.entry("role", "DEPARTMENT"),
                Map.entry("unit", "TG-STTTT"));
    }

    @Test
    void theOfficeAttachesTheSignedPdfOfAnApprovedPlanAndEveryReaderOfThePlanDownloadsIt() throws Exception {
        ConsoleClient browser = new ConsoleClient(port);
        assertThat(browser.get(PLAN).body())
                .as("not approved yet: nothing to attach")
                .doesNotContain("Bản gốc đã ký");

        fake.plan(ConsoleFake.TG_PLAN).put("status", "APPROVED");
        HttpResponse<String> approved = browser.get(PLAN);
        assertThat(approved.body()).contains("Bản gốc đã ký", "Chưa đính kèm bản gốc đã ký.", "Lưu bản gốc");

        HttpResponse<String> notPdf = browser.upload(
                PLAN + "/ban-goc",
                approved,
                "Kế hoạch 276.docx",
                "PK\u0003\u0004 word".getBytes(StandardCharsets.UTF_8));
        assertThat(notPdf.uri().getPath()).isEqualTo(PLAN);
        assertThat(notPdf.body())
                .contains("id=\"ban-goc-loi\" class=\"field-error\" role=\"alert\">Bản gốc đã ký phải là tệp PDF")
                .contains("Chưa đính kèm bản gốc đã ký.");

        byte[] pdf = "%PDF-1.7 Kế hoạch 276/KH-UBND đã ký, đóng dấu".getBytes(StandardCharsets.UTF_8);
        String sha256 = java.util.HexFormat.of()
                .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(pdf));
        HttpResponse<String> attached = browser.upload(PLAN + "/ban-goc", notPdf, "KH 276 đã ký.pdf", pdf);
        assertThat(attached.uri().getPath()).isEqualTo(PLAN);
        assertThat(attached.body())
                .contains(
                        "Đã lưu bản gốc đã ký: KH 276 đã ký.pdf.",
                        "Số 276/KH-UBND, ngày 15/3/2024",
                        sha256,
                        "href=\"/console/ke-hoach/plan-tg/ban-goc.pdf\"",
                        "Thay bằng tệp PDF khác")
                .doesNotContain("ban-goc-loi");
        assertThat(fake.calls())
                .anySatisfy(call -> assertThat(call)
                        .startsWith("POST /api/plans/plan-tg/signed-original")
                        .endsWith("Bearer at-" + ConsoleFake.OFFICE.email()));
        HttpResponse<byte[]> file = browser.bytes(PLAN + "/ban-goc.pdf");
        assertThat(file.body()).isEqualTo(pdf);
        assertThat(file.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(file.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(value -> assertThat(value).contains("filename*=UTF-8''KH%20276%20%C4%91"));

        fake.signInAs(ConsoleFake.APPROVER);
        ConsoleClient approver = new ConsoleClient(port);
        HttpResponse<String> approverPage = approver.get("/console/phe-duyet/" + ConsoleFake.TG_PLAN);
        assertThat(approverPage.body())
                .contains("KH 276 đã ký.pdf", "href=\"/console/phe-duyet/plan-tg/ban-goc.pdf\"", sha256)
                .doesNotContain("Lưu bản gốc");
        assertThat(approver.bytes("/console/phe-duyet/plan-tg/ban-goc.pdf").body())
                .isEqualTo(pdf);
        HttpResponse<String> notTheirs = approver.upload(PLAN + "/ban-goc", approverPage, "khac.pdf", pdf);
        assertThat(notTheirs.statusCode())
                .as("the office's form, refused to the approver")
                .isEqualTo(403);
        assertThat(fake.calls())
                .filteredOn(call -> call.startsWith("POST /api/plans/plan-tg/signed-original"))
                .hasSize(2);

        fake.signInAs(ConsoleFake.CENTRAL);
        ConsoleClient central = new ConsoleClient(port);
        assertThat(central.get("/console/toan-quoc/ke-hoach/" + ConsoleFake.TG_PLAN)
                        .body())
                .contains("KH 276 đã ký.pdf", "href=\"/console/toan-quoc/ke-hoach/plan-tg/ban-goc.pdf\"");
        assertThat(central.bytes("/console/toan-quoc/ke-hoach/plan-tg/ban-goc.pdf")
                        .body())
                .isEqualTo(pdf);
    }

    @Test
    void theOfficeOpensASubmissionDownloadsItReturnsWithoutAReasonInVainThenAccepts() {
        ConsoleClient browser = new ConsoleClient(port);
        HttpResponse<String> submission = browser.get(MATERIALS + "/req-tom-tat");
        assertThat(submission.body())
                .contains(
                        "Báo cáo tóm tắt kết quả SIPAS năm 2023",
                        "Sở Kế hoạch và Đầu tư",
                        "Phiên bản 1: Báo cáo tóm tắt SIPAS 2023.pdf",
                        "Chấp nhận phiên bản này",
                        "Trả lại để chỉnh sửa");

        HttpResponse<byte[]> file = browser.bytes(MATERIALS + "/req-tom-tat/tep?phien-ban=1");
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(new String(file.body(), StandardCharsets.UTF_8))
                .isEqualTo("%PDF-1.7 Báo cáo tóm tắt SIPAS 2023.pdf");
        assertThat(file.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(file.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(value -> assertThat(value).contains("filename*=UTF-8''B%C3%A1o"));

        HttpResponse<String> noReason =
                browser.post(MATERIALS + "/req-tom-tat/tra-lai", submission, List.of(Map.entry("comment", "  ")));
        assertThat(noReason.statusCode()).isEqualTo(422);
        assertThat(noReason.body()).contains("id=\"comment-loi\" class=\"field-error\">must not be blank</p>");
        assertThat(fake.requests().get("req-tom-tat")).containsEntry("status", "SUBMITTED");

        HttpResponse<String> accepted = browser.post(MATERIALS + "/req-tom-tat/chap-nhan", submission, List.of());
        assertThat(accepted.uri().getPath()).isEqualTo(MATERIALS);
        assertThat(accepted.body())
                .contains(
                        "Đã chấp nhận: Báo cáo tóm tắt kết quả SIPAS năm 2023 (Sở Kế hoạch và Đầu tư).",
                        "Đã chấp nhận (2)")
                .doesNotContain("Đã nộp, chờ duyệt (");

        HttpResponse<String> again = browser.post(MATERIALS + "/req-tom-tat/chap-nhan", submission, List.of());
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("The request is ACCEPTED; only a submitted version can be reviewed.");
    }

    @Test
    void aReturnCarriesTheReasonToTheApi() {
        ConsoleClient browser = new ConsoleClient(port);
        HttpResponse<String> submission = browser.get(MATERIALS + "/req-tom-tat");

        HttpResponse<String> returned = browser.post(
                MATERIALS + "/req-tom-tat/tra-lai",
                submission,
                List.of(Map.entry("comment", "Bổ sung so sánh với năm 2022.")));

        assertThat(returned.body())
                .contains(
                        "Đã trả lại: Báo cáo tóm tắt kết quả SIPAS năm 2023 " + "(Sở Kế hoạch và Đầu tư), kèm lý do.",
                        "Quá hạn (1)");
        assertThat(fake.requests().get("req-tom-tat")).containsEntry("status", "RETURNED");
        assertThat(fake.versions().get("req-tom-tat").getLast().get("review").toString())
                .contains("Bổ sung so sánh với năm 2022.");
    }

    @Test
    void acceptedDocumentsArePublishedToThePortalUnderTheAgendaItemChosen() {
        ConsoleClient browser = new ConsoleClient(port);
        HttpResponse<String> page = browser.get(MATERIALS);

        HttpResponse<String> none = browser.post(MATERIALS + "/cong-bo", page, List.of());
        HttpResponse<String> published = browser.post(
                MATERIALS + "/cong-bo",
                page,
                List.of(Map.entry("doc", "doc-req-tham-luan"), Map.entry("muc-doc-req-tham-luan", "i2")));

        assertThat(none.statusCode()).isEqualTo(422);
        assertThat(none.body()).contains("Chọn ít nhất một tài liệu đã chấp nhận để công bố.");
        assertThat(published.body())
                .contains(
                        "Đã công bố 1 tài liệu trên trang tài liệu của đại biểu.",
                        "Tham luận Sở TT&amp;TT.docx, phiên bản 2");
        assertThat(office.published())
                .singleElement()
                .satisfies(material -> assertThat(material)
                        .containsEntry("documentId", "doc-req-tham-luan")
                        .containsEntry("agendaItemId", "i2"));
    }

    @Test
    void thePlanPageShowsItsReadinessAtAGlanceWithTheWayToInvitationsAndMaterials() {
        HttpResponse<String> plan = new ConsoleClient(port).get("/console/ke-hoach/" + ConsoleFake.TG_PLAN);

        assertThat(plan.body())
                .contains(
                        "Mức độ sẵn sàng",
                        "Chưa sẵn sàng",
                        "7 giờ 30, thứ Năm, ngày 8/8/2024",
                        "Đã công bố (phiên bản 1)",
                        "40 đã gửi, 31 tham dự, 2 từ chối",
                        ", 1 cử người thay, 6 chưa trả lời",
                        "8 được giao, 4 đã duyệt, 2 quá hạn",
                        ", 5 đã nộp, 1 trả lại, 1 nộp muộn",
                        "href=\"" + INVITATIONS + "\"",
                        "href=\"" + MATERIALS + "\"");
    }

    @Test
    void anotherRoleIsRefusedTheOfficesInvitationsAndMaterialsBeforeAnyApiCall() {
        fake.signInAs(ConsoleFake.DEPARTMENT);
        ConsoleClient browser = new ConsoleClient(port);

        HttpResponse<String> invitations = browser.get(INVITATIONS);
        HttpResponse<String> materials = browser.get(MATERIALS + "/req-tom-tat");

        assertThat(invitations.statusCode()).isEqualTo(403);
        assertThat(materials.statusCode()).isEqualTo(403);
        assertThat(fake.calls()).noneMatch(call -> call.contains("/invitations") || call.contains("req-tom-tat"));
    }

    @Test
    void anUnknownConsoleAddressIsTheConsolesOwnNotFoundPage() {
        ConsoleClient browser = new ConsoleClient(port);

        HttpResponse<String> unknown = browser.get("/console/khong-co-trang-nay");
        HttpResponse<String> delegates = browser.get("/khong-co-trang-nay");

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body())
                .contains("Không có trang này", "Bảng điều hành", "Nguyễn Thị Lan", "Đăng xuất", "Về trang chính");
        assertThat(delegates.statusCode()).isEqualTo(404);
        assertThat(delegates.body()).doesNotContain("Bảng điều hành", "Không có trang này");
    }

    @Test
    void aDepartmentsUploadOverThisModulesLimitIsAVietnamesePageSayingTheLimit() {
        fake.signInAs(ConsoleFake.DEPARTMENT);
        ConsoleClient browser = new ConsoleClient(port);
        HttpResponse<String> page = browser.get("/console/nhiem-vu/req-bao-cao");

        HttpResponse<String> tooLarge =
                browser.upload("/console/nhiem-vu/req-bao-cao/nop", page, "Báo cáo.pdf", new byte[1_200_000]);

        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(tooLarge.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(tooLarge.body()).contains("Tệp quá lớn", "vượt quá giới hạn 1 MB");
        assertThat(fake.calls()).noneMatch(call -> call.contains("/submissions"));
    }

    @Test
    void theNationalTableAsXlsxHasTheCsvsRowsCellForCell() throws IOException {
        fake.signInAs(ConsoleFake.CENTRAL);
        ConsoleClient browser = new ConsoleClient(port);

        HttpResponse<String> csv = browser.get("/console/toan-quoc/bang.csv?nam=2023&chi-so=PAR");
        HttpResponse<byte[]> xlsx = browser.bytes("/console/toan-quoc/bang.xlsx?nam=2023&chi-so=PAR");
        HttpResponse<String> dashboard = browser.get("/console/toan-quoc?nam=2023");

        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type"))
                .hasValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(xlsx.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(value -> assertThat(value).contains("toan-quoc-2023.xlsx"));
        List<List<String>> sheet = rows(xlsx.body());
        assertThat(sheet).isEqualTo(csvRows(csv.body().substring(1)));
        assertThat(sheet)
                .hasSize(4)
                .anySatisfy(
                        row -> assertThat(row).contains("Tiền Giang", "7 giờ 30, thứ Năm, ngày 8/8/2024", "Chưa", "2"));
        assertThat(dashboard.body())
                .contains("href=\"/console/toan-quoc/bang.xlsx?nam=2023&amp;chi-so=\"", "Tải bảng (Excel)");
    }

    /**
     * What Excel's "CSV" writes on Vietnamese Windows: Windows-1258, where a letter with a tone mark is its base
     * letter (itself precomposed when the code page has it, as ê, ơ, ư) followed by the combining tone mark.
     */
    private static byte[] windows1258(String text) {
        java.nio.charset.CharsetEncoder encoder =
                Charset.forName("windows-1258").newEncoder();
        StringBuilder written = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (encoder.canEncode(c)) {
                written.append(c);
                continue;
            }
            String decomposed = java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFD);
            written.append(java.text.Normalizer.normalize(
                            decomposed.substring(0, decomposed.length() - 1), java.text.Normalizer.Form.NFC))
                    .append(decomposed.charAt(decomposed.length() - 1));
        }
        java.nio.ByteBuffer bytes = Charset.forName("windows-1258").encode(written.toString());
        byte[] array = new byte[bytes.remaining()];
        bytes.get(array);
        assertThat(new String(array, Charset.forName("windows-1258"))).doesNotContain("?");
        return array;
    }

    private static byte[] workbook(List<List<String>> rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Đại biểu");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static List<List<String>> rows(byte[] xlsx) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            DataFormatter formatter = new DataFormatter();
            List<List<String>> rows = new ArrayList<>();
            for (Row row : workbook.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    cells.add(row.getCell(c) == null ? "" : formatter.formatCellValue(row.getCell(c)));
                }
                rows.add(cells);
            }
            return rows;
        }
    }

    /** RFC 4180, enough for the dashboard's CSV (quoted cells with commas and quotes, CRLF lines). */
    private static List<List<String>> csvRows(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else if (c != '\r') {
                cell.append(c);
            }
        }
        return rows;
    }
}
