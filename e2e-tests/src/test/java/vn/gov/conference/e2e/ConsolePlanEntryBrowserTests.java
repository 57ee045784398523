package vn.gov.conference.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.conference.e2e.Gateway.expect;

import java.io.IOException;
import java.nio.file.Files;
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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.gov.conference.testing.browser.Chromium;

/**
 * Issue 15's "done when", in one story on the whole stack through the gateway: Tiền Giang's office
 * ({@code tg-vanphong@…}, signed in at the gateway's login form) enters the seed plan 276/KH-UBND from nothing through
 * the console's forms, section by section, typing what {@code demo-data/plans/tien-giang-276.json} says (no API call
 * does the office's work), and submits it; read back through the API, the plan is the seed's request form. The
 * office types the seed's agenda in the editor (its timeline shows 07:30 … 11:15 to the minute). The chairman approves
 * it as 276/KH-UBND of 18/7/2024 and fixes 07:30 08/8/2024; Sở Nội vụ uploads its report and the office accepts it;
 * the central agency finds the plan on its national table. Its own stack (an empty data folder, so that number 276
 * of TG-UBND's 2024 register is free), clock at {@link Moments#TIEN_GIANG_PREPARATION}; screenshots in
 * {@code target/screenshots/e2e-nhap-ke-hoach-*}.
 */
@Order(9)
@ExtendWith({EndToEndStack.Lifecycle.class, StopAfterFirstFailure.class})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsolePlanEntryBrowserTests {

    private static final String PASSWORD = "Demo-hoi-nghi-2024";
    private static final String OFFICE = "tg-vanphong@tiengiang.gov.vn";
    private static final String APPROVER = "tg-chutich@tiengiang.gov.vn";
    private static final String DEPARTMENT = "tg-sonoivu@tiengiang.gov.vn";
    private static final String CENTRAL = "bnv@moha.gov.vn";
    private static final Path DOWNLOADS = Path.of("target", "browser-downloads", "console-plan");

    private static ObjectNode seed;
    private static String planId;

    private ChromeDriver browser;
    private String base;

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
    void theOfficeEntersTheSeedPlanFromNothingThroughTheFormsAndSubmitsIt() {
        EndToEndStack.Running stack = EndToEndStack.fresh("console-plan", Moments.TIEN_GIANG_PREPARATION);
        seed = Seeds.read(Seeds.TIEN_GIANG_PLAN);
        open(stack, Chromium.DESKTOP, "/console");
        signIn(OFFICE);
        browser.findElement(By.linkText("Kế hoạch của tỉnh")).click();
        awaitPage();
        browser.findElement(By.linkText("Tạo kế hoạch mới")).click();
        awaitPage();
        assertThat(heading()).isEqualTo("Tạo kế hoạch mới");

        // 1. Chỉ số, tên, căn cứ — and 3. the time, format, venue and chair the API needs to draft a plan.
        JsonNode indices = seed.get("indices");
        for (int i = 0; i < indices.size(); i++) {
            if (i > 0) {
                add("chỉ số");
            }
            choose("f-indices-" + i + "-code", indices.get(i).get("code").asString());
            type("f-indices-" + i + "-year", indices.get(i).get("year").asString());
        }
        type("f-title", seed.get("title").asString());
        type("f-preamble", lines(seed.get("preamble")));
        JsonNode time = seed.get("time");
        tick("time.mode", "tentative");
        choose("f-time-quarter", time.get("quarter").asString());
        type("f-time-year", time.get("year").asString());
        type("f-time-label", time.get("label").asString());
        type("f-time-note", time.get("note").asString());
        tick("format", seed.get("format").asString());
        type("f-venue-room", seed.at("/venue/room").asString());
        type("f-venue-address", seed.at("/venue/address").asString());
        type("f-chair", seed.get("chair").asString());
        Chromium.screenshot(browser, "e2e-nhap-ke-hoach-moi-1280");
        submit("Tạo dự thảo");
        assertThat(main()).contains("Đã tạo dự thảo kế hoạch.");
        assertThat(heading()).isEqualTo("Phần 2/8: Mục đích, yêu cầu");
        planId = browser.getCurrentUrl().replaceAll(".*/ke-hoach/([^/]+)/sua/.*", "$1");

        // 2. Mục đích, yêu cầu.
        type("f-purposes", lines(seed.get("purposes")));
        type("f-requirements", lines(seed.get("requirements")));
        save("Mục đích, yêu cầu");

        // 3. Thời gian, địa điểm: what the new plan's page sent comes back, and saves again unchanged.
        next();
        assertThat(browser.findElement(By.id("f-venue-room")).getDomProperty("value"))
                .isEqualTo(seed.at("/venue/room").asString());
        assertThat(new Select(browser.findElement(By.id("f-time-quarter")))
                        .getFirstSelectedOption()
                        .getText())
                .isEqualTo("Quý 3");
        save("Thời gian, địa điểm, hình thức, chủ trì");

        // 4. Thành phần: 40 groups, row by row, with the totals against "khoảng 130".
        next();
        type("f-participants-statedTotal", seed.at("/participants/statedTotal").asString());
        if (seed.at("/participants/totalApproximate").asBoolean()) {
            browser.findElement(By.id("f-participants-totalApproximate")).click();
        }
        JsonNode groups = seed.at("/participants/groups");
        for (int i = 0; i < groups.size(); i++) {
            JsonNode group = groups.get(i);
            String row = "f-participants-groups-" + i + "-";
            add("nhóm thành phần");
            choose(row + "level", group.get("level").asString());
            choose(row + "unit", group.get("unit").asString());
            if (group.get("count").isNumber()) {
                type(row + "count", group.get("count").asString());
            }
            type(row + "role", group.get("role").asString());
        }
        assertThat(browser.findElement(By.id("tong-so")).getText())
                .contains(
                        "66 đại biểu đã nêu số, 18 nhóm do đơn vị tự cử (chưa nêu số) — kế hoạch ghi khoảng 130 "
                                + "đại biểu.",
                        "Không vượt tổng số.");
        Chromium.screenshot(browser, "e2e-nhap-ke-hoach-thanh-phan-1280");
        save("Thành phần tham dự");

        // 5. Phông hội nghị; 6. Kinh phí.
        next();
        type("f-backdrop-lines", lines(seed.at("/backdrop/lines")));
        type("f-backdrop-spec", seed.at("/backdrop/spec").asString());
        save("Phông hội nghị");
        next();
        type("f-budget-source", seed.at("/budget/source").asString());
        choose("f-budget-managedBy", seed.at("/budget/managedBy").asString());
        save("Kinh phí");

        // 7. Phân công: 15 assignments with their collaborators, deliverables, deadlines, recipients and chains.
        next();
        JsonNode assignments = seed.get("assignments");
        for (int k = 0; k < assignments.size(); k++) {
            JsonNode assignment = assignments.get(k);
            String row = "f-assignments-" + k + "-";
            add("nhiệm vụ");
            choose(row + "owner", assignment.get("owner").asString());
            type(row + "task", assignment.get("task").asString());
            JsonNode collaborators = assignment.get("collaborators");
            for (int c = 0; c < collaborators.size(); c++) {
                add("đơn vị phối hợp của nhiệm vụ " + (k + 1));
                choose(row + "collaborators-" + c, collaborators.get(c).asString());
            }
            JsonNode deliverables = assignment.get("deliverables");
            for (int d = 0; d < deliverables.size(); d++) {
                add("sản phẩm của nhiệm vụ " + (k + 1));
                choose(
                        row + "deliverables-" + d + "-kind",
                        deliverables.get(d).get("kind").asString());
                type(
                        row + "deliverables-" + d + "-title",
                        deliverables.get(d).get("title").asString());
            }
            if (assignment.get("dueBefore").isString()) {
                date(row + "dueBefore", assignment.get("dueBefore").asString());
            }
            if (assignment.get("recipient").isString()) {
                choose(row + "recipient", assignment.get("recipient").asString());
            }
            if (assignment.get("note").isString()) {
                type(row + "note", assignment.get("note").asString());
            }
        }
        List<String> seedIds = Seeds.texts(assignments, "id");
        for (int k = 0; k < assignments.size(); k++) {
            if (assignments.get(k).get("next").isString()) {
                int step = seedIds.indexOf(assignments.get(k).get("next").asString());
                String id = browser.findElement(By.name("assignments[" + step + "].id"))
                        .getDomProperty("value");
                choose("f-assignments-" + k + "-next", id);
            }
        }
        Chromium.screenshot(browser, "e2e-nhap-ke-hoach-phan-cong-1280");
        save("Tổ chức thực hiện (phân công)");

        // 8. Kết luận, nơi nhận, người ký.
        next();
        type("f-closing", seed.get("closing").asString());
        JsonNode distribution = seed.get("distribution");
        for (int i = 0; i < distribution.size(); i++) {
            add("nơi nhận");
            type(
                    "f-distribution-" + i + "-text",
                    distribution.get(i).get("text").asString());
            JsonNode units = distribution.get(i).get("units");
            for (int u = 0; u < units.size(); u++) {
                add("đơn vị của nơi nhận " + (i + 1));
                choose("f-distribution-" + i + "-units-" + u, units.get(u).asString());
            }
        }
        type("f-signer-name", seed.at("/signer/name").asString());
        type("f-signer-title", seed.at("/signer/title").asString());
        assertThat(seed.get("replacesInvitationLetter").asBoolean())
                .as("the box stays unticked")
                .isFalse();
        save("Kết luận, nơi nhận, người ký");

        // The plan page: every section entered, nothing missing, submitted.
        browser.findElement(By.linkText("Xem kế hoạch và trình phê duyệt")).click();
        awaitPage();
        assertThat(heading()).isEqualTo(seed.get("title").asString());
        assertThat(main()).contains("Đã đủ các phần hệ thống yêu cầu.").doesNotContain("chưa nhập");
        Chromium.screenshot(browser, "e2e-nhap-ke-hoach-du-1280");
        submit("Trình lãnh đạo phê duyệt");
        assertThat(main()).contains("Đã trình kế hoạch để lãnh đạo phê duyệt.", "Chờ phê duyệt");

        JsonNode plan = expect(stack.gateway().get("tg-office", "/api/plans/" + planId), 200);
        assertThat(plan.get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(plan.get("createdBy").asString())
                .as("the person, not a machine client")
                .isEqualTo(OFFICE);
        assertThat(RequestForm.pretty(RequestForm.withoutIds(RequestForm.of(plan))))
                .as("the plan read through the API is the seed's request form")
                .isEqualTo(RequestForm.pretty(RequestForm.withoutIds(RequestForm.ofSeed(seed))));
    }

    @Test
    @Order(2)
    void theOfficeTypesTheSeedsAgendaAndTheTimelineShowsItsTimesToTheMinute() {
        EndToEndStack.Running stack = EndToEndStack.current();
        Await.until(
                "agenda-service to hold plan " + planId + "'s draft agenda",
                () -> stack.gateway().get("tg-office", "/api/plans/" + planId + "/agenda"),
                r -> r.status() == 200);
        JsonNode agenda = Seeds.read(Seeds.TIEN_GIANG_AGENDA);
        open(stack, Chromium.DESKTOP, "/console/ke-hoach/" + planId + "/chuong-trinh");
        signIn(OFFICE);
        AgendaEditorSteps.enterSeedAgenda(browser, planId);

        assertThat(AgendaEditorSteps.timesShown(browser))
                .as("the editor's times, as agenda-service computed them")
                .containsExactlyElementsOf(AgendaEditorSteps.rangesOf(agenda))
                .startsWith("07:30–08:00")
                .endsWith("10:45–11:15");
        assertThat(browser.findElements(By.cssSelector(".item-warnings")))
                .as("no overlap, gap or overrun")
                .isEmpty();
        Chromium.screenshot(browser, "e2e-nhap-ke-hoach-chuong-trinh-1280");
        JsonNode timeline = expect(stack.gateway().get("tg-office", "/api/plans/" + planId + "/agenda/timeline"), 200);
        List<String> computed = new ArrayList<>();
        timeline.get("items")
                .forEach(slot -> computed.add(
                        slot.get("from").asString() + "–" + slot.get("to").asString()));
        assertThat(computed).containsExactlyElementsOf(AgendaEditorSteps.rangesOf(agenda));
    }

    @Test
    @Order(3)
    void theApproverApprovesItAs276OfTheSeedsDayAndFixes0730On8August() {
        EndToEndStack.Running stack = EndToEndStack.current();
        // No console page sets a register: the office sets TG-UBND's 2024 register to 276 through the API, as the
        // demo loader does (SeedPlansDemo.openRegisterAt276), so that the approval takes the register's next number.
        expect(stack.gateway().put("tg-office", "/api/registers/TG-UBND/2024", Map.of("nextNumber", 276)), 200);

        open(stack, Chromium.PHONE, "/console/phe-duyet");
        signIn(APPROVER);
        assertThat(heading()).isEqualTo("Kế hoạch chờ phê duyệt");
        browser.findElement(By.linkText(seed.get("title").asString())).click();
        awaitPage();
        String issuedOn =
                Seeds.read("plans/tien-giang-276.approve.json").get("issuedOn").asString();
        date("issuedOn", issuedOn);
        submit("Phê duyệt");
        assertThat(main()).contains("Đã phê duyệt và ban hành kế hoạch số 276/KH-UBND.");
        date("day", Moments.TIEN_GIANG_START.toLocalDate().toString());
        browser.executeScript(
                "document.getElementById('time').value = arguments[0];",
                Moments.TIEN_GIANG_START.toLocalTime().toString());
        submit("Chốt thời gian");
        assertThat(main()).contains("Đã chốt thời gian: 7 giờ 30, thứ Năm, ngày 8/8/2024.");
        Chromium.screenshot(browser, "e2e-nhap-ke-hoach-da-chot-360");

        JsonNode plan = expect(stack.gateway().get("tg-office", "/api/plans/" + planId), 200);
        assertThat(plan.get("documentNumber").asString()).isEqualTo("276/KH-UBND");
        assertThat(plan.get("issuedOn").asString()).isEqualTo(issuedOn);
        assertThat(plan.get("status").asString()).isEqualTo("SCHEDULED");
        assertThat(plan.get("approvedBy").asString()).isEqualTo(APPROVER);
        assertThat(plan.at("/time/start").asString()).startsWith("2024-08-08T07:30");
    }

    @Test
    @Order(4)
    void soNoiVuUploadsItsReportOnItsAssignment() throws IOException {
        EndToEndStack.Running stack = EndToEndStack.current();
        String title = seed.get("assignments")
                .get(2)
                .get("deliverables")
                .get(0)
                .get("title")
                .asString();
        Await.until(
                "Sở Nội vụ's report request",
                () -> stack.gateway().all("tg-snv", "/api/plans/" + planId + "/material-requests"),
                list -> Seeds.texts(list, "title").contains(title));
        Path report = Files.createDirectories(Path.of("target", "uploads")).resolve("Báo cáo PAR SIPAS PAPI 2023.pdf");
        Files.write(report, SampleFiles.pdf(title));

        open(stack, Chromium.PHONE, "/console/nhiem-vu");
        signIn(DEPARTMENT);
        assertThat(heading()).isEqualTo("Nhiệm vụ được giao");
        browser.findElement(By.linkText(title)).click();
        awaitPage();
        browser.findElement(By.id("file")).sendKeys(report.toAbsolutePath().toString());
        submit("Nộp");
        assertThat(main()).contains("Đã nộp phiên bản 1: Báo cáo PAR SIPAS PAPI 2023.pdf.");
        Chromium.screenshot(browser, "e2e-nhap-ke-hoach-so-noi-vu-nop-360");

        JsonNode requests = stack.gateway().all("tg-office", "/api/plans/" + planId + "/material-requests");
        List<String> submitted = new ArrayList<>();
        requests.forEach(request -> {
            if (request.get("title").asString().equals(title)) {
                submitted.add(request.get("status").asString()
                        + (request.path("latest").path("late").asBoolean() ? " late" : " on time"));
            }
        });
        assertThat(submitted).containsExactly("SUBMITTED on time");
    }

    @Test
    @Order(5)
    void theOfficeAcceptsTheDepartmentsReport() {
        EndToEndStack.Running stack = EndToEndStack.current();
        String title = seed.get("assignments")
                .get(2)
                .get("deliverables")
                .get(0)
                .get("title")
                .asString();
        String unit = null;
        for (JsonNode request : stack.gateway().all("tg-office", "/api/plans/" + planId + "/material-requests")) {
            if (request.get("title").asString().equals(title)) {
                unit = request.at("/owner/name").asString();
            }
        }
        assertThat(unit)
                .as("the report's owner, as the materials page names it")
                .isNotBlank();
        open(stack, Chromium.DESKTOP, "/console/ke-hoach/" + planId + "/tai-lieu");
        signIn(OFFICE);
        assertThat(MaterialReviewSteps.acceptReport(browser, planId, unit)).isEqualTo(title);
        Chromium.screenshot(browser, "e2e-nhap-ke-hoach-da-chap-nhan-1280");

        List<String> accepted = new ArrayList<>();
        stack.gateway()
                .all("tg-office", "/api/plans/" + planId + "/material-requests")
                .forEach(request -> {
                    if (request.get("title").asString().equals(title)) {
                        accepted.add(request.get("status").asString());
                    }
                });
        assertThat(accepted).containsExactly("ACCEPTED");
    }

    @Test
    @Order(6)
    void theCentralAgencyFindsThePlanOnItsNationalTable() {
        EndToEndStack.Running stack = EndToEndStack.current();
        open(stack, Chromium.DESKTOP, "/console/toan-quoc?nam=2023&chi-so=PAR");
        signIn(CENTRAL);
        assertThat(heading()).isEqualTo("Toàn quốc · kết quả năm 2023");
        assertThat(main())
                .contains("Tiền Giang", "276/KH-UBND", "Đã chốt thời gian", "7 giờ 30, thứ Năm, ngày 8/8/2024");
        Chromium.screenshot(browser, "e2e-nhap-ke-hoach-toan-quoc-1280");
        browser.findElement(By.linkText("276/KH-UBND")).click();
        awaitPage();
        assertThat(heading()).isEqualTo(seed.get("title").asString());
    }

    // ---------------------------------------------------------------- the browser, as a person uses it

    private void open(EndToEndStack.Running stack, Dimension size, String path) {
        base = stack.stack().addresses().gatewayUrl();
        browser = Chromium.start(size, true, DOWNLOADS);
        browser.get(base + path);
        awaitPage();
        assertThat(browser.getCurrentUrl()).contains("/dang-nhap");
    }

    private void signIn(String email) {
        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("mat-khau")).sendKeys(PASSWORD);
        submit("Đăng nhập");
    }

    /** Types into an input or a text area, as a person does (a text area takes one line per paragraph). */
    private void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** A date input: set as its picker sets it (typing depends on the browser's locale). */
    private void date(String id, String isoDay) {
        browser.executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, isoDay);
    }

    private void choose(String id, String value) {
        new Select(browser.findElement(By.id(id))).selectByValue(value);
    }

    private void tick(String name, String value) {
        browser.findElement(By.cssSelector("input[name='" + name + "'][value='" + value + "']"))
                .click();
    }

    /** "Thêm dòng" of a list, named for a screen reader by what it adds. */
    private void add(String what) {
        submit("Thêm dòng (" + what + ")");
    }

    private void save(String section) {
        submit("Lưu phần này");
        assertThat(main())
                .as("saving %s", section)
                .contains("Đã lưu phần “" + section + "”.")
                .doesNotContain("Chưa lưu được");
    }

    /** The "Tiếp" link a saved section offers. */
    private void next() {
        browser.findElement(By.partialLinkText("Tiếp: ")).click();
        awaitPage();
    }

    private static String lines(JsonNode array) {
        return String.join("\n", Seeds.texts(array, null));
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

    /**
     * A plan's request form (the body of {@code POST /api/plans}, what a PATCH merges into), as plan-service makes it
     * of a plan it shows: units by code, the time as start or window with its label and note. The seed's quarter is
     * the window it stands for. Ids are left out and a chain's next step named by its position: the office typed no
     * ids, so plan-service and the console numbered them.
     */
    static final class RequestForm {

        private RequestForm() {}

        static ObjectNode of(JsonNode plan) {
            ObjectNode form = Seeds.JSON.createObjectNode();
            form.put("province", plan.get("province").asString());
            form.put("issuingBody", plan.at("/issuer/body/code").asString());
            form.set("title", plan.get("title"));
            form.set("preamble", plan.get("preamble"));
            ArrayNode indices = form.putArray("indices");
            plan.get("indices")
                    .forEach(i -> indices.addObject()
                            .put("code", i.get("code").asString())
                            .put("year", i.get("year").asInt()));
            form.set("purposes", plan.get("purposes"));
            form.set("requirements", plan.get("requirements"));
            JsonNode shown = plan.get("participants");
            ObjectNode participants = form.putObject("participants");
            ArrayNode groups = participants.putArray("groups");
            shown.get("groups")
                    .forEach(g -> groups.addObject()
                            .put("id", g.get("id").asString())
                            .put("level", g.get("level").asString())
                            .put("unit", code(g.get("unit")))
                            .put("role", g.get("role").asString())
                            .set("count", g.get("count")));
            for (int i = 0; i < groups.size(); i++) {
                ((ObjectNode) groups.get(i))
                        .set("bridgePoint", shown.get("groups").get(i).get("bridgePoint"));
            }
            ArrayNode points = participants.putArray("bridgePoints");
            shown.get("bridgePoints")
                    .forEach(p -> points.addObject()
                            .put("code", p.get("code").asString())
                            .put("name", p.get("name").asString())
                            .put("host", code(p.get("host")))
                            .set("expectedAttendance", p.get("expectedAttendance")));
            participants.set("externalGuests", shown.get("externalGuests"));
            participants.set("statedTotal", shown.get("statedTotal"));
            participants.set("totalApproximate", shown.get("totalApproximate"));
            form.set("chair", plan.get("chair"));
            form.set("format", plan.get("format"));
            ObjectNode venue = form.putObject("venue");
            for (String field : List.of("room", "address", "note", "onlineMeetingUrl")) {
                venue.set(field, plan.get("venue").get(field));
            }
            ObjectNode time = form.putObject("time");
            for (String field : List.of("start", "windowStart", "windowEnd", "label", "note")) {
                time.set(field, plan.get("time").get(field));
            }
            form.set("backdrop", plan.get("backdrop"));
            form.putObject("budget")
                    .put("source", plan.at("/budget/source").asString())
                    .put("managedBy", code(plan.at("/budget/managedBy")));
            ArrayNode assignments = form.putArray("assignments");
            plan.get("assignments").forEach(a -> {
                ObjectNode assignment = assignments.addObject();
                assignment.put("id", a.get("id").asString()).put("owner", code(a.get("owner")));
                ArrayNode collaborators = assignment.putArray("collaborators");
                a.get("collaborators").forEach(c -> collaborators.add(code(c)));
                assignment.set("task", a.get("task"));
                assignment.set("deliverables", a.get("deliverables"));
                assignment.set("dueBefore", a.get("dueBefore"));
                assignment.put("recipient", code(a.get("recipient")));
                assignment.set("next", a.get("next"));
                assignment.set("note", a.get("note"));
            });
            ArrayNode distribution = form.putArray("distribution");
            plan.get("distribution").forEach(d -> {
                ObjectNode entry =
                        distribution.addObject().put("text", d.get("text").asString());
                ArrayNode units = entry.putArray("units");
                d.get("units").forEach(u -> units.add(code(u)));
            });
            form.set("signer", plan.get("signer"));
            form.set("replacesInvitationLetter", plan.get("replacesInvitationLetter"));
            form.set("closing", plan.get("closing"));
            return form;
        }

        /** The seed as the demo loader sends it, its tentative quarter read as the window of days it stands for. */
        static ObjectNode ofSeed(ObjectNode seed) {
            ObjectNode form = seed.deepCopy();
            ObjectNode time = (ObjectNode) form.get("time");
            if (time.get("quarter").isNumber()) {
                int quarter = time.get("quarter").asInt();
                java.time.LocalDate first =
                        java.time.LocalDate.of(time.get("year").asInt(), (quarter - 1) * 3 + 1, 1);
                time.remove("quarter");
                time.remove("year");
                time.put("windowStart", first.toString())
                        .put("windowEnd", first.plusMonths(3).minusDays(1).toString());
            }
            return form;
        }

        /** Without the ids the office never typed; a next step named by its position instead ("#3"). */
        static JsonNode withoutIds(ObjectNode form) {
            ObjectNode copy = form.deepCopy();
            copy.at("/participants/groups").forEach(g -> ((ObjectNode) g).remove("id"));
            copy.at("/participants/externalGuests").forEach(g -> ((ObjectNode) g).remove("id"));
            List<String> ids = Seeds.texts(copy.get("assignments"), "id");
            copy.get("assignments").forEach(a -> {
                ObjectNode assignment = (ObjectNode) a;
                if (assignment.get("next") != null && assignment.get("next").isString()) {
                    assignment.put(
                            "next", "#" + ids.indexOf(assignment.get("next").asString()));
                }
                assignment.remove("id");
            });
            return withoutNulls(copy);
        }

        static String pretty(JsonNode node) {
            return node.toPrettyString();
        }

        /** Members in name order, those that are null left out (absent and null read alike). */
        private static JsonNode withoutNulls(JsonNode node) {
            if (node.isObject()) {
                ObjectNode copy = Seeds.JSON.createObjectNode();
                new java.util.TreeMap<String, JsonNode>(node.properties().stream()
                                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)))
                        .forEach((name, value) -> {
                            if (!value.isNull() && !value.isMissingNode()) {
                                copy.set(name, withoutNulls(value));
                            }
                        });
                return copy;
            }
            if (node.isArray()) {
                ArrayNode copy = Seeds.JSON.createArrayNode();
                node.forEach(item -> copy.add(withoutNulls(item)));
                return copy;
            }
            return node;
        }

        private static String code(JsonNode unit) {
            return unit == null || unit.isNull() || unit.isMissingNode()
                    ? null
                    : unit.get("code").asString();
        }
    }
}
