package vn.gov.conference.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.gov.conference.testing.browser.Chromium;
import vn.gov.conference.web.console.ConsoleFake;

/**
 * The console in a real Chromium at 360×740 and 1280×800, signed in through {@link ConsoleFake}'s authorization
 * server (the browser follows the real redirects of the code flow): the approver's pages with JavaScript off, the
 * decisions sent as plain forms, keyboard reach, the accessibility checks of the delegates' pages, the refusal pages
 * of another role and another province, signing out; screenshots in {@code target/screenshots/console-*}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConsoleBrowserTests {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final ConsoleFake fake = ConsoleFake.start();

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

    @BeforeEach
    void reset() {
        fake.reset();
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
    void theApproverApprovesAndSchedulesAPlanWithoutJavaScriptAtPhoneAndDesktopSize() {
        for (Dimension size : List.of(Chromium.PHONE, Chromium.DESKTOP)) {
            fake.reset();
            browser = Chromium.start(size, false, Path.of("target", "browser-downloads"));
            String suffix = "-" + size.getWidth();

            browser.get(url("/console"));
            page("console-trang-chu" + suffix, "Xin chào, Trần Văn Phong");
            browser.findElement(By.linkText("Kế hoạch chờ phê duyệt")).click();
            page("console-cho-phe-duyet" + suffix, "Kế hoạch chờ phê duyệt");
            browser.findElement(By.linkText(ConsoleFake.TG_TITLE)).click();
            page("console-ke-hoach" + suffix, ConsoleFake.TG_TITLE);
            assertThat(PageChecks.submitButtonsReachedByTab(browser)).contains("Đăng xuất", "Phê duyệt", "Trả lại");

            browser.findElement(By.id("number")).sendKeys("275");
            browser.findElement(By.xpath("//button[normalize-space()='Phê duyệt']"))
                    .click();
            waitFor("Number 275 of 2024");
            page("console-so-da-dung" + suffix, ConsoleFake.TG_TITLE);
            assertThat(browser.findElement(By.id("number-loi")).getText())
                    .isEqualTo("Number 275 of 2024 is already used by another document.");
            assertThat(browser.findElement(By.id("number")).getDomAttribute("aria-invalid"))
                    .isEqualTo("true");

            browser.findElement(By.id("number")).clear();
            browser.findElement(By.xpath("//button[normalize-space()='Phê duyệt']"))
                    .click();
            waitFor("Đã phê duyệt và ban hành kế hoạch số 276/KH-UBND.");
            page("console-da-phe-duyet" + suffix, ConsoleFake.TG_TITLE);

            // A date input without script still takes the keyboard's digits in the browser's order (dd/mm/yyyy).
            browser.executeScript("document.getElementById('day').value = '2024-08-08';"
                    + "document.getElementById('time').value = '07:30';");
            browser.findElement(By.xpath("//button[normalize-space()='Chốt thời gian']"))
                    .click();
            waitFor("Đã chốt thời gian: 7 giờ 30, thứ Năm, ngày 8/8/2024.");
            page("console-da-chot-lich" + suffix, ConsoleFake.TG_TITLE);

            browser.findElement(By.xpath("//button[normalize-space()='Đăng xuất']"))
                    .click();
            waitFor("Bạn đã đăng xuất");
            page("console-da-dang-xuat" + suffix, "Bạn đã đăng xuất");
            close();
        }
    }

    @Test
    void theCentralAgencyReadsTheNationalTableAndOpensAPlanReadOnlyAtPhoneAndDesktopSize() {
        for (Dimension size : List.of(Chromium.PHONE, Chromium.DESKTOP)) {
            fake.reset();
            fake.signInAs(ConsoleFake.CENTRAL);
            browser = Chromium.start(size, false, Path.of("target", "browser-downloads"));
            String suffix = "-" + size.getWidth();

            browser.get(url("/console"));
            browser.findElement(By.partialLinkText("Toàn quốc")).click();
            browser.findElement(By.id("nam")).clear();
            browser.findElement(By.id("nam")).sendKeys("2023");
            browser.findElement(By.xpath("//button[normalize-space()='Xem']")).click();
            waitFor("Hà Nội");
            page("console-toan-quoc" + suffix, "Toàn quốc · kết quả năm 2023");
            assertThat(text()).contains("Chưa có kế hoạch", "7 giờ 30, thứ Năm, ngày 8/8/2024");

            browser.findElement(By.linkText(ConsoleFake.DT_TITLE)).click();
            page("console-toan-quoc-ke-hoach" + suffix, ConsoleFake.DT_TITLE);
            assertThat(PageChecks.submitButtons(browser)).containsExactly("Đăng xuất");
            close();
        }
    }

    @Test
    void aDepartmentReadsWhatWasReturnedAndUploadsWithTheFilePickerWithoutJavaScript() throws Exception {
        Path report = Files.createDirectories(Path.of("target", "uploads")).resolve("Báo cáo PAR 2023.pdf");
        Files.writeString(report, "%PDF-1.7 báo cáo");
        for (Dimension size : List.of(Chromium.PHONE, Chromium.DESKTOP)) {
            fake.reset();
            fake.signInAs(ConsoleFake.DEPARTMENT);
            browser = Chromium.start(size, false, Path.of("target", "browser-downloads"));
            String suffix = "-" + size.getWidth();

            browser.get(url("/console"));
            browser.findElement(By.linkText("Nhiệm vụ được giao")).click();
            page("console-nhiem-vu" + suffix, "Nhiệm vụ được giao");
            browser.findElement(By.linkText("Dự thảo bài phát biểu của Sở Nội vụ"))
                    .click();
            page("console-nhiem-vu-bi-tra-lai" + suffix, "Dự thảo bài phát biểu của Sở Nội vụ");
            assertThat(text()).contains("Bổ sung số liệu năm 2023 so với năm 2022.");

            browser.findElement(By.id("file")).sendKeys(report.toAbsolutePath().toString());
            browser.findElement(By.xpath("//button[normalize-space()='Nộp']")).click();
            waitFor("Đã nộp phiên bản 2: Báo cáo PAR 2023.pdf.");
            page("console-nhiem-vu-da-nop" + suffix, "Dự thảo bài phát biểu của Sở Nội vụ");
            close();
        }
    }

    @Test
    void theOfficeSearchesReadsTheTimelineAndSubmitsWithoutJavaScript() {
        for (Dimension size : List.of(Chromium.PHONE, Chromium.DESKTOP)) {
            fake.reset();
            fake.signInAs(ConsoleFake.OFFICE);
            browser = Chromium.start(size, false, Path.of("target", "browser-downloads"));
            String suffix = "-" + size.getWidth();

            browser.get(url("/console"));
            browser.findElement(By.linkText("Kế hoạch của tỉnh")).click();
            browser.findElement(By.id("q")).sendKeys("tien giang");
            browser.findElement(By.xpath("//button[normalize-space()='Tìm']")).click();
            waitFor("1 kế hoạch");
            page("console-ke-hoach-cua-tinh" + suffix, "Kế hoạch của tỉnh");
            browser.findElement(By.linkText(ConsoleFake.TG_TITLE)).click();
            page("console-ke-hoach-chuong-trinh" + suffix, ConsoleFake.TG_TITLE);
            assertThat(text()).contains("07:40–08:00", "The agenda ends 5 minutes after the session's planned end.");

            browser.get(url("/console/ke-hoach/moi/tep-json"));
            page("console-ke-hoach-tep-json" + suffix, "Tạo kế hoạch từ tệp JSON");
            browser.findElement(By.id("json"))
                    .sendKeys("{\"title\":\"Kế hoạch hội nghị công bố SIPAS năm 2023\","
                            + "\"signer\":{\"name\":\"Nguyễn Văn Vĩnh\",\"title\":\"Chủ tịch\"},"
                            + "\"distribution\":[{\"text\":\"Bộ Nội vụ\",\"units\":[\"BNV\"]}]}");
            browser.findElement(By.xpath("//button[normalize-space()='Tạo dự thảo']"))
                    .click();
            waitFor("Đã tạo dự thảo kế hoạch.");
            browser.findElement(By.linkText("Mục đích, yêu cầu")).click();
            page("console-ke-hoach-muc-dich" + suffix, "Phần 2/8: Mục đích, yêu cầu");
            browser.findElement(By.id("f-purposes")).sendKeys("Đánh giá kết quả SIPAS năm 2023.");
            browser.findElement(By.xpath("//button[normalize-space()='Lưu phần này']"))
                    .click();
            waitFor("Đã lưu phần “Mục đích, yêu cầu”.");
            browser.get(url("/console/ke-hoach/plan-moi"));
            assertThat(text()).contains("Đánh giá kết quả SIPAS năm 2023.");
            browser.findElement(By.xpath("//button[normalize-space()='Trình lãnh đạo phê duyệt']"))
                    .click();
            waitFor("Đã trình kế hoạch để lãnh đạo phê duyệt.");
            page("console-ke-hoach-da-trinh" + suffix, "Kế hoạch hội nghị công bố SIPAS năm 2023");
            close();
        }
    }

    @Test
    void theOfficeTypesTheCompositionRowByRowWithoutJavaScriptAndSeesARefusalNextToItsFieldOnAPhone() {
        for (Dimension size : List.of(Chromium.PHONE, Chromium.DESKTOP)) {
            fake.reset();
            fake.signInAs(ConsoleFake.OFFICE);
            fake.makeDraft(ConsoleFake.TG_PLAN);
            browser = Chromium.start(size, false, Path.of("target", "browser-downloads"));
            String suffix = "-" + size.getWidth();

            browser.get(url("/console/ke-hoach/moi"));
            page("console-ke-hoach-moi" + suffix, "Tạo kế hoạch mới");
            new Select(browser.findElement(By.id("f-indices-0-code"))).selectByValue("PAR");
            browser.findElement(By.id("f-indices-0-year")).sendKeys("2023");
            click("Thêm dòng (chỉ số)");
            assertThat(browser.switchTo().activeElement().getDomAttribute("id"))
                    .as("the new row has the focus")
                    .isEqualTo("f-indices-1-code");
            new Select(browser.findElement(By.id("f-indices-1-code"))).selectByValue("SIPAS");
            browser.findElement(By.id("f-indices-1-year")).sendKeys("2023");
            browser.findElement(By.id("f-time-mode")).click();
            new Select(browser.findElement(By.id("f-time-quarter"))).selectByValue("3");
            browser.findElement(By.id("f-time-year")).sendKeys("2024");
            browser.findElement(By.id("f-format")).click();
            click("Tạo dự thảo");
            waitFor("Chưa lưu được: cần sửa");
            page("console-ke-hoach-moi-loi" + suffix, "Tạo kế hoạch mới");
            assertThat(browser.findElement(By.id("f-title-loi")).getText()).isEqualTo("A plan needs a title.");
            assertThat(browser.findElement(By.id("f-indices-1-year")).getDomProperty("value"))
                    .isEqualTo("2023");
            browser.findElement(By.linkText("Tên kế hoạch")).click();
            assertThat(browser.switchTo().activeElement().getDomAttribute("id")).isEqualTo("f-title");
            browser.findElement(By.id("f-title")).sendKeys("Tổ chức hội nghị công bố PAR Index, SIPAS năm 2023");
            click("Tạo dự thảo");
            waitFor("Đã tạo dự thảo kế hoạch.");
            page("console-ke-hoach-da-tao" + suffix, "Phần 2/8: Mục đích, yêu cầu");

            browser.get(url("/console/ke-hoach/" + ConsoleFake.TG_PLAN + "/sua/thanh-phan"));
            page("console-thanh-phan" + suffix, "Phần 4/8: Thành phần tham dự");
            assertThat(browser.findElement(By.id("tong-so")).getText())
                    .contains("1 đại biểu đã nêu số — kế hoạch ghi khoảng 120 đại biểu.");
            click("Thêm dòng (nhóm thành phần)");
            assertThat(browser.switchTo().activeElement().getDomAttribute("id"))
                    .isEqualTo("f-participants-groups-1-level");
            new Select(browser.findElement(By.id("f-participants-groups-1-level"))).selectByValue("DISTRICT");
            new Select(browser.findElement(By.id("f-participants-groups-1-unit"))).selectByValue("TG-MYTHO");
            browser.findElement(By.id("f-participants-groups-1-role")).sendKeys("Chủ tịch Ủy ban nhân dân");
            browser.findElement(By.id("f-participants-groups-1-count")).sendKeys("150");
            browser.findElement(By.id("f-participants-statedTotal")).clear();
            browser.findElement(By.id("f-participants-statedTotal")).sendKeys("120");
            click("Lưu phần này");
            waitFor("Chưa lưu được: cần sửa");
            page("console-thanh-phan-loi" + suffix, "Phần 4/8: Thành phần tham dự");
            assertThat(browser.findElement(By.id("f-participants-statedTotal-loi"))
                            .getText())
                    .isEqualTo("The groups add up to 151 delegates but the plan states 120.");
            assertThat(browser.findElement(By.id("tong-so")).getText())
                    .contains("151 đại biểu đã nêu số", "Không khớp");
            WebElement count = browser.findElement(By.id("f-participants-groups-1-count"));
            assertThat(count.getDomProperty("value")).isEqualTo("150");
            count.clear();
            count.sendKeys("110");
            click("Lưu phần này");
            waitFor("Đã lưu phần “Thành phần tham dự”.");
            page("console-thanh-phan-da-luu" + suffix, "Phần 4/8: Thành phần tham dự");
            assertThat(browser.findElement(By.id("tong-so")).getText())
                    .contains("111 đại biểu đã nêu số", "Khớp với tổng số.");
            close();
        }
    }

    @Test
    void theTotalsFollowTheTypingWithJavaScript() {
        fake.signInAs(ConsoleFake.OFFICE);
        fake.makeDraft(ConsoleFake.TG_PLAN);
        browser = Chromium.start(Chromium.PHONE, true, Path.of("target", "browser-downloads"));
        browser.get(url("/console/ke-hoach/" + ConsoleFake.TG_PLAN + "/sua/thanh-phan"));
        WebElement count = browser.findElement(By.id("f-participants-groups-0-count"));
        count.clear();
        count.sendKeys("200");
        new WebDriverWait(browser, Duration.ofSeconds(5))
                .until(driver -> driver.findElement(By.id("tong-so")).getText().contains("200 đại biểu đã nêu số"));
        assertThat(browser.findElement(By.id("tong-so")).getText()).contains("Không khớp");
        Chromium.screenshot(browser, SCREENSHOTS, "console-thanh-phan-dang-go-360");
    }

    /** Clicks a submit button and waits for the page it leads to (the old document's marker gone). */
    private void click(String label) {
        browser.executeScript("window.leaving = true;");
        browser.findElement(By.xpath("//button[normalize-space()='" + label + "']"))
                .click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .ignoring(WebDriverException.class)
                .until(driver -> (Boolean) browser.executeScript(
                        "return window.leaving === undefined && document.readyState === 'complete';"));
    }

    @Test
    void anotherProvinceAndAnotherRoleSeeRefusalPages() {
        for (Dimension size : List.of(Chromium.PHONE, Chromium.DESKTOP)) {
            fake.reset();
            browser = Chromium.start(size, true, Path.of("target", "browser-downloads"));
            String suffix = "-" + size.getWidth();

            browser.get(url("/console/phe-duyet/" + ConsoleFake.DT_PLAN));
            page("console-tinh-khac" + suffix, "Không tìm thấy");
            assertThat(text()).doesNotContain(ConsoleFake.DT_TITLE);
            close();

            fake.signInAs(ConsoleFake.OFFICE);
            browser = Chromium.start(size, true, Path.of("target", "browser-downloads"));
            browser.get(url("/console/phe-duyet"));
            page("console-sai-vai-tro" + suffix, "Trang này không dành cho vai trò của bạn");
            assertThat(text()).doesNotContain(ConsoleFake.TG_TITLE);
            close();
        }
    }

    private void page(String name, String heading) {
        assertThat(browser.findElement(By.tagName("h1")).getText()).as(name).isEqualTo(heading);
        PageChecks.assertAccessible(browser, name);
        Chromium.screenshot(browser, SCREENSHOTS, name);
    }

    /** A form's answer is a new page: wait until it has replaced the one the button was on. */
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
