package vn.gov.conference.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.conference.e2e.Gateway.expect;
import static vn.gov.conference.e2e.MaterialReviewSteps.awaitPage;
import static vn.gov.conference.e2e.MaterialReviewSteps.click;
import static vn.gov.conference.e2e.MaterialReviewSteps.main;
import static vn.gov.conference.e2e.Steps.field;
import static vn.gov.conference.e2e.Steps.only;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import vn.gov.conference.testing.browser.Chromium;

/**
 * The office's work in the console on the whole stack, in Chromium through the gateway, signed in with the demo
 * accounts: Tiền Giang's office imports invitees from a CSV saved by Excel on Vietnamese Windows and from an .xlsx
 * workbook, reads them in the table and reminds one of them (the mail sink receives that one reminder, no other);
 * Sở Nội vụ uploads its report and its draft speech on its assignment page; the office accepts the report, returns
 * the speech with a reason, and publishes the report to the delegates' portal; then it attaches the plan's signed
 * original; Đồng Tháp's office makes an account whose officer activates it from the letter and signs in. Each effect
 * is read back through the API or the mail sink.
 */
@Order(9)
@ExtendWith({EndToEndStack.Lifecycle.class, StopAfterFirstFailure.class})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleOfficeWorkBrowserTests {

    private static final String PASSWORD = "Demo-hoi-nghi-2024";
    private static final String OFFICE = "tg-vanphong@tiengiang.gov.vn";
    private static final String DEPARTMENT = "tg-sonoivu@tiengiang.gov.vn";
    private static final String TITLE = "Tổ chức Hội nghị công bố kết quả Chỉ số PAPI năm 2022 của tỉnh Tiền Giang";
    private static final String DUONG = "duong.lv@toaan.e2e-console.example";
    private static final String HOA = "hoa.pt@stc.e2e-console.example";
    private static final String KHOA = "khoa.vm@sxd.e2e-console.example";
    private static final String REASON =
            "Đề nghị bổ sung số liệu PAPI năm 2022 so với năm 2021 theo từng trục nội dung.";
    private static final Path DOWNLOADS = Path.of("target", "browser-downloads", "console-office");

    private static String planId;

    private ChromeDriver browser;

    @BeforeAll
    static void chromium() {
        Chromium.assumeInstalled();
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }

    @Test
    @Order(1)
    void theOfficeImportsInviteesFromCsvAndXlsxSeesThemAndRemindsOne() throws Exception {
        EndToEndStack.Running stack = EndToEndStack.at(Moments.TIEN_GIANG_PREPARATION);
        Gateway gateway = stack.gateway();
        planId = expect(gateway.post("tg-office", "/api/plans", plan()), 201)
                .get("id")
                .asString();
        expect(gateway.post("tg-office", "/api/plans/" + planId + "/submit", Map.of()), 200);
        expect(gateway.post("tg-approver", "/api/plans/" + planId + "/approve", Map.of()), 200);
        Await.until(
                "notification-service to invite the plan's composition",
                () -> gateway.all("tg-office", "/api/plans/" + planId + "/invitations"),
                list -> list.size() >= 1);

        Path csv = Files.createDirectories(DOWNLOADS)
                .resolve("dai-bieu-windows.csv")
                .toAbsolutePath();
        Files.write(
                csv,
                windows1258("Họ tên,Chức vụ,Email,Tên đơn vị\r\n"
                        + "Lê Văn Dương,Chánh án,duong.lv@toaan.e2e-console.example,Tòa án nhân dân tỉnh\r\n"
                        + "Phạm Thị Hoa,Giám đốc,hoa.pt@stc.e2e-console.example,Sở Tài chính\r\n"));
        Path xlsx = DOWNLOADS.resolve("dai-bieu.xlsx").toAbsolutePath();
        Files.write(
                xlsx,
                workbook(List.of(
                        List.of("Họ tên", "Chức vụ", "Email", "Tên đơn vị"),
                        List.of("Võ Minh Khoa", "Phó Giám đốc", KHOA, "Sở Xây dựng"))));

        browser = Chromium.start(Chromium.DESKTOP, true, DOWNLOADS);
        signIn(stack, "/console/ke-hoach/" + planId + "/giay-moi", OFFICE);
        assertThat(heading()).isEqualTo("Giấy mời và trả lời");

        upload(csv);
        assertThat(main(browser))
                .contains(
                        "Đã nhập dai-bieu-windows.csv: mời thêm 2, 0 đã được mời từ trước.",
                        "Lê Văn Dương",
                        "Chánh án",
                        "Tòa án nhân dân tỉnh",
                        "Phạm Thị Hoa",
                        "Sở Tài chính");
        upload(xlsx);
        assertThat(main(browser))
                .contains("Đã nhập dai-bieu.xlsx: mời thêm 1, 0 đã được mời từ trước.", "Võ Minh Khoa", "Sở Xây dựng");
        JsonNode invited = gateway.all("tg-office", "/api/plans/" + planId + "/invitations?q=le%20van%20duong");
        assertThat(only(invited, "Dương's invitation", field("/invitee/email", DUONG))
                        .at("/invitee/name")
                        .asString())
                .as("Windows-1258 read as such, composed")
                .isEqualTo("Lê Văn Dương");

        browser.findElement(By.id("q")).sendKeys("le van duong");
        click(browser, "Lọc");
        assertThat(main(browser)).contains("Danh sách (1)", "Lê Văn Dương").doesNotContain("Phạm Thị Hoa");
        Chromium.screenshot(browser, "e2e-console-giay-moi-1280");
        browser.findElement(By.xpath("//label[normalize-space()='Lê Văn Dương']"))
                .click();
        click(browser, "Gửi nhắc cho người đã chọn");
        assertThat(main(browser)).contains("Kết quả gửi nhắc", "Đã gửi nhắc 1 đại biểu: Lê Văn Dương.");

        Mailbox mailbox = stack.mailbox();
        mailbox.await(DUONG, "Nhắc xác nhận tham dự");
        mailbox.await(KHOA, "Giấy mời");
        Thread.sleep(3_000);
        List<Mailbox.Mail> reminders = java.util.stream.Stream.of(DUONG, HOA, KHOA)
                .flatMap(address -> mailbox.to(address).stream())
                .filter(mail -> mail.subject().startsWith("Nhắc xác nhận tham dự"))
                .toList();
        assertThat(reminders)
                .as("exactly the one chosen")
                .singleElement()
                .satisfies(mail -> assertThat(mail.to()).containsExactly(DUONG));
    }

    @Test
    @Order(2)
    void theDepartmentUploadsTheOfficeAcceptsTheReportReturnsTheSpeechAndPublishes() {
        EndToEndStack.Running stack = EndToEndStack.current();
        Gateway gateway = stack.gateway();
        JsonNode requests = Await.until(
                "Sở Nội vụ's two requests",
                () -> gateway.all("tg-snv", "/api/plans/" + planId + "/material-requests"),
                list -> list.size() == 2);
        JsonNode report = only(requests, "the report", field("/kind", "REPORT"));
        JsonNode speech = only(requests, "the draft speech", field("/kind", "DRAFT_SPEECH"));
        String unit = report.at("/owner/name").asString();

        browser = Chromium.start(Chromium.DESKTOP, true, DOWNLOADS);
        for (JsonNode request : List.of(report, speech)) {
            String file = request == report ? "Bao cao PAPI 2022.pdf" : "Du thao phat bieu.pdf";
            Path pdf = DOWNLOADS.resolve(file).toAbsolutePath();
            writePdf(pdf, request.get("title").asString());
            if (request == report) {
                signIn(stack, "/console/nhiem-vu/" + request.get("id").asString(), DEPARTMENT);
            } else {
                browser.get(stack.stack().addresses().gatewayUrl() + "/console/nhiem-vu/"
                        + request.get("id").asString());
                awaitPage(browser);
            }
            browser.findElement(By.id("file")).sendKeys(pdf.toString());
            click(browser, "Nộp");
            assertThat(main(browser)).contains("Đã nộp phiên bản 1: " + file);
        }
        browser.quit();

        browser = Chromium.start(Chromium.DESKTOP, true, DOWNLOADS);
        signIn(stack, "/console/ke-hoach/" + planId + "/tai-lieu", OFFICE);
        assertThat(main(browser)).contains("Đã nộp, chờ duyệt (2)");
        Chromium.screenshot(browser, "e2e-console-tai-lieu-1280");

        String accepted = MaterialReviewSteps.acceptReport(browser, planId, unit);
        String returned = MaterialReviewSteps.returnWithReason(browser, planId, unit, "DRAFT_SPEECH", REASON);
        assertThat(accepted).isEqualTo(report.get("title").asString());
        assertThat(returned).isEqualTo(speech.get("title").asString());

        JsonNode reportNow = expect(
                gateway.get(
                        "tg-office",
                        "/api/material-requests/" + report.get("id").asString()),
                200);
        JsonNode speechNow = expect(
                gateway.get(
                        "tg-office",
                        "/api/material-requests/" + speech.get("id").asString()),
                200);
        assertThat(reportNow.get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(reportNow.at("/latest/review/verdict").asString()).isEqualTo("ACCEPTED");
        assertThat(speechNow.get("status").asString()).isEqualTo("RETURNED");
        assertThat(speechNow.at("/latest/review/comment").asString()).isEqualTo(REASON);

        assertThat(MaterialReviewSteps.publishAccepted(browser, planId)).isEqualTo(1);
        Chromium.screenshot(browser, "e2e-console-tai-lieu-cong-bo-1280");
        JsonNode portal = expect(gateway.get("tg-office", "/api/plans/" + planId + "/portal"), 200);
        List<String> published = new java.util.ArrayList<>();
        portal.path("sections")
                .forEach(section -> section.path("materials")
                        .forEach(material ->
                                published.add(material.get("documentId").asString())));
        assertThat(published).containsExactly(reportNow.get("documentId").asString());

        browser.get(stack.stack().addresses().gatewayUrl() + "/console/ke-hoach/" + planId);
        awaitPage(browser);
        assertThat(main(browser)).contains("Mức độ sẵn sàng", "Giấy mời và trả lời", "Hồ sơ, tài liệu");
        browser.get(stack.stack().addresses().gatewayUrl() + "/console/khong-co-trang-nay");
        awaitPage(browser);
        assertThat(heading()).as("the console's own page").isEqualTo("Không có trang này");
    }

    @Test
    @Order(3)
    void theOfficeAttachesTheSignedOriginalAndDocumentsServiceKeepsItsSha256() throws IOException {
        EndToEndStack.Running stack = EndToEndStack.current();
        Path pdf = DOWNLOADS.resolve("KH PAPI 2022 đã ký.pdf").toAbsolutePath();
        writePdf(pdf, TITLE);
        String sha256 = SampleFiles.sha256(Files.readAllBytes(pdf));

        browser = Chromium.start(Chromium.DESKTOP, true, DOWNLOADS);
        signIn(stack, "/console/ke-hoach/" + planId, OFFICE);
        assertThat(main(browser)).contains("Bản gốc đã ký", "Chưa đính kèm bản gốc đã ký.");
        browser.findElement(By.id("ban-goc-tep")).sendKeys(pdf.toString());
        click(browser, "Lưu bản gốc");

        assertThat(main(browser)).contains("Đã lưu bản gốc đã ký: KH PAPI 2022 đã ký.pdf.", sha256);
        Chromium.screenshot(browser, "e2e-console-ban-goc-1280");
        JsonNode original = expect(stack.gateway().get("tg-office", "/api/plans/" + planId + "/signed-original"), 200);
        assertThat(original.get("sha256").asString()).isEqualTo(sha256);
        assertThat(original.get("attachedBy").asString()).isEqualTo(OFFICE);
    }

    /**
     * Đồng Tháp's office (a province in force since the 2025 merger; Tiền Giang's units ended on 2025-06-30, so its
     * office is told it cannot make accounts) makes an account for a department's officer; the mail sink receives the
     * activation letter; the officer opens its link in another browser, chooses a password and signs in to the console
     * with it, as a department.
     */
    @Test
    @Order(4)
    void anOfficeMakesAnAccountAndTheOfficerActivatesItFromTheLetterAndSignsIn() {
        EndToEndStack.Running stack = EndToEndStack.current();
        String gatewayUrl = stack.stack().addresses().gatewayUrl();
        String email = "thu.nt@snv.e2e-console.example";
        String password = "Hoi nghi chi so Dong Thap 2026";

        browser = Chromium.start(Chromium.DESKTOP, true, DOWNLOADS);
        signIn(stack, "/console/tai-khoan", OFFICE);
        assertThat(main(browser)).contains("chưa tạo được tài khoản mới");
        browser.quit();

        browser = Chromium.start(Chromium.DESKTOP, true, DOWNLOADS);
        signIn(stack, "/console/tai-khoan", "dt-vanphong@dongthap.gov.vn");
        browser.findElement(By.id("name")).sendKeys("Nguyễn Thị Thu");
        browser.findElement(By.id("email")).sendKeys(email);
        new Select(browser.findElement(By.id("unit"))).selectByValue("DT-SNV");
        click(browser, "Tạo tài khoản và gửi thư kích hoạt");
        assertThat(main(browser)).contains("Đã tạo tài khoản cho Nguyễn Thị Thu. Thư kích hoạt đã gửi đến " + email);
        Chromium.screenshot(browser, "e2e-console-tai-khoan-1280");
        browser.quit();

        String link = stack.mailbox().await(email, "Kích hoạt tài khoản").link("/kich-hoat/");
        assertThat(link).startsWith(gatewayUrl + "/kich-hoat/");
        browser = Chromium.start(Chromium.PHONE, false, DOWNLOADS);
        browser.get(link);
        awaitPage(browser);
        assertThat(heading()).isEqualTo("Kích hoạt tài khoản");
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("again")).sendKeys(password);
        click(browser, "Đặt mật khẩu và kích hoạt");
        assertThat(main(browser)).contains("Tài khoản đã được kích hoạt.");
        Chromium.screenshot(browser, "e2e-kich-hoat-360");

        browser.findElement(By.linkText("Đăng nhập")).click();
        awaitPage(browser);
        assertThat(browser.getCurrentUrl()).contains("/dang-nhap");
        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("mat-khau")).sendKeys(password);
        click(browser, "Đăng nhập");
        assertThat(main(browser)).contains("Nguyễn Thị Thu", "Nhiệm vụ được giao");
    }

    private void signIn(EndToEndStack.Running stack, String path, String email) {
        browser.get(stack.stack().addresses().gatewayUrl() + path);
        awaitPage(browser);
        assertThat(browser.getCurrentUrl()).contains("/dang-nhap");
        WebElement address = browser.findElement(By.id("email"));
        address.clear();
        address.sendKeys(email);
        browser.findElement(By.id("mat-khau")).sendKeys(PASSWORD);
        click(browser, "Đăng nhập");
        assertThat(browser.getCurrentUrl()).contains(path);
    }

    private void upload(Path file) {
        browser.findElement(By.id("file")).sendKeys(file.toString());
        click(browser, "Nhập");
    }

    private String heading() {
        return browser.findElement(By.tagName("h1")).getText();
    }

    private static void writePdf(Path path, String title) {
        try {
            Files.write(path, SampleFiles.pdf(title));
        } catch (IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }

    /**
     * What Excel's "CSV" writes on Vietnamese Windows: Windows-1258, a letter with a tone mark written as its base
     * letter (precomposed when the code page has it, as ê, ơ, ư) and the combining tone mark.
     */
    private static byte[] windows1258(String text) {
        Charset charset = Charset.forName("windows-1258");
        CharsetEncoder encoder = charset.newEncoder();
        StringBuilder written = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (encoder.canEncode(c)) {
                written.append(c);
                continue;
            }
            String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            written.append(Normalizer.normalize(decomposed.substring(0, decomposed.length() - 1), Normalizer.Form.NFC))
                    .append(decomposed.charAt(decomposed.length() - 1));
        }
        ByteBuffer bytes = charset.encode(written.toString());
        byte[] array = new byte[bytes.remaining()];
        bytes.get(array);
        assertThat(new String(array, charset)).doesNotContain("?");
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

    private static ObjectNode plan() {
        ObjectNode plan = JsonNodeFactory.instance.objectNode();
        plan.put("province", "tien-giang").put("issuingBody", "TG-UBND").put("title", TITLE);
        plan.putArray("preamble")
                .add("Nhằm công bố kết quả Chỉ số PAPI năm 2022, Ủy ban nhân dân tỉnh ban hành Kế "
                        + "hoạch tổ chức Hội nghị như sau:");
        plan.putArray("indices").addObject().put("code", "PAPI").put("year", 2022);
        ObjectNode participants = plan.putObject("participants");
        participants
                .putArray("groups")
                .addObject()
                .put("id", "snv")
                .put("level", "PROVINCE")
                .put("unit", "TG-SNV")
                .put("role", "Lãnh đạo Sở Nội vụ")
                .put("count", 2);
        participants.putArray("bridgePoints");
        participants.putArray("externalGuests");
        plan.put("chair", "Chủ tịch Ủy ban nhân dân tỉnh").put("format", "IN_PERSON");
        plan.putObject("venue").put("room", "Hội trường Ủy ban nhân dân tỉnh").put("address", "Mỹ Tho, Tiền Giang");
        plan.putObject("time")
                .put("windowStart", "2024-09-01")
                .put("windowEnd", "2024-09-30")
                .put("label", "Dự kiến tháng 9/2024");
        plan.putObject("budget").put("source", "Ngân sách tỉnh năm 2024").put("managedBy", "TG-SNV");
        ArrayNode assignments = plan.putArray("assignments");
        ObjectNode report = assignments.addObject();
        report.put("id", "snv-bao-cao")
                .put("owner", "TG-SNV")
                .put("task", "Chuẩn bị báo cáo kết quả Chỉ số PAPI năm 2022");
        report.putArray("deliverables")
                .addObject()
                .put("kind", "REPORT")
                .put("title", "Báo cáo kết quả Chỉ số PAPI năm 2022");
        report.put("dueBefore", "2024-09-03").put("recipient", "TG-VPUBND");
        ObjectNode speech = assignments.addObject();
        speech.put("id", "snv-phat-bieu")
                .put("owner", "TG-SNV")
                .put("task", "Chuẩn bị dự thảo bài phát biểu của lãnh đạo tỉnh");
        speech.putArray("deliverables")
                .addObject()
                .put("kind", "DRAFT_SPEECH")
                .put("title", "Dự thảo bài phát biểu tại Hội nghị PAPI năm 2022");
        speech.put("dueBefore", "2024-09-03").put("recipient", "TG-VPUBND");
        plan.putArray("distribution").addObject().put("text", "Bộ Nội vụ").putArray("units");
        plan.putObject("signer")
                .put("name", "Trần Văn Phong")
                .put("title", "Chủ tịch")
                .put("capacity", "TM. Ủy ban nhân dân");
        plan.put("replacesInvitationLetter", false);
        return plan;
    }
}
