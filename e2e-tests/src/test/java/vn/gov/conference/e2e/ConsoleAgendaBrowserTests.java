package vn.gov.conference.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.conference.e2e.Gateway.expect;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import vn.gov.conference.testing.browser.Chromium;

/**
 * The office's agenda editor on the whole stack, in Chromium through the gateway: Tiền Giang's office, signed in at
 * the gateway's login form, types the seed agenda of 276/KH-UBND from nothing into a plan it drafted (approved and
 * scheduled for 07:30 08/8/2024 through the API as setup), sees agenda-service's times beside every item to the
 * minute, 07:30 to 11:15, and publishes it; the API then holds the same agenda and timeline.
 */
@Order(9)
@ExtendWith({EndToEndStack.Lifecycle.class, StopAfterFirstFailure.class})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleAgendaBrowserTests {

    private static final String OFFICE = "tg-vanphong@tiengiang.gov.vn";
    private static final String PASSWORD = "Demo-hoi-nghi-2024";
    private static final String TITLE = "Tổ chức Hội nghị công bố kết quả các chỉ số năm 2023 của tỉnh Tiền Giang "
            + "(chương trình nhập trên bảng điều hành)";
    private static final Path DOWNLOADS = Path.of("target", "browser-downloads", "console-agenda");

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
    void theOfficeTypesTheSeedAgendaFromNothingOnAPhoneSeesItsTimesToTheMinuteAndPublishes() {
        EndToEndStack.Running stack = EndToEndStack.at(Moments.TIEN_GIANG_PREPARATION);
        Gateway gateway = stack.gateway();
        planId = expect(gateway.post("tg-office", "/api/plans", plan()), 201)
                .get("id")
                .asString();
        expect(gateway.post("tg-office", "/api/plans/" + planId + "/submit", Map.of()), 200);
        expect(gateway.post("tg-approver", "/api/plans/" + planId + "/approve", Map.of("issuedOn", "2024-07-26")), 200);
        expect(
                gateway.post(
                        "tg-approver",
                        "/api/plans/" + planId + "/schedule",
                        Map.of("start", Moments.TIEN_GIANG_START.toString())),
                200);
        Await.until(
                "agenda-service to learn that plan " + planId + " is scheduled",
                () -> gateway.get("tg-office", "/api/plans/" + planId + "/agenda"),
                r -> r.status() == 200 && r.json().at("/plan/start").isString());
        JsonNode seed = Seeds.read(Seeds.TIEN_GIANG_AGENDA);

        browser = Chromium.start(Chromium.PHONE, true, DOWNLOADS);
        browser.get(stack.stack().addresses().gatewayUrl() + "/console/ke-hoach/" + planId + "/chuong-trinh");
        signIn();
        assertThat(heading()).isEqualTo("Soạn chương trình hội nghị");
        assertThat(main()).contains("Chương trình chưa có mục nào.");

        browser.findElement(By.linkText("Thêm mục")).click();
        awaitPage();
        browser.findElement(By.id("content")).sendKeys("Đón tiếp đại biểu");
        browser.findElement(By.id("from")).sendKeys("08:00");
        browser.findElement(By.id("to")).sendKeys("07:30");
        submit("Thêm mục");
        assertThat(browser.findElement(By.id("to-loi")).getText())
                .as("agenda-service's own words, next to the field")
                .isEqualTo("must be after 08:00");
        assertThat(browser.findElement(By.id("content")).getDomProperty("value"))
                .isEqualTo("Đón tiếp đại biểu");
        Chromium.screenshot(browser, "e2e-console-chuong-trinh-loi-360");

        AgendaEditorSteps.enterSeedAgenda(browser, planId);

        assertThat(AgendaEditorSteps.timesShown(browser))
                .as("the editor's times, from agenda-service")
                .containsExactlyElementsOf(AgendaEditorSteps.rangesOf(seed))
                .startsWith("07:30–08:00")
                .endsWith("10:45–11:15");
        assertThat(main()).contains("Từ 07:30 đến 11:15 · 225 phút", "7 giờ 30, thứ Năm, ngày 8/8/2024");
        assertThat(browser.findElements(By.cssSelector(".item-warnings")))
                .as("no overlap, gap or overrun")
                .isEmpty();
        WebElement pause = browser.findElement(By.id("muc-nghi-giua-gio"));
        assertThat(pause.getText()).contains("09:30–09:45", "Không đánh số · Nghỉ giữa giờ");
        Chromium.screenshot(browser, "e2e-console-chuong-trinh-276-360");

        submit("Công bố chương trình");
        assertThat(main()).contains("Đã công bố chương trình (lần 1).", "Đã công bố (lần 1)");
        Chromium.screenshot(browser, "e2e-console-chuong-trinh-da-cong-bo-360");

        JsonNode timeline = expect(gateway.get("tg-office", "/api/plans/" + planId + "/agenda/timeline"), 200);
        assertThat(timeline.get("sessionStart").asString()).isEqualTo("07:30");
        assertThat(timeline.get("sessionEnd").asString()).isEqualTo("11:15");
        assertThat(timeline.get("date").asString()).isEqualTo("2024-08-08");
        assertThat(timeline.get("warnings")).isEmpty();
        List<String> computed = new ArrayList<>();
        timeline.get("items")
                .forEach(slot -> computed.add(
                        slot.get("from").asString() + "–" + slot.get("to").asString()));
        assertThat(computed).containsExactlyElementsOf(AgendaEditorSteps.rangesOf(seed));
        JsonNode agenda = expect(gateway.get("tg-office", "/api/plans/" + planId + "/agenda"), 200);
        assertThat(agenda.get("status").asString()).isEqualTo("PUBLISHED");
        List<String> typed = new ArrayList<>();
        agenda.get("items")
                .forEach(item -> typed.add(item.get("kind").asString() + " "
                        + item.get("content").asString() + " " + item.path("presenters")));
        List<String> seeded = new ArrayList<>();
        seed.get("items")
                .forEach(item -> seeded.add(item.get("kind").asString() + " "
                        + item.get("content").asString() + " " + item.path("presenters")));
        assertThat(typed).as("what was typed is the seed").isEqualTo(seeded);
    }

    @Test
    @Order(2)
    void theDesktopShowsTheSameTimesAndThePrintoutAndTheFirstRevision() {
        EndToEndStack.Running stack = EndToEndStack.current();
        browser = Chromium.start(Chromium.DESKTOP, true, DOWNLOADS);
        browser.get(stack.stack().addresses().gatewayUrl() + "/console/ke-hoach/" + planId + "/chuong-trinh");
        signIn();
        assertThat(AgendaEditorSteps.timesShown(browser)).hasSize(10).first().isEqualTo("07:30–08:00");
        Chromium.screenshot(browser, "e2e-console-chuong-trinh-276-1280");

        browser.findElement(By.linkText("Bản in")).click();
        awaitPage();
        assertThat(main())
                .contains(
                        "CHƯƠNG TRÌNH",
                        "Thời gian: thứ Năm, ngày 8/8/2024",
                        "7 giờ 30 - 8 giờ",
                        "9 giờ 30 - 9 giờ 45",
                        "10 giờ 45 - 11 giờ 15",
                        "Công bố lần 1");
        Chromium.screenshot(browser, "e2e-console-chuong-trinh-ban-in-1280");

        browser.findElement(By.linkText("Các lần công bố")).click();
        awaitPage();
        assertThat(main()).contains("Lần 1: công bố", "Công bố chương trình.", "7 giờ 30 - 11 giờ 15");
    }

    private static ObjectNode plan() {
        ObjectNode plan = JsonNodeFactory.instance.objectNode();
        plan.put("province", "tien-giang").put("issuingBody", "TG-UBND").put("title", TITLE);
        plan.putArray("preamble")
                .add("Nhằm công bố kết quả các chỉ số năm 2023, Ủy ban nhân dân tỉnh ban hành Kế "
                        + "hoạch tổ chức Hội nghị như sau:");
        plan.putArray("indices").addObject().put("code", "PAR").put("year", 2023);
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
        plan.putObject("venue")
                .put("room", "Phòng họp số 1, Ủy ban nhân dân tỉnh")
                .put("address", "Mỹ Tho, Tiền Giang");
        plan.putObject("time")
                .put("windowStart", "2024-08-01")
                .put("windowEnd", "2024-08-31")
                .put("label", "Dự kiến tháng 8/2024");
        plan.putObject("budget").put("source", "Ngân sách tỉnh năm 2024").put("managedBy", "TG-SNV");
        ObjectNode assignment = plan.putArray("assignments").addObject();
        assignment
                .put("id", "snv-bao-cao")
                .put("owner", "TG-SNV")
                .put("task", "Chuẩn bị báo cáo kết quả các chỉ số năm 2023");
        ArrayNode deliverables = assignment.putArray("deliverables");
        deliverables.addObject().put("kind", "REPORT").put("title", "Báo cáo kết quả các chỉ số năm 2023");
        assignment.put("dueBefore", "2024-08-01").put("recipient", "TG-VPUBND");
        plan.putArray("distribution").addObject().put("text", "Bộ Nội vụ").putArray("units");
        plan.putObject("signer")
                .put("name", "Trần Văn Phong")
                .put("title", "Chủ tịch")
                .put("capacity", "TM. Ủy ban nhân dân");
        plan.put("replacesInvitationLetter", false);
        return plan;
    }

    private void signIn() {
        awaitPage();
        assertThat(browser.getCurrentUrl()).contains("/dang-nhap");
        browser.findElement(By.id("email")).sendKeys(OFFICE);
        browser.findElement(By.id("mat-khau")).sendKeys(PASSWORD);
        submit("Đăng nhập");
    }

    private String heading() {
        return browser.findElement(By.tagName("h1")).getText();
    }

    private String main() {
        List<WebElement> main = browser.findElements(By.tagName("main"));
        assertThat(main)
                .as("a page at %s, not:%n%s", browser.getCurrentUrl(), browser.getPageSource())
                .hasSize(1);
        return main.getFirst().getText();
    }

    private void submit(String label) {
        browser.executeScript("window.leaving = true;");
        browser.findElement(By.xpath("//button[normalize-space()='" + label + "']"))
                .click();
        awaitPage();
    }

    private void awaitPage() {
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .ignoring(WebDriverException.class)
                .until(driver -> (Boolean) browser.executeScript(
                        "return window.leaving === undefined && document.readyState === 'complete';"));
    }
}
