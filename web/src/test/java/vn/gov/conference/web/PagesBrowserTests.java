package vn.gov.conference.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
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

/**
 * Every page and refusal in a real Chromium, at a phone's 360×740 and a desktop's 1280×800, against the application
 * on a random port and {@link FakeApi}: forms filled and sent (the delegates' forms also with JavaScript off),
 * accessibility basics checked on each page, a screenshot of each in {@code target/screenshots/}.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "conference.web.desk-refresh=1s")
class PagesBrowserTests {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final FakeApi api = FakeApi.start();

    @LocalServerPort
    int port;

    private ChromeDriver browser;
    private Path downloads;

    @DynamicPropertySource
    static void api(DynamicPropertyRegistry registry) {
        registry.add("conference.web.api-url", api::url);
    }

    @BeforeAll
    static void chromium() {
        Chromium.assumeInstalled();
    }

    @BeforeEach
    void reset(TestInfo test) throws IOException {
        api.reset();
        downloads = Files.createDirectories(Path.of(
                "target",
                "browser-downloads",
                test.getTestMethod().orElseThrow().getName()));
        try (Stream<Path> old = Files.list(downloads)) {
            for (Path file : old.toList()) {
                Files.delete(file);
            }
        }
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
        api.close();
    }

    @Test
    void everyPageAndRefusalReadsWellAtPhoneAndDesktopSize() {
        Map<String, String[]> pages = new LinkedHashMap<>();
        pages.put("trang-chu", new String[] {"/", "Trang dành cho đại biểu hội nghị"});
        pages.put("moi-don-vi", new String[] {"/moi/quota-mytho?sig=ok", FakeApi.CONFERENCE});
        pages.put("moi-ca-nhan", new String[] {"/moi/chairman?sig=ok", FakeApi.CONFERENCE});
        pages.put("moi-truc-tuyen", new String[] {"/moi/expert?sig=ok", FakeApi.CONFERENCE});
        pages.put("moi-da-tra-loi", new String[] {"/moi/accepted?sig=ok", FakeApi.CONFERENCE});
        pages.put("diem-danh", new String[] {"/diem-danh/chairman?sig=ok", "Điểm danh"});
        pages.put(
                "le-tan",
                new String[] {"/le-tan/plan-tg?sig=ok&day=2024-08-08&q=an", "Bàn đón tiếp · thứ Năm, ngày 8/8/2024"});
        pages.put("tai-lieu", new String[] {"/tai-lieu/plan-tg?sig=ok", "Tài liệu hội nghị"});
        pages.put("loi-het-han", new String[] {"/moi/chairman?sig=old", "Đường dẫn đã hết hạn"});
        pages.put("loi-bi-sua", new String[] {"/moi/chairman?sig=xyz", "Đường dẫn không hợp lệ"});
        pages.put("loi-khong-tim-thay", new String[] {"/moi/nobody?sig=ok", "Không tìm thấy"});
        pages.put("loi-he-thong", new String[] {"/moi/down?sig=ok", "Hệ thống tạm thời chưa phản hồi"});
        pages.put("loi-khong-co-trang", new String[] {"/khong-co-trang-nay", "Không tìm thấy trang"});
        pages.put("loi-thieu-chu-ky", new String[] {"/tai-lieu/plan-tg", "Đường dẫn không hợp lệ"});
        for (Dimension size : List.of(Chromium.PHONE, Chromium.DESKTOP)) {
            open(size, true);
            pages.forEach((name, page) -> {
                browser.get(url(page[0]));
                assertThat(browser.findElement(By.tagName("h1")).getText())
                        .as(name)
                        .isEqualTo(page[1]);
                PageChecks.assertAccessible(browser, name);
                Chromium.screenshot(browser, SCREENSHOTS, name + "-" + size.getWidth());
            });
            close();
        }
    }

    @Test
    void aUnitNamesTwoDelegatesWithoutJavaScriptOnAPhone() {
        open(Chromium.PHONE, false);
        browser.get(url("/moi/quota-mytho?sig=ok"));
        assertThat(browser.findElements(By.cssSelector("fieldset.delegate")))
                .hasSize(2)
                .allMatch(WebElement::isDisplayed);
        assertThat(browser.findElement(By.cssSelector(".add-delegate")).isDisplayed())
                .isFalse();

        type("delegates0-name", "Lê Văn Cường");
        type("delegates0-position", "Phó Chủ tịch Ủy ban nhân dân thành phố");
        type("delegates0-email", "cuong@mytho.example");
        type("delegates1-name", "Phạm Thị Dung");
        type("delegates1-position", "Trưởng phòng Nội vụ");
        type("delegates1-email", "dung@mytho.example");
        new Select(browser.findElement(By.id("delegates1-bridge"))).selectByVisibleText("Điểm cầu thành phố Mỹ Tho");
        Chromium.screenshot(browser, SCREENSHOTS, "moi-don-vi-da-dien-360");
        submit("Gửi danh sách đại biểu");

        assertThat(browser.getCurrentUrl()).endsWith("/moi/quota-mytho?sig=ok&da-ghi-nhan=1");
        assertThat(text())
                .contains(
                        "Đã ghi nhận trả lời",
                        "Đơn vị đã cử đại biểu (2/2)",
                        "Lê Văn Cường, Phó Chủ tịch Ủy ban nhân dân thành phố (cuong@mytho.example)",
                        "Phạm Thị Dung, Trưởng phòng Nội vụ (dung@mytho.example)");
        assertThat(api.invitation("quota-mytho").get("delegates")).asString().contains("MT-CAU");
        PageChecks.assertAccessible(browser, "confirmation");
        Chromium.screenshot(browser, SCREENSHOTS, "moi-don-vi-da-ghi-nhan-360");
    }

    @Test
    void aNewOfficerActivatesTheirAccountFromTheLetterWithoutJavaScript() {
        for (Dimension size : List.of(Chromium.PHONE, Chromium.DESKTOP)) {
            api.reset();
            open(size, false);
            String suffix = "-" + size.getWidth();
            browser.get(url("/kich-hoat/tok-tam"));
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Kích hoạt tài khoản");
            // A staff page, not a delegate's: its own header and footer, and the wording serves a reset too.
            assertThat(browser.findElement(By.cssSelector("header.site")).getText())
                    .contains("Tài khoản cán bộ");
            assertThat(browser.findElement(By.cssSelector("footer.site")).getText())
                    .contains("xin đừng chuyển tiếp thư cho người khác");
            assertThat(text()).contains("mật khẩu mới khi đã quên");
            PageChecks.assertAccessible(browser, "activation");
            Chromium.screenshot(browser, SCREENSHOTS, "kich-hoat" + suffix);

            type("password", "ngan-qua");
            type("again", "ngan-qua");
            submit("Đặt mật khẩu và kích hoạt");
            assertThat(text()).contains("Mật khẩu cần ít nhất 12 ký tự.");
            assertThat(browser.findElement(By.id("password")).getDomAttribute("aria-invalid"))
                    .isEqualTo("true");
            PageChecks.assertAccessible(browser, "activation refused");
            Chromium.screenshot(browser, SCREENSHOTS, "kich-hoat-loi" + suffix);

            type("password", "Hoi nghi chi so 2024");
            type("again", "Hoi nghi chi so 2024");
            submit("Đặt mật khẩu và kích hoạt");
            assertThat(text()).contains("Tài khoản đã được kích hoạt.");
            assertThat(browser.findElement(By.linkText("Đăng nhập")).getDomAttribute("href"))
                    .isEqualTo("/console");
            assertThat(api.activated()).containsEntry("tok-tam", "Hoi nghi chi so 2024");
            PageChecks.assertAccessible(browser, "activated");
            close();
        }
    }

    @Test
    void withScriptAUnitAddsBlocksAndARefusedListComesBackAsTypedWithTheMessageAtItsField() {
        open(Chromium.DESKTOP, true);
        browser.get(url("/moi/quota-mytho?sig=ok"));
        WebElement second =
                browser.findElements(By.cssSelector("fieldset.delegate")).get(1);
        assertThat(second.isDisplayed()).isFalse();
        type("delegates0-name", "Lê Văn Cường");
        type("delegates0-position", "Phó Chủ tịch");
        type("delegates0-email", "cuong@mytho.example");
        browser.findElement(By.cssSelector(".add-delegate")).click();
        assertThat(second.isDisplayed()).isTrue();
        assertThat(browser.switchTo().activeElement().getDomAttribute("id")).isEqualTo("delegates1-name");
        assertThat(browser.findElement(By.cssSelector(".add-delegate")).isDisplayed())
                .isFalse();
        type("delegates1-name", "Phạm Thị Dung");
        type("delegates1-position", "Trưởng phòng Nội vụ");
        type("delegates1-email", "cuong@mytho.example");
        submit("Gửi danh sách đại biểu");

        assertThat(browser.findElement(By.id("delegates1-email-error")).getText())
                .isEqualTo("Mỗi đại biểu cần một địa chỉ email riêng.");
        assertThat(browser.findElement(By.id("delegates1-email")).getDomAttribute("aria-describedby"))
                .isEqualTo("delegates1-email-error");
        assertThat(value("delegates0-name")).isEqualTo("Lê Văn Cường");
        assertThat(value("delegates1-name")).isEqualTo("Phạm Thị Dung");
        assertThat(value("delegates1-position")).isEqualTo("Trưởng phòng Nội vụ");
        assertThat(browser.findElements(By.cssSelector("fieldset.delegate"))
                        .get(1)
                        .isDisplayed())
                .isTrue();
        PageChecks.assertAccessible(browser, "refused delegates");
        Chromium.screenshot(browser, SCREENSHOTS, "moi-don-vi-loi-1280");

        browser.findElement(By.id("delegates1-email")).clear();
        type("delegates1-email", "dung@mytho.example");
        submit("Gửi danh sách đại biểu");

        assertThat(text()).contains("Đã ghi nhận trả lời", "Phạm Thị Dung, Trưởng phòng Nội vụ (dung@mytho.example)");
    }

    @Test
    void aPersonDeclinesWithAReasonWithoutJavaScriptAndOpeningTheLinkAgainShowsTheAnswer() {
        open(Chromium.PHONE, false);
        browser.get(url("/moi/chairman?sig=ok"));
        browser.findElement(By.xpath("//summary[normalize-space()='Không tham dự']"))
                .click();
        type("decline-reason", "Trùng lịch tiếp công dân định kỳ của thành phố");
        submit("Gửi: không tham dự");

        assertThat(text())
                .contains(
                        "Đã ghi nhận trả lời",
                        "Không tham dự.",
                        "Lý do: Trùng lịch tiếp công dân định kỳ của thành phố");
        browser.get(url("/moi/chairman?sig=ok"));
        assertThat(text())
                .doesNotContain("Đã ghi nhận trả lời")
                .contains(
                        "Trả lời của bạn",
                        "Không tham dự.",
                        "Muốn thay đổi? Vui lòng liên hệ: Văn phòng UBND tỉnh Tiền Giang, điện thoại 0273 3873 222");
        assertThat(PageChecks.submitButtons(browser)).isEmpty();
        Chromium.screenshot(browser, SCREENSHOTS, "moi-da-tu-choi-360");
    }

    @Test
    void aPersonNamesASubstitute() {
        open(Chromium.DESKTOP, true);
        browser.get(url("/moi/chairman?sig=ok"));
        browser.findElement(By.xpath("//summary[normalize-space()='Cử người thay thế']"))
                .click();
        type("substitute-name", "Võ Thị Em");
        type("substitute-position", "Phó Chủ tịch Ủy ban nhân dân thành phố");
        type("substitute-email", "em-at-mytho.example");
        // The browser's own check stops a malformed address before it is sent.
        button("Gửi người thay thế").click();
        assertThat((Boolean) browser.executeScript(
                        "return document.getElementById('substitute-email').validity.typeMismatch;"))
                .isTrue();
        assertThat(api.calls()).noneMatch(call -> call.startsWith("POST"));
        browser.findElement(By.id("substitute-email")).clear();
        type("substitute-email", "em@mytho.example");
        type("substitute-reason", "Đi công tác");
        submit("Gửi người thay thế");

        assertThat(text())
                .contains(
                        "Cử người thay thế.",
                        "Võ Thị Em, Phó Chủ tịch Ủy ban nhân dân thành phố (em@mytho.example)",
                        "Lý do: Đi công tác");
    }

    @Test
    void aKeyboardAloneReachesEverySubmitButtonAndAccepts() {
        open(Chromium.DESKTOP, true);
        browser.get(url("/moi/chairman?sig=ok"));
        assertThat(PageChecks.submitButtonsReachedByTab(browser))
                .containsExactlyInAnyOrderElementsOf(PageChecks.submitButtons(browser));

        browser.get(url("/moi/quota-mytho?sig=ok"));
        assertThat(PageChecks.submitButtonsReachedByTab(browser))
                .containsExactlyInAnyOrderElementsOf(PageChecks.submitButtons(browser));

        browser.get(url("/moi/chairman?sig=ok"));
        WebElement accept = browser.findElement(By.xpath("//button[normalize-space()='Xác nhận tham dự']"));
        while (!accept.equals(browser.switchTo().activeElement())) {
            browser.switchTo().activeElement().sendKeys(Keys.TAB);
        }
        accept.sendKeys(Keys.ENTER);
        wait(() -> text().contains("Đã ghi nhận trả lời"));
        assertThat(text()).contains("Bạn đã xác nhận tham dự hội nghị.");
    }

    @Test
    void anAnswerGivenMeanwhileMakesTheOldFormARefusalPage() {
        open(Chromium.PHONE, false);
        browser.get(url("/moi/chairman?sig=ok"));
        api.recordAnswer("chairman");
        submit("Xác nhận tham dự");

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Giấy mời đã được trả lời");
        assertThat(text()).contains("liên hệ Văn phòng để mở lại giấy mời");
        PageChecks.assertAccessible(browser, "already answered");
        Chromium.screenshot(browser, SCREENSHOTS, "loi-da-tra-loi-360");
    }

    @Test
    void aDelegateChecksInFromTheQrPageOnAPhoneWithoutJavaScript() {
        open(Chromium.PHONE, false);
        browser.get(url("/diem-danh/chairman?sig=ok"));
        assertThat(text())
                .contains(
                        "Nguyễn Văn An",
                        "Ủy ban nhân dân thành phố Mỹ Tho",
                        "7 giờ 30, thứ Năm, ngày 8/8/2024",
                        "MT-0001");
        submit("Điểm danh");

        assertThat(text()).contains("Đã điểm danh thành công", "Có mặt lúc 7 giờ 12, ngày 8/8/2024");
        assertThat(PageChecks.submitButtons(browser)).isEmpty();
        PageChecks.assertAccessible(browser, "checked in");
        Chromium.screenshot(browser, SCREENSHOTS, "diem-danh-xong-360");
    }

    @Test
    void beforeTheDayTheCheckInPageSaysWhenAndAStaleButtonIsARefusalPage() {
        open(Chromium.PHONE, true);
        browser.get(url("/diem-danh/expert?sig=ok"));
        api.checkInOpen(false);
        submit("Điểm danh");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Chưa đến ngày điểm danh");
        PageChecks.assertAccessible(browser, "check-in not open");
        Chromium.screenshot(browser, SCREENSHOTS, "loi-chua-den-ngay-360");

        browser.get(url("/diem-danh/expert?sig=ok"));
        assertThat(text()).contains("Chưa đến giờ điểm danh");
        assertThat(PageChecks.submitButtons(browser)).isEmpty();
    }

    @Test
    void theDeskFindsADelegateChecksThemInAndItsTotalsRefreshThemselves() {
        open(Chromium.DESKTOP, true);
        browser.get(url("/le-tan/plan-tg?sig=ok&day=2024-08-08"));
        browser.findElement(By.id("q")).sendKeys("Nguyễn Văn");
        submit("Tìm");
        WebElement row = browser.findElement(By.xpath("//li[.//strong[text()='Nguyễn Văn An']]"));
        browser.executeScript("window.leaving = true;");
        row.findElement(By.xpath(".//button[normalize-space()='Điểm danh']")).click();
        awaitNextPage();

        assertThat(browser.findElement(By.cssSelector(".notice.ok")).getText())
                .isEqualTo("Đã điểm danh: Nguyễn Văn An — Ủy ban nhân dân thành phố Mỹ Tho.");
        assertThat(browser.findElement(By.cssSelector(".totals")).getText()).contains("Có mặt 1", "Trực tuyến 0");
        assertThat(api.calls()).contains("POST /api/invitations/chairman/check-in?sig=ok&day=2024-08-08");

        api.recordCheckIn("expert", "ONLINE");
        wait(() -> browser.findElement(By.cssSelector(".totals")).getText().contains("Trực tuyến 1"));
        PageChecks.assertAccessible(browser, "desk");
        Chromium.screenshot(browser, SCREENSHOTS, "le-tan-da-diem-danh-1280");
    }

    @Test
    void theDeskWorksWithoutJavaScriptOnAPhone() {
        open(Chromium.PHONE, false);
        browser.get(url("/le-tan/plan-tg?sig=ok&day=2024-08-08"));
        browser.findElement(By.id("q")).sendKeys("MT-0001");
        submit("Tìm");
        submit("Điểm danh");

        assertThat(text()).contains("Đã điểm danh: Nguyễn Văn An", "Đã điểm danh 7 giờ 12", "Có mặt 1");
        Chromium.screenshot(browser, SCREENSHOTS, "le-tan-360");
    }

    @Test
    void thePortalDownloadsAFileAndTheBundleAndMarksWhatIsNewSinceTheLastVisit() throws IOException {
        open(Chromium.PHONE, true);
        browser.get(url("/tai-lieu/plan-tg?sig=ok"));
        assertThat(text())
                .contains("3. Báo cáo tóm tắt kết quả chỉ số năm 2023", "PDF · 1,5 MB · Sở Nội vụ", "Word · 850 KB")
                .doesNotContain("Mới");

        browser.findElement(By.partialLinkText("Báo cáo kết quả Chỉ số PAR Index 2023"))
                .click();
        assertThat(Files.readString(downloaded("d1.pdf"))).isEqualTo("%PDF-1.4 d1");
        browser.findElement(By.partialLinkText("Tải tất cả")).click();
        assertThat(Files.readAllBytes(downloaded("tai-lieu.zip"))).startsWith((byte) 'P', (byte) 'K');

        browser.manage().deleteCookieNamed("tai-lieu-xem");
        browser.manage()
                .addCookie(new Cookie(
                        "tai-lieu-xem",
                        String.valueOf(OffsetDateTime.parse("2024-07-31T00:00:00+07:00")
                                .toEpochSecond()),
                        "/tai-lieu/plan-tg"));
        browser.navigate().refresh();
        assertThat(text()).contains("1 tài liệu mới kể từ lần xem trước");
        assertThat(browser.findElements(By.cssSelector(".badge.new"))).hasSize(1);
        PageChecks.assertAccessible(browser, "portal with news");
        Chromium.screenshot(browser, SCREENSHOTS, "tai-lieu-moi-360");

        browser.navigate().refresh();
        assertThat(browser.findElements(By.cssSelector(".badge.new"))).isEmpty();
    }

    private void open(Dimension size, boolean javascript) {
        close();
        browser = Chromium.start(size, javascript, downloads);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void type(String id, String text) {
        browser.findElement(By.id(id)).sendKeys(text);
    }

    private String value(String id) {
        return browser.findElement(By.id(id)).getDomProperty("value");
    }

    private String text() {
        return browser.findElement(By.tagName("main")).getText();
    }

    /** Clicks the button and waits for the page it leads to (the old document's marker gone, the new one loaded). */
    private void submit(String label) {
        browser.executeScript("window.leaving = true;");
        button(label).click();
        awaitNextPage();
    }

    private void awaitNextPage() {
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .ignoring(WebDriverException.class)
                .until(driver -> (Boolean) browser.executeScript(
                        "return window.leaving === undefined && document.readyState === 'complete';"));
    }

    private WebElement button(String label) {
        return browser.findElement(By.xpath("//button[normalize-space()='" + label + "']"));
    }

    /** Polls until true; an element the page's script replaced between finding and reading it is found again. */
    private void wait(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(driver -> condition.getAsBoolean());
    }

    private Path downloaded(String name) {
        Path file = downloads.resolve(name);
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(driver -> Files.isRegularFile(file));
        return file;
    }
}
