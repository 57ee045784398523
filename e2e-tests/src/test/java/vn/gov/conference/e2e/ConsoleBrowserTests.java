package vn.gov.conference.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.conference.e2e.Gateway.expect;

import java.nio.file.Path;
import java.time.Duration;
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
 * The console on the whole stack, in Chromium through the gateway: the office's submitted plan is approved and
 * scheduled by Tiền Giang's approver, a person signed in at the gateway's login form (OpenID Connect, code with PKCE)
 * with the demo account {@code tg-chutich@…}; the API records that person as the approver; the central agency's
 * person then finds the plan on the national dashboard.
 */
@Order(8)
@ExtendWith({EndToEndStack.Lifecycle.class, StopAfterFirstFailure.class})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleBrowserTests {

    private static final String PASSWORD = "Demo-hoi-nghi-2024";
    private static final String APPROVER = "tg-chutich@tiengiang.gov.vn";
    private static final String TITLE = "Tổ chức Hội nghị công bố kết quả Chỉ số hài lòng về sự phục vụ hành chính "
            + "năm 2022 của tỉnh Tiền Giang";
    private static final Path DOWNLOADS = Path.of("target", "browser-downloads", "console");

    private static String planId;
    private static String number;

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
    void theApproverSignsInAtTheGatewayAndApprovesAndSchedulesTheSubmittedPlanOnAPhone() {
        EndToEndStack.Running stack = EndToEndStack.at(Moments.TIEN_GIANG_PREPARATION);
        Gateway gateway = stack.gateway();
        planId = expect(gateway.post("tg-office", "/api/plans", plan()), 201)
                .get("id")
                .asString();
        expect(gateway.post("tg-office", "/api/plans/" + planId + "/submit", Map.of()), 200);

        browser = Chromium.start(Chromium.PHONE, true, DOWNLOADS);
        browser.get(stack.stack().addresses().gatewayUrl() + "/console");
        awaitPage();
        assertThat(browser.getCurrentUrl()).contains("/dang-nhap");
        assertThat(heading()).isEqualTo("Đăng nhập");
        Chromium.screenshot(browser, "e2e-console-dang-nhap-360");

        signIn(APPROVER, "Sai-mat-khau-2024");
        assertThat(main()).contains("Email hoặc mật khẩu không đúng");
        signIn(APPROVER, PASSWORD);
        assertThat(heading()).isEqualTo("Xin chào, Trần Văn Phong");

        browser.findElement(By.linkText("Kế hoạch chờ phê duyệt")).click();
        awaitPage();
        browser.findElement(By.linkText(TITLE)).click();
        awaitPage();
        assertThat(heading()).isEqualTo(TITLE);
        Chromium.screenshot(browser, "e2e-console-ke-hoach-360");

        submit("Phê duyệt");
        assertThat(main()).contains("Đã phê duyệt và ban hành kế hoạch số ");
        browser.executeScript("document.getElementById('day').value = '2024-09-10';"
                + "document.getElementById('time').value = '08:00';");
        submit("Chốt thời gian");
        assertThat(main()).contains("Đã chốt thời gian: 8 giờ, thứ Ba, ngày 10/9/2024.");
        Chromium.screenshot(browser, "e2e-console-da-chot-lich-360");

        JsonNode scheduled = expect(gateway.get("tg-office", "/api/plans/" + planId), 200);
        assertThat(scheduled.get("status").asString()).isEqualTo("SCHEDULED");
        assertThat(scheduled.get("approvedBy").asString())
                .as("the person, not a machine client")
                .isEqualTo(APPROVER);
        assertThat(scheduled.at("/time/start").asString()).startsWith("2024-09-10T08:00");
        number = scheduled.get("documentNumber").asString();

        submit("Đăng xuất");
        assertThat(heading()).isEqualTo("Bạn đã đăng xuất");
        browser.get(stack.stack().addresses().gatewayUrl() + "/console");
        awaitPage();
        assertThat(browser.getCurrentUrl()).as("signed out at the gateway too").contains("/dang-nhap");
    }

    @Test
    @Order(2)
    void theCentralAgencysPersonFindsItOnTheNationalDashboard() {
        EndToEndStack.Running stack = EndToEndStack.current();
        browser = Chromium.start(Chromium.DESKTOP, true, DOWNLOADS);
        browser.get(stack.stack().addresses().gatewayUrl() + "/console/toan-quoc?nam=2022&chi-so=SIPAS");
        awaitPage();
        signIn("bnv@moha.gov.vn", PASSWORD);

        assertThat(heading()).isEqualTo("Toàn quốc · kết quả năm 2022");
        assertThat(main()).contains("Tiền Giang", number, "Đã chốt thời gian", "8 giờ, thứ Ba, ngày 10/9/2024");
        Chromium.screenshot(browser, "e2e-console-toan-quoc-1280");

        browser.findElement(By.linkText(number)).click();
        awaitPage();
        assertThat(heading()).isEqualTo(TITLE);
        assertThat(browser.findElements(By.xpath("//button[normalize-space()='Phê duyệt']")))
                .isEmpty();
    }

    private static ObjectNode plan() {
        ObjectNode plan = JsonNodeFactory.instance.objectNode();
        plan.put("province", "tien-giang").put("issuingBody", "TG-UBND").put("title", TITLE);
        plan.putArray("preamble")
                .add("Nhằm công bố kết quả Chỉ số SIPAS năm 2022, Ủy ban nhân dân tỉnh ban hành Kế "
                        + "hoạch tổ chức Hội nghị như sau:");
        plan.putArray("indices").addObject().put("code", "SIPAS").put("year", 2022);
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
        ObjectNode assignment = plan.putArray("assignments").addObject();
        assignment
                .put("id", "snv-bao-cao")
                .put("owner", "TG-SNV")
                .put("task", "Chuẩn bị báo cáo kết quả Chỉ số SIPAS năm 2022");
        ArrayNode deliverables = assignment.putArray("deliverables");
        deliverables.addObject().put("kind", "REPORT").put("title", "Báo cáo kết quả Chỉ số SIPAS năm 2022");
        assignment.put("dueBefore", "2024-09-03").put("recipient", "TG-VPUBND");
        plan.putArray("distribution").addObject().put("text", "Bộ Nội vụ").putArray("units");
        plan.putObject("signer")
                .put("name", "Trần Văn Phong")
                .put("title", "Chủ tịch")
                .put("capacity", "TM. Ủy ban nhân dân");
        plan.put("replacesInvitationLetter", false);
        return plan;
    }

    private void signIn(String email, String password) {
        WebElement address = browser.findElement(By.id("email"));
        address.clear();
        address.sendKeys(email);
        browser.findElement(By.id("mat-khau")).sendKeys(password);
        submit("Đăng nhập");
    }

    private String heading() {
        return browser.findElement(By.tagName("h1")).getText();
    }

    /** The page's content; anything else (a proxy's error, JSON) fails with what the browser shows. */
    private String main() {
        List<WebElement> main = browser.findElements(By.tagName("main"));
        assertThat(main)
                .as("a page at %s, not:%n%s", browser.getCurrentUrl(), browser.getPageSource())
                .hasSize(1);
        return main.getFirst().getText();
    }

    /** Clicks the button and waits for the page it leads to (the old document's marker gone, the new one loaded). */
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
