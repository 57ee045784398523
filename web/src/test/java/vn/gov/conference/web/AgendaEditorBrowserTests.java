package vn.gov.conference.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.gov.conference.testing.browser.Chromium;
import vn.gov.conference.web.console.ConsoleFake;

/**
 * The office's agenda editor in Chromium at 360×740 and 1280×800 with JavaScript off, against {@link ConsoleFake}'s
 * agenda-service: items typed into the form, the API's times beside each item (below it on a phone, in a column
 * beside it on a desktop), a collision shown on the item concerned, a refusal next to its field, publication, the
 * revisions and the printout; the accessibility checks on every page; screenshots {@code console-chuong-trinh-*}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AgendaEditorBrowserTests {

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
    void theOfficeTypesTheAgendaSeesCollisionsOnTheItemsAndPublishesWithoutJavaScriptOnAPhoneAndADesktop() {
        for (Dimension size : List.of(Chromium.PHONE, Chromium.DESKTOP)) {
            fake.reset();
            fake.signInAs(ConsoleFake.OFFICE);
            fake.agendas().open(ConsoleFake.TG_PLAN, ConsoleFake.TG_TITLE, true);
            browser = Chromium.start(size, false, Path.of("target", "browser-downloads"));
            String suffix = "-" + size.getWidth();

            browser.get(url("/console/ke-hoach/" + ConsoleFake.TG_PLAN));
            browser.findElement(By.linkText("Soạn chương trình hội nghị")).click();
            page("console-chuong-trinh-trong" + suffix, "Soạn chương trình hội nghị");

            addItem("Đón tiếp đại biểu", "TG-SNV: Sở Nội vụ\nTG-TTT: Thanh tra tỉnh", "07:30", "08:00", "");
            waitFor("Đã thêm mục “Đón tiếp đại biểu”.");
            addItem("Báo cáo kết quả Chỉ số PAR Index năm 2023", "TG-SNV: Sở Nội vụ", "07:55", "08:20", "");
            waitFor("Đã thêm mục “Báo cáo kết quả Chỉ số PAR Index năm 2023”.");
            page("console-chuong-trinh-trung-gio" + suffix, "Soạn chương trình hội nghị");
            WebElement report = browser.findElement(By.id("muc-bao-cao-ket-qua-chi-so-par-index-nam"));
            assertThat(report.getText()).contains("07:55–08:20", "Mục 2 (07:55 - 08:20) trùng 5 phút với mục khác.");
            assertThat(browser.findElement(By.id("muc-don-tiep-dai-bieu")).getText())
                    .contains("07:30–08:00")
                    .doesNotContain("trùng");
            Rectangle when = report.findElement(By.className("when")).getRect();
            Rectangle what = report.findElement(By.className("what")).getRect();
            if (size.equals(Chromium.DESKTOP)) {
                assertThat(what.getX())
                        .as("the item beside its time")
                        .isGreaterThanOrEqualTo(when.getX() + when.getWidth());
                assertThat(what.getY()).isLessThan(when.getY() + when.getHeight());
            } else {
                assertThat(what.getY())
                        .as("the item under its time")
                        .isGreaterThanOrEqualTo(when.getY() + when.getHeight());
            }

            report.findElement(By.partialLinkText("Sửa")).click();
            page("console-chuong-trinh-sua-muc" + suffix, "Sửa mục");
            browser.findElement(By.id("from")).clear();
            browser.findElement(By.id("from")).sendKeys("08:20");
            browser.findElement(By.xpath("//button[normalize-space()='Lưu mục']"))
                    .click();
            waitFor("must be after 08:20");
            page("console-chuong-trinh-loi" + suffix, "Sửa mục");
            assertThat(browser.findElement(By.id("to-loi")).getText()).isEqualTo("must be after 08:20");
            assertThat(browser.findElement(By.id("to")).getDomAttribute("aria-invalid"))
                    .isEqualTo("true");
            assertThat(browser.findElement(By.id("from")).getDomProperty("value"))
                    .isEqualTo("08:20");

            browser.findElement(By.id("from")).clear();
            browser.findElement(By.id("from")).sendKeys("08:00");
            browser.findElement(By.xpath("//button[normalize-space()='Lưu mục']"))
                    .click();
            waitFor("Đã lưu mục");
            assertThat(text()).doesNotContain("trùng 5 phút");

            browser.findElement(By.id("plannedEnd")).sendKeys("08:15");
            browser.findElement(By.xpath("//button[normalize-space()='Lưu giờ và ghi chú']"))
                    .click();
            waitFor("Đã lưu giờ bắt đầu");
            assertThat(browser.findElement(By.id("muc-bao-cao-ket-qua-chi-so-par-index-nam"))
                            .getText())
                    .contains("Chương trình kết thúc lúc 08:20, quá 5 phút so với giờ dự kiến kết thúc 08:15.");
            assertThat(PageChecks.submitButtonsReachedByTab(browser))
                    .contains("Công bố chương trình")
                    .anySatisfy(button -> assertThat(button.replaceAll("\\s+", " "))
                            .isEqualTo("Lên : Báo cáo kết quả Chỉ số PAR Index năm 2023"));

            browser.findElement(By.xpath("//button[normalize-space()='Công bố chương trình']"))
                    .click();
            waitFor("Đã công bố chương trình (lần 1).");
            page("console-chuong-trinh-da-cong-bo" + suffix, "Soạn chương trình hội nghị");

            browser.findElement(By.linkText("Các lần công bố")).click();
            page("console-chuong-trinh-cac-lan" + suffix, "Các lần công bố chương trình");
            browser.findElement(By.linkText("Bản in")).click();
            page("console-chuong-trinh-ban-in" + suffix, ConsoleFake.TG_TITLE);
            assertThat(text()).contains("7 giờ 30 - 8 giờ", "8 giờ - 8 giờ 20");
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
            assertThat(browser.findElement(By.cssSelector("header.site")).isDisplayed())
                    .as("printed")
                    .isFalse();
            assertThat(browser.findElement(By.className("agenda-nav")).isDisplayed())
                    .isFalse();
            assertThat(browser.findElement(By.className("print-sheet")).getText())
                    .contains("CHƯƠNG TRÌNH", "7 giờ 30 - 8 giờ");
            Chromium.screenshot(browser, SCREENSHOTS, "console-chuong-trinh-ban-in-khi-in" + suffix);
            close();
        }
    }

    private void addItem(String content, String presenters, String from, String to, String minutes) {
        browser.findElement(By.linkText("Thêm mục")).click();
        page("console-chuong-trinh-them", "Thêm mục vào chương trình");
        browser.findElement(By.id("content")).sendKeys(content);
        browser.findElement(By.id("presenters")).sendKeys(presenters);
        browser.findElement(By.id("from")).sendKeys(from);
        browser.findElement(By.id("to")).sendKeys(to);
        browser.findElement(By.id("minutes")).sendKeys(minutes);
        browser.findElement(By.xpath("//button[normalize-space()='Thêm mục']")).click();
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
