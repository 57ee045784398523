package vn.gov.conference.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.gov.conference.testing.browser.Chromium;
import vn.gov.conference.web.console.ConsoleFake;
import vn.gov.conference.web.console.OfficeWorkFake;

/**
 * The office's invitations and materials in a real Chromium at 360×740 and 1280×800 with JavaScript off, against
 * {@link ConsoleFake} with {@link OfficeWorkFake}: from the plan's readiness to the invitations, a CSV picked and
 * imported, one invitee chosen and reminded; a submission opened, a return without a reason refused next to its
 * field, the version accepted and published; the signed original of an approved plan refused as a Word file, then
 * attached as a PDF; an account made for a department's officer (the empty form refused next to its fields) and
 * another disabled. Every page passes the accessibility checks and does not scroll
 * sideways; screenshots {@code target/screenshots/console-giay-moi-*}, {@code console-tai-lieu-*},
 * {@code console-ban-goc-*}, {@code console-tai-khoan-*}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OfficeWorkBrowserTests {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final ConsoleFake fake = ConsoleFake.start();
    private static final OfficeWorkFake office = new OfficeWorkFake();

    static {
        fake.extend(office);
    }

    @LocalServerPort
    int port;

    private ChromeDriver browser;

    @DynamicPropertySource
    static void gateway(DynamicPropertyRegistry registry) {
        registry.add("conference.web.api-url", fake::url);
    }

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

    @AfterAll
    static void stop() {
        fake.close();
    }

    @Test
    void theOfficeImportsInviteesAndRemindsTheOneChosenWithoutJavaScript() throws Exception {
        Path csv = Files.createDirectories(Path.of("target", "uploads")).resolve("dai-bieu.csv");
        Files.writeString(
                csv,
                "Họ tên,Email,Tên đơn vị\r\nLê Văn Dương,duong.lv@toaan.tiengiang.gov.vn,Tòa án " + "nhân dân tỉnh\r\n",
                StandardCharsets.UTF_8);
        for (Dimension size : List.of(Chromium.PHONE, Chromium.DESKTOP)) {
            fake.reset();
            fake.signInAs(ConsoleFake.OFFICE);
            browser = Chromium.start(size, false, Path.of("target", "browser-downloads"));
            String suffix = "-" + size.getWidth();

            browser.get(url("/console/ke-hoach/" + ConsoleFake.TG_PLAN));
            page("console-ke-hoach-san-sang" + suffix, ConsoleFake.TG_TITLE);
            assertThat(text()).contains("Mức độ sẵn sàng", "Chưa sẵn sàng", "6 chưa trả lời");
            browser.findElement(By.linkText("Giấy mời và trả lời")).click();
            page("console-giay-moi" + suffix, "Giấy mời và trả lời");
            assertThat(text()).contains("Chưa trả lời: 2", "Lý do: Trùng lịch công tác nước ngoài.");

            browser.findElement(By.id("file")).sendKeys(csv.toAbsolutePath().toString());
            browser.findElement(By.xpath("//button[normalize-space()='Nhập']")).click();
            waitFor("Đã nhập dai-bieu.csv: mời thêm 1, 0 đã được mời từ trước.");
            page("console-giay-moi-da-nhap" + suffix, "Giấy mời và trả lời");

            browser.findElement(By.xpath("//label[normalize-space()='Lê Văn Dương']"))
                    .click();
            browser.findElement(By.xpath("//label[normalize-space()='Trần Thị Bình']"))
                    .click();
            browser.findElement(By.xpath("//button[normalize-space()='Gửi nhắc cho người đã chọn']"))
                    .click();
            waitFor("Đã gửi nhắc 1 đại biểu: Lê Văn Dương.");
            page("console-giay-moi-da-nhac" + suffix, "Giấy mời và trả lời");
            assertThat(text()).contains("Không nhắc Trần Thị Bình: đã trả lời.");
            assertThat(office.reminded()).hasSize(1);
            close();
        }
    }

    @Test
    void theOfficeReviewsASubmissionAndPublishesItWithoutJavaScript() {
        for (Dimension size : List.of(Chromium.PHONE, Chromium.DESKTOP)) {
            fake.reset();
            fake.signInAs(ConsoleFake.OFFICE);
            browser = Chromium.start(size, false, Path.of("target", "browser-downloads"));
            String suffix = "-" + size.getWidth();

            browser.get(url("/console/ke-hoach/" + ConsoleFake.TG_PLAN + "/tai-lieu"));
            page("console-tai-lieu" + suffix, "Hồ sơ, tài liệu");
            browser.findElement(By.linkText("Báo cáo tóm tắt kết quả SIPAS năm 2023"))
                    .click();
            page("console-tai-lieu-ban-nop" + suffix, "Báo cáo tóm tắt kết quả SIPAS năm 2023");
            assertThat(PageChecks.submitButtonsReachedByTab(browser)).contains("Chấp nhận phiên bản này", "Trả lại");

            browser.findElement(By.xpath("//button[normalize-space()='Trả lại']"))
                    .click();
            waitFor("must not be blank");
            page("console-tai-lieu-thieu-ly-do" + suffix, "Báo cáo tóm tắt kết quả SIPAS năm 2023");
            assertThat(browser.findElement(By.id("comment")).getDomAttribute("aria-invalid"))
                    .isEqualTo("true");

            browser.findElement(By.xpath("//button[normalize-space()='Chấp nhận phiên bản này']"))
                    .click();
            waitFor("Đã chấp nhận: Báo cáo tóm tắt kết quả SIPAS năm 2023");
            browser.findElement(By.xpath("//button[normalize-space()='Công bố lên trang tài liệu']"))
                    .click();
            waitFor("Đã công bố 2 tài liệu trên trang tài liệu của đại biểu.");
            page("console-tai-lieu-da-cong-bo" + suffix, "Hồ sơ, tài liệu");
            assertThat(office.published()).hasSize(2);
            close();
        }
    }

    @Test
    void theOfficeAttachesTheSignedOriginalOfAnApprovedPlanWithoutJavaScript() throws Exception {
        Path uploads = Files.createDirectories(Path.of("target", "uploads"));
        Path word = Files.write(
                uploads.resolve("ke-hoach-276.docx"), "PK\u0003\u0004 word".getBytes(StandardCharsets.UTF_8));
        Path pdf = Files.write(
                uploads.resolve("KH 276-KH-UBND đã ký.pdf"), "%PDF-1.7 bản quét".getBytes(StandardCharsets.UTF_8));
        for (Dimension size : List.of(Chromium.PHONE, Chromium.DESKTOP)) {
            fake.reset();
            fake.plan(ConsoleFake.TG_PLAN).put("status", "APPROVED");
            fake.signInAs(ConsoleFake.OFFICE);
            browser = Chromium.start(size, false, Path.of("target", "browser-downloads"));
            String suffix = "-" + size.getWidth();

            browser.get(url("/console/ke-hoach/" + ConsoleFake.TG_PLAN));
            page("console-ban-goc" + suffix, ConsoleFake.TG_TITLE);
            assertThat(text()).contains("Bản gốc đã ký", "Chưa đính kèm bản gốc đã ký.");

            browser.findElement(By.id("ban-goc-tep"))
                    .sendKeys(word.toAbsolutePath().toString());
            browser.findElement(By.xpath("//button[normalize-space()='Lưu bản gốc']"))
                    .click();
            waitFor("Bản gốc đã ký phải là tệp PDF");
            page("console-ban-goc-khong-phai-pdf" + suffix, ConsoleFake.TG_TITLE);
            assertThat(browser.findElement(By.id("ban-goc-tep")).getDomAttribute("aria-invalid"))
                    .isEqualTo("true");

            browser.findElement(By.id("ban-goc-tep"))
                    .sendKeys(pdf.toAbsolutePath().toString());
            browser.findElement(By.xpath("//button[normalize-space()='Lưu bản gốc']"))
                    .click();
            waitFor("Đã lưu bản gốc đã ký: KH 276-KH-UBND đã ký.pdf.");
            page("console-ban-goc-da-luu" + suffix, ConsoleFake.TG_TITLE);
            assertThat(browser.findElement(By.linkText("KH 276-KH-UBND đã ký.pdf"))
                            .getDomAttribute("href"))
                    .isEqualTo("/console/ke-hoach/" + ConsoleFake.TG_PLAN + "/ban-goc.pdf");
            assertThat(text()).contains("Số 276/KH-UBND, ngày 15/3/2024", "Thay bằng tệp PDF khác");
            close();
        }
    }

    @Test
    void theOfficeCreatesAnAccountResetsAPasswordAndDisablesAnotherWithoutJavaScript() {
        for (Dimension size : List.of(Chromium.PHONE, Chromium.DESKTOP)) {
            fake.reset();
            fake.signInAs(ConsoleFake.OFFICE);
            browser = Chromium.start(size, false, Path.of("target", "browser-downloads"));
            String suffix = "-" + size.getWidth();

            browser.get(url("/console"));
            browser.findElement(By.linkText("Tài khoản của tỉnh")).click();
            page("console-tai-khoan" + suffix, "Tài khoản của tỉnh");
            assertThat(text()).contains("Các tài khoản (3)", "Phạm Văn Hùng", "Chờ kích hoạt");

            browser.findElement(By.xpath("//button[normalize-space()='Tạo tài khoản và gửi thư kích hoạt']"))
                    .click();
            waitFor("Nhập họ và tên người dùng tài khoản.");
            page("console-tai-khoan-thieu" + suffix, "Tài khoản của tỉnh");
            assertThat(browser.findElement(By.id("email")).getDomAttribute("aria-invalid"))
                    .isEqualTo("true");

            browser.findElement(By.id("name")).sendKeys("Võ Thị Mai");
            browser.findElement(By.id("email")).sendKeys("mai.vt@stttt.tiengiang.gov.vn");
            new Select(browser.findElement(By.id("unit")))
                    .selectByVisibleText("Sở Thông tin và Truyền thông (TG-STTTT)");
            browser.findElement(By.xpath("//button[normalize-space()='Tạo tài khoản và gửi thư kích hoạt']"))
                    .click();
            waitFor("Đã tạo tài khoản cho Võ Thị Mai.");
            assertThat(text()).contains("Các tài khoản (4)");
            assertThat(office.activationLetters()).containsExactly("mai.vt@stttt.tiengiang.gov.vn");

            // A person who forgot their password: an active account gets a reset link, a waiting one is offered none.
            assertThat(browser.findElements(
                            By.cssSelector("button[aria-label='Gửi liên kết đặt lại mật khẩu cho Phạm Văn Hùng']")))
                    .isEmpty();
            browser.findElement(By.cssSelector("button[aria-label='Gửi liên kết đặt lại mật khẩu cho Lê Minh Tâm']"))
                    .click();
            waitFor("Đã gửi liên kết đặt lại mật khẩu đến tg-sonoivu@tiengiang.gov.vn");
            page("console-tai-khoan-dat-lai" + suffix, "Tài khoản của tỉnh");
            assertThat(office.activationLetters()).endsWith("tg-sonoivu@tiengiang.gov.vn");

            browser.findElement(By.cssSelector("a[aria-label='Vô hiệu hóa tài khoản của Lê Minh Tâm']"))
                    .click();
            page("console-tai-khoan-vo-hieu-hoa" + suffix, "Vô hiệu hóa tài khoản");
            browser.findElement(By.xpath("//button[normalize-space()='Vô hiệu hóa tài khoản này']"))
                    .click();
            waitFor("Đã vô hiệu hóa tài khoản của Lê Minh Tâm");
            page("console-tai-khoan-da-vo-hieu" + suffix, "Tài khoản của tỉnh");
            assertThat(office.user("u-2")).containsEntry("status", "DISABLED");
            close();
        }
    }

    private void page(String name, String heading) {
        assertThat(browser.findElement(By.tagName("h1")).getText()).as(name).isEqualTo(heading);
        PageChecks.assertAccessible(browser, name);
        Chromium.screenshot(browser, SCREENSHOTS, name);
    }

    private void waitFor(String words) {
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .ignoring(WebDriverException.class)
                .until(driver ->
                        driver.findElement(By.tagName("body")).getText().contains(words));
    }

    private String text() {
        return browser.findElement(By.tagName("body")).getText();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
