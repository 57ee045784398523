package vn.gov.conference.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The office's review of submitted materials in the console, as a person does it in a browser already signed in as
 * the office (the demo account {@code tg-vanphong@…}): open the plan's materials page, open the submission a unit sent
 * for review, accept it or return it with a reason, publish the accepted ones. Each step checks what the page says
 * back; a story test calls them after the department has submitted.
 */
final class MaterialReviewSteps {

    private MaterialReviewSteps() {}

    /** Accepts the report ({@code REPORT}) that {@code unit} (its name, as the page shows it) submitted. */
    static String acceptReport(WebDriver driver, String planId, String unit) {
        return accept(driver, planId, unit, "REPORT");
    }

    /** Accepts the submission of this kind ({@code REPORT}, {@code DRAFT_SPEECH}, …) by {@code unit}; its title. */
    static String accept(WebDriver driver, String planId, String unit, String kind) {
        String title = openSubmission(driver, planId, unit, kind);
        click(driver, "Chấp nhận phiên bản này");
        assertThat(main(driver)).contains("Đã chấp nhận: " + title + " (" + unit + ").");
        return title;
    }

    /** Returns the submission of this kind by {@code unit} with {@code reason}; its title. */
    static String returnWithReason(WebDriver driver, String planId, String unit, String kind, String reason) {
        String title = openSubmission(driver, planId, unit, kind);
        WebElement comment = driver.findElement(By.id("comment"));
        comment.clear();
        comment.sendKeys(reason);
        click(driver, "Trả lại");
        assertThat(main(driver)).contains("Đã trả lại: " + title + " (" + unit + "), kèm lý do.");
        return title;
    }

    /** Publishes every accepted document offered (all are checked), as general materials; how many. */
    static int publishAccepted(WebDriver driver, String planId) {
        open(driver, planId);
        int offered = driver.findElements(By.name("doc")).size();
        assertThat(offered)
                .as("accepted documents to publish on %s", driver.getCurrentUrl())
                .isPositive();
        click(driver, "Công bố lên trang tài liệu");
        assertThat(main(driver)).contains("Đã công bố " + offered + " tài liệu trên trang tài liệu của đại biểu.");
        return offered;
    }

    /** The plan's materials page. */
    static void open(WebDriver driver, String planId) {
        driver.get(
                EndToEndStack.current().stack().addresses().gatewayUrl() + "/console/ke-hoach/" + planId + "/tai-lieu");
        awaitPage(driver);
        assertThat(driver.getCurrentUrl())
                .as("signed in as the office")
                .contains("/tai-lieu")
                .doesNotContain("/dang-nhap");
    }

    private static String openSubmission(WebDriver driver, String planId, String unit, String kind) {
        open(driver, planId);
        List<WebElement> links = driver.findElements(By.xpath("//section[.//h2[@id='da-nop']]//li[@data-kind='" + kind
                + "'][.//span[normalize-space()='" + unit + "']]//a"));
        assertThat(links)
                .as("one %s of %s waiting for review on:%n%s", kind, unit, main(driver))
                .hasSize(1);
        String title = links.getFirst().getText();
        links.getFirst().click();
        awaitPage(driver);
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(title);
        return title;
    }

    /** The page's content; anything else (a proxy's error, JSON) fails with what the browser shows. */
    static String main(WebDriver driver) {
        List<WebElement> main = driver.findElements(By.tagName("main"));
        assertThat(main)
                .as("a page at %s, not:%n%s", driver.getCurrentUrl(), driver.getPageSource())
                .hasSize(1);
        return main.getFirst().getText();
    }

    /** Clicks the button and waits for the page it leads to (the old document's marker gone, the new one loaded). */
    static void click(WebDriver driver, String label) {
        ((JavascriptExecutor) driver).executeScript("window.leaving = true;");
        driver.findElement(By.xpath("//button[normalize-space()='" + label + "']"))
                .click();
        awaitPage(driver);
    }

    static void awaitPage(WebDriver driver) {
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .ignoring(WebDriverException.class)
                .until(d -> (Boolean) ((JavascriptExecutor) d)
                        .executeScript("return window.leaving === undefined && document.readyState === 'complete';"));
    }
}
