package vn.gov.conference.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

/**
 * The office typing an agenda into the console's editor ({@code /console/ke-hoach/{planId}/chuong-trinh}) as a
 * person does: "Thêm mục", the form filled field by field from an agenda in the API's JSON shape (the seed's
 * {@code demo-data/agendas/…}), "Thêm mục" again, and the editor's confirmation awaited. The browser must be signed in
 * at the console as the plan's office. Works with JavaScript on or off.
 */
final class AgendaEditorSteps {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private AgendaEditorSteps() {}

    /** Types Tiền Giang's seed agenda (276/KH-UBND, 07:30–11:15) into the plan's empty draft agenda. */
    static void enterSeedAgenda(WebDriver driver, String planId) {
        enterAgenda(driver, planId, Seeds.read(Seeds.TIEN_GIANG_AGENDA));
    }

    /** Types every item of {@code agenda} (the API's shape) and its session times, in order, at the end. */
    static void enterAgenda(WebDriver driver, String planId, JsonNode agenda) {
        openEditor(driver, planId);
        if (agenda.hasNonNull("startsAt") || agenda.hasNonNull("plannedEnd") || agenda.hasNonNull("note")) {
            type(driver, "startsAt", agenda.path("startsAt").asString(""));
            type(driver, "plannedEnd", agenda.path("plannedEnd").asString(""));
            type(driver, "note", agenda.path("note").asString(""));
            click(driver, "Lưu giờ và ghi chú");
            await(driver, "Đã lưu giờ bắt đầu");
        }
        for (JsonNode item : agenda.get("items")) {
            driver.findElement(By.linkText("Thêm mục")).click();
            await(driver, "Thêm mục vào chương trình");
            new Select(driver.findElement(By.id("kind")))
                    .selectByValue(item.get("kind").asString());
            type(driver, "content", item.get("content").asString());
            type(driver, "note", item.path("note").asString(""));
            if (!item.path("numbered").asBoolean(true)) {
                driver.findElement(By.name("unnumbered")).click();
            }
            type(driver, "presenters", lines(item.path("presenters")));
            type(driver, "from", item.path("from").asString(""));
            type(driver, "to", item.path("to").asString(""));
            type(driver, "minutes", item.has("minutes") ? item.get("minutes").asString() : "");
            List<String> speakers = new ArrayList<>();
            item.path("contributions")
                    .forEach(c -> speakers.add(
                            c.path("presenters").isEmpty()
                                    ? c.get("content").asString()
                                    : lines(c.get("presenters")).replace("\n", ", ") + " — "
                                            + c.get("content").asString()));
            type(driver, "contributions", String.join("\n", speakers));
            type(
                    driver,
                    "minutesEach",
                    item.has("minutesEach") ? item.get("minutesEach").asString() : "");
            click(driver, "Thêm mục");
            await(driver, "Đã thêm mục “" + item.get("content").asString().strip() + "”.");
        }
    }

    static void openEditor(WebDriver driver, String planId) {
        URI here = URI.create(driver.getCurrentUrl());
        driver.get(here.getScheme() + "://" + here.getAuthority() + "/console/ke-hoach/" + planId + "/chuong-trinh");
        await(driver, "Soạn chương trình hội nghị");
    }

    /** The clock ranges the editor shows beside its items, in order ("07:30–08:00"), as agenda-service computed. */
    static List<String> timesShown(WebDriver driver) {
        List<String> times = new ArrayList<>();
        for (WebElement when : driver.findElements(By.cssSelector("ol.items > li .when > span:first-child"))) {
            times.add(when.getText().strip());
        }
        return times;
    }

    /** The seed's own ranges in the same writing, to compare with {@link #timesShown}. */
    static List<String> rangesOf(JsonNode agenda) {
        List<String> ranges = new ArrayList<>();
        agenda.get("items")
                .forEach(item -> ranges.add(
                        item.get("from").asString() + "–" + item.get("to").asString()));
        return ranges;
    }

    private static String lines(JsonNode presenters) {
        List<String> lines = new ArrayList<>();
        presenters.forEach(p -> lines.add(
                p.hasNonNull("unit")
                        ? p.get("unit").asString() + ": " + p.get("name").asString()
                        : p.get("name").asString()));
        return String.join("\n", lines);
    }

    private static void type(WebDriver driver, String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        if (!text.isEmpty()) {
            field.sendKeys(text);
        }
    }

    private static void click(WebDriver driver, String label) {
        driver.findElement(By.xpath("//button[normalize-space()='" + label + "']"))
                .click();
    }

    /** The page the click led to says these words (its h1 or its confirmation); a refusal fails with its text. */
    private static void await(WebDriver driver, String words) {
        try {
            new WebDriverWait(driver, PATIENCE)
                    .ignoring(WebDriverException.class)
                    .until(d -> d.findElement(By.tagName("body")).getText().contains(words));
        } catch (org.openqa.selenium.TimeoutException ex) {
            assertThat(driver.findElement(By.tagName("body")).getText())
                    .as("at %s", driver.getCurrentUrl())
                    .contains(words);
        }
    }
}
