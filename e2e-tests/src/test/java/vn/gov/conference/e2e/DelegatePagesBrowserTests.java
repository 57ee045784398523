package vn.gov.conference.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.conference.e2e.Gateway.expect;
import static vn.gov.conference.e2e.Steps.field;
import static vn.gov.conference.e2e.Steps.only;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipInputStream;
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
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;
import vn.gov.conference.testing.browser.Chromium;

/**
 * Issue 13's "done when", in a real Chromium on the whole local stack loaded with {@code --demo}: the delegates do
 * what their letters ask on the pages the letters link to, and every effect is read back through the API and the
 * mail sink. Mỹ Tho names two delegates for its five seats; each gets a letter and accepts; the office re-opens one
 * invitation and that delegate sends a substitute, who accepts; an outside expert declines with a reason; a delegate
 * downloads a file and the bundle from the portal; no letter link answers JSON to a browser; on the day a delegate
 * checks in from the QR page on a phone and the reception desk checks the substitute in.
 */
@Order(6)
@ExtendWith({EndToEndStack.Lifecycle.class, StopAfterFirstFailure.class})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DelegatePagesBrowserTests {

    private static final String OFFICE = "tg-office";
    private static final String CONFERENCE = "Hội nghị đánh giá các chỉ số: PAR Index, SIPAS, PAPI, PCI, DTI, "
            + "ICT Index, PACA năm 2023 của tỉnh Tiền Giang";
    private static final String INVITATION = "Giấy mời dự " + CONFERENCE;
    private static final String MY_THO = "mytho@tiengiang.conference.example";
    private static final String TUAN = "tuan.lm@mytho.conference.example";
    private static final String MAI = "mai.pt@mytho.conference.example";
    private static final String LAN = "lan.nt@mytho.conference.example";
    private static final String EXPERT = "huyen.dt@undp.example";
    private static final Path DOWNLOADS = Path.of("target", "browser-downloads", "delegate-pages");

    private static String planId;
    private static String tuanInvitation;
    private static String maiInvitation;
    private static String lanInvitation;
    private static String tuanCheckInPage;
    private static final Map<String, String> letterLinks = new LinkedHashMap<>();

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
    void myThoNamesTwoDelegatesInTheFormItsLetterLinksTo() {
        EndToEndStack.Running demo = EndToEndStack.demo();
        Gateway gateway = demo.gateway();
        planId = only(
                        expect(gateway.get("central", "/api/plans?size=100"), 200)
                                .get("items"),
                        "plan 276",
                        field("/province", "tien-giang"))
                .get("id")
                .asString();
        Mailbox.Mail letter = demo.mailbox()
                .await(
                        MY_THO,
                        mail -> mail.subject().equals(INVITATION)
                                && !mail.text().contains("cử 01 đại biểu"),
                        1)
                .getFirst();
        String link = letter.link("/moi/");
        letterLinks.put("Mỹ Tho's five seats", link);

        open(Chromium.PHONE, false);
        browser.get(link);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(CONFERENCE);
        assertThat(main())
                .contains(
                        "Kính gửi: Ủy ban nhân dân thành phố Mỹ Tho",
                        "7 giờ 30, thứ Năm, ngày 8/8/2024",
                        "Chương trình",
                        "Gửi danh sách đại biểu");
        assertThat(browser.findElements(By.cssSelector("fieldset.delegate")))
                .hasSize(5)
                .allMatch(WebElement::isDisplayed);
        type("delegates0-name", "Lê Minh Tuấn");
        type("delegates0-position", "Chánh Văn phòng HĐND và UBND thành phố");
        type("delegates0-email", TUAN);
        type("delegates1-name", "Phạm Thị Mai");
        type("delegates1-position", "Trưởng Phòng Nội vụ");
        type("delegates1-email", MAI);
        Chromium.screenshot(browser, "e2e-moi-don-vi-360");
        submit("Gửi danh sách đại biểu");

        assertThat(main())
                .contains(
                        "Đã ghi nhận trả lời",
                        "Đơn vị đã cử đại biểu",
                        "Lê Minh Tuấn, Chánh Văn phòng HĐND và UBND thành phố (" + TUAN + ")",
                        "Phạm Thị Mai, Trưởng Phòng Nội vụ (" + MAI + ")");
        JsonNode invitations = gateway.all(OFFICE, "/api/plans/" + planId + "/invitations");
        JsonNode tuan = only(invitations, "Tuấn's invitation", field("/invitee/email", TUAN));
        JsonNode mai = only(invitations, "Mai's invitation", field("/invitee/email", MAI));
        assertThat(List.of(tuan, mai)).allSatisfy(named -> {
            assertThat(named.get("origin").asString()).isEqualTo("NAMED_BY_UNIT");
            assertThat(named.get("status").asString()).isEqualTo("AWAITING_ANSWER");
        });
        tuanInvitation = tuan.get("id").asString();
        maiInvitation = mai.get("id").asString();
    }

    @Test
    @Order(2)
    void eachNamedDelegateGetsALetterAndAcceptsOnThePage() throws IOException {
        EndToEndStack.Running demo = EndToEndStack.current();
        for (String delegate : List.of(TUAN, MAI)) {
            Mailbox.Mail letter = demo.mailbox().await(delegate, INVITATION);
            letterLinks.put(delegate, letter.link("/moi/"));
            if (delegate.equals(TUAN)) {
                tuanCheckInPage = qrLink(demo.mailbox(), letter);
                letterLinks.put("Tuấn's QR code", tuanCheckInPage);
            }
            clearDownloads();
            open(Chromium.DESKTOP, true);
            browser.get(letter.link("/moi/"));
            assertThat(main()).contains("Xác nhận tham dự", "Cử người thay thế", "Không tham dự");
            submit("Xác nhận tham dự");
            assertThat(main())
                    .contains(
                            "Đã ghi nhận trả lời",
                            "Bạn đã xác nhận tham dự hội nghị.",
                            "Muốn thay đổi? Vui lòng liên hệ:");
            browser.findElement(By.linkText("Tải giấy mời (PDF)")).click();
            assertThat(new String(Files.readAllBytes(downloaded(".pdf")), 0, 5, StandardCharsets.US_ASCII))
                    .as("the Giấy mời of %s", delegate)
                    .isEqualTo("%PDF-");
            close();
        }
        for (String id : List.of(tuanInvitation, maiInvitation)) {
            JsonNode invitation = expect(demo.gateway().get(OFFICE, "/api/invitations/" + id), 200);
            assertThat(invitation.get("status").asString()).isEqualTo("ACCEPTED");
            assertThat(invitation.at("/answer/channel").asString()).isEqualTo("LINK");
        }
    }

    /** Her page says to ask the office to change an answer; the office re-opens it and she sends her deputy. */
    @Test
    @Order(3)
    void oneOfThemIsReplacedByASubstituteWhoAccepts() {
        EndToEndStack.Running demo = EndToEndStack.current();
        expect(demo.gateway().post(OFFICE, "/api/invitations/" + maiInvitation + "/reopen", Map.of()), 200);

        open(Chromium.PHONE, true);
        browser.get(letterLinks.get(MAI));
        browser.findElement(By.xpath("//summary[normalize-space()='Cử người thay thế']"))
                .click();
        type("substitute-name", "Nguyễn Thị Lan");
        type("substitute-position", "Phó Trưởng Phòng Nội vụ");
        type("substitute-email", LAN);
        type("substitute-reason", "Trùng lịch công tác tại tỉnh");
        submit("Gửi người thay thế");
        assertThat(main())
                .contains(
                        "Cử người thay thế.",
                        "Nguyễn Thị Lan, Phó Trưởng Phòng Nội vụ (" + LAN + ")",
                        "Lý do: Trùng lịch công tác tại tỉnh");
        close();

        Mailbox.Mail letter = demo.mailbox().await(LAN, INVITATION);
        letterLinks.put(LAN, letter.link("/moi/"));
        open(Chromium.PHONE, false);
        browser.get(letter.link("/moi/"));
        submit("Xác nhận tham dự");
        assertThat(main()).contains("Bạn đã xác nhận tham dự hội nghị.");

        JsonNode mai = expect(demo.gateway().get(OFFICE, "/api/invitations/" + maiInvitation), 200);
        assertThat(mai.get("status").asString()).isEqualTo("SUBSTITUTED");
        lanInvitation = mai.at("/answer/substituteInvitationId").asString();
        JsonNode lan = expect(demo.gateway().get(OFFICE, "/api/invitations/" + lanInvitation), 200);
        assertThat(lan.get("origin").asString()).isEqualTo("SUBSTITUTE");
        assertThat(lan.get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(lan.at("/invitee/email").asString()).isEqualTo(LAN);
    }

    @Test
    @Order(4)
    void anOutsideExpertDeclinesWithAReason() {
        EndToEndStack.Running demo = EndToEndStack.current();
        Map<String, Object> expert = new LinkedHashMap<>();
        expert.put("name", "Bà Đỗ Thanh Huyền");
        expert.put("position", "Chuyên gia quản trị công");
        expert.put("organisation", "Chương trình Phát triển Liên Hợp Quốc (UNDP)");
        expert.put("email", EXPERT);
        expert.put("category", "GUEST");
        JsonNode issued = expect(
                demo.gateway()
                        .post(OFFICE, "/api/plans/" + planId + "/invitations", Map.of("invitees", List.of(expert))),
                201);
        String expertInvitation = issued.at("/invitations/0/id").asString();

        Mailbox.Mail letter = demo.mailbox().await(EXPERT, INVITATION);
        assertThat(letter.text()).contains("Kính gửi: Bà Đỗ Thanh Huyền").doesNotContain("Ông/Bà Bà");
        letterLinks.put(EXPERT, letter.link("/moi/"));
        open(Chromium.PHONE, false);
        browser.get(letter.link("/moi/"));
        browser.findElement(By.xpath("//summary[normalize-space()='Không tham dự']"))
                .click();
        type("decline-reason", "Trùng lịch làm việc với Bộ Nội vụ tại Hà Nội");
        submit("Gửi: không tham dự");
        assertThat(main()).contains("Không tham dự.", "Lý do: Trùng lịch làm việc với Bộ Nội vụ tại Hà Nội");
        Chromium.screenshot(browser, "e2e-tu-choi-360");

        JsonNode declined = expect(demo.gateway().get(OFFICE, "/api/invitations/" + expertInvitation), 200);
        assertThat(declined.get("status").asString()).isEqualTo("DECLINED");
        assertThat(declined.at("/answer/reason").asString()).isEqualTo("Trùng lịch làm việc với Bộ Nội vụ tại Hà Nội");
    }

    @Test
    @Order(5)
    void aDelegateDownloadsAFileAndTheBundleFromThePortal() throws IOException {
        EndToEndStack.Running demo = EndToEndStack.current();
        Gateway gateway = demo.gateway();
        JsonNode request = Await.until(
                "Sở Nội vụ's report request",
                () -> only(
                        gateway.all("tg-snv", "/api/plans/" + planId + "/material-requests"),
                        "the report",
                        field("/assignmentId", "snv-bao-cao")));
        byte[] report = SampleFiles.pdf("Báo cáo kết quả PAR Index, SIPAS, PAPI năm 2023");
        expect(
                gateway.upload(
                        "tg-snv",
                        "/api/material-requests/" + request.get("id").asString() + "/submissions",
                        "Báo cáo PAR Index, SIPAS, PAPI 2023.pdf",
                        SampleFiles.PDF,
                        report),
                201);
        String documentId = expect(
                        gateway.post(
                                OFFICE,
                                "/api/material-requests/" + request.get("id").asString() + "/accept",
                                Map.of()),
                        200)
                .get("documentId")
                .asString();
        expect(
                gateway.post(
                        OFFICE,
                        "/api/plans/" + planId + "/publications",
                        Map.of(
                                "documents",
                                List.of(Map.of("documentId", documentId, "agendaItemId", "bao-cao-par-sipas-papi")))),
                201);

        Mailbox.Mail news = demo.mailbox()
                .await(TUAN, "Tài liệu " + CONFERENCE.substring(0, 1).toLowerCase() + CONFERENCE.substring(1));
        String portal = news.link("/tai-lieu/");
        letterLinks.put("the portal", portal);
        clearDownloads();
        open(Chromium.PHONE, true);
        browser.get(portal);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Tài liệu hội nghị");
        assertThat(main())
                .contains(
                        "3. Báo cáo tóm tắt kết quả các chỉ số: PAR Index, SIPAS, PAPI",
                        "PDF · ",
                        "Tải tất cả (tệp .zip)");
        Chromium.screenshot(browser, "e2e-tai-lieu-360");

        browser.findElement(By.cssSelector(".files a")).click();
        Path file = downloaded(".pdf");
        assertThat(SampleFiles.sha256(Files.readAllBytes(file))).isEqualTo(SampleFiles.sha256(report));
        browser.findElement(By.partialLinkText("Tải tất cả")).click();
        Path bundle = downloaded(".zip");
        List<String> entries = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(Files.readAllBytes(bundle)))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.add(entry.getName());
            }
        }
        assertThat(entries).hasSize(1).allMatch(name -> name.endsWith(".pdf"));

        browser.get(letterLinks.get(TUAN));
        assertThat(browser.findElement(By.linkText("Tài liệu hội nghị")).getDomAttribute("href"))
                .startsWith("/tai-lieu/" + planId + "?sig=");
    }

    @Test
    @Order(6)
    void noLetterLinkAnswersJsonToABrowser() {
        open(Chromium.DESKTOP, true);
        Map<String, String> links = new LinkedHashMap<>(letterLinks);
        links.put("a tampered answer link", Steps.tampered(letterLinks.get(TUAN)));
        links.forEach((what, link) -> {
            browser.get(link);
            assertThat((String) browser.executeScript("return document.contentType;"))
                    .as(what)
                    .isEqualTo("text/html");
            assertThat(browser.findElement(By.tagName("body")).getText())
                    .as(what)
                    .doesNotStartWith("{")
                    .doesNotContain("\"rule\"", "Whitelabel");
            assertThat(browser.findElements(By.tagName("h1"))).as(what).hasSize(1);
        });
        browser.get(links.get("a tampered answer link"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Đường dẫn không hợp lệ");
        browser.get(tuanCheckInPage);
        assertThat(main()).as("before the day").contains("Chưa đến giờ điểm danh", "8/8/2024");
    }

    @Test
    @Order(7)
    void onTheDayADelegateChecksInFromTheQrPageAndTheDeskChecksTheSubstituteIn() {
        EndToEndStack.Running day = EndToEndStack.demoAt(Moments.TIEN_GIANG_CONFERENCE_DAY);
        Gateway gateway = day.gateway();

        open(Chromium.PHONE, false);
        browser.get(tuanCheckInPage);
        assertThat(main()).contains("Lê Minh Tuấn", "7 giờ 30, thứ Năm, ngày 8/8/2024");
        submit("Điểm danh");
        assertThat(main()).contains("Đã điểm danh thành công", "Có mặt");
        Chromium.screenshot(browser, "e2e-diem-danh-360");
        JsonNode tuan = expect(gateway.get(OFFICE, "/api/invitations/" + tuanInvitation), 200);
        assertThat(tuan.at("/checkIn/presence").asString()).isEqualTo("IN_PERSON");
        assertThat(tuan.at("/checkIn/channel").asString()).isEqualTo("LINK");
        close();

        String desk = expect(gateway.post(OFFICE, "/api/plans/" + planId + "/desk-links", Map.of()), 201)
                .get("url")
                .asString();
        assertThat(desk).contains("/le-tan/" + planId + "?sig=").contains("day=2024-08-08");
        open(Chromium.DESKTOP, true);
        browser.get(desk);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Bàn đón tiếp · thứ Năm, ngày 8/8/2024");
        browser.findElement(By.id("q")).sendKeys("nguyen thi lan");
        submit("Tìm");
        WebElement row = browser.findElement(By.xpath("//li[.//strong[text()='Nguyễn Thị Lan']]"));
        browser.executeScript("window.leaving = true;");
        row.findElement(By.xpath(".//button[normalize-space()='Điểm danh']")).click();
        awaitNextPage();
        assertThat(browser.findElement(By.cssSelector(".notice.ok")).getText())
                .startsWith("Đã điểm danh: Nguyễn Thị Lan");
        Chromium.screenshot(browser, "e2e-le-tan-1280");

        JsonNode lan = expect(gateway.get(OFFICE, "/api/invitations/" + lanInvitation), 200);
        assertThat(lan.at("/checkIn/presence").asString()).isEqualTo("IN_PERSON");
        assertThat(lan.at("/checkIn/channel").asString()).isEqualTo("DESK");
        JsonNode attendance = expect(gateway.get(OFFICE, "/api/plans/" + planId + "/attendance"), 200);
        assertThat(attendance.at("/totals/presentInPerson").asInt()).isEqualTo(2);
        assertThat(browser.findElement(By.cssSelector(".totals")).getText()).contains("Có mặt 2");
    }

    private void open(Dimension size, boolean javascript) {
        close();
        browser = Chromium.start(size, javascript, DOWNLOADS);
    }

    /** The page's content; anything else (a proxy's error, JSON) fails with what the browser shows. */
    private String main() {
        List<WebElement> main = browser.findElements(By.tagName("main"));
        assertThat(main)
                .as("a page at %s, not:%n%s", browser.getCurrentUrl(), browser.getPageSource())
                .hasSize(1);
        return main.getFirst().getText();
    }

    private void type(String id, String text) {
        browser.findElement(By.id(id)).sendKeys(text);
    }

    /** Clicks the button and waits for the page it leads to (the old document's marker gone, the new one loaded). */
    private void submit(String label) {
        browser.executeScript("window.leaving = true;");
        browser.findElement(By.xpath("//button[normalize-space()='" + label + "']"))
                .click();
        awaitNextPage();
    }

    private void awaitNextPage() {
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .ignoring(WebDriverException.class)
                .until(driver -> (Boolean) browser.executeScript(
                        "return window.leaving === undefined && document.readyState === 'complete';"));
    }

    private static void clearDownloads() throws IOException {
        Files.createDirectories(DOWNLOADS);
        try (Stream<Path> old = Files.list(DOWNLOADS)) {
            for (Path file : old.toList()) {
                Files.delete(file);
            }
        }
    }

    private Path downloaded(String extension) {
        return new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> {
            try (Stream<Path> files = Files.list(DOWNLOADS)) {
                return files.filter(f -> f.getFileName().toString().endsWith(extension))
                        .findFirst()
                        .orElse(null);
            } catch (IOException ex) {
                return null;
            }
        });
    }

    /** The page the delegate's QR code opens, read from the image attached to their letter. */
    private static String qrLink(Mailbox mailbox, Mailbox.Mail letter) {
        Mailbox.Attachment qr = letter.attachment(a -> a.contentType().startsWith("image/png"))
                .orElseThrow(
                        () -> new AssertionError("No QR code in " + letter.subject() + ": " + letter.attachments()));
        String link = QrCode.read(mailbox.attachment(letter, qr));
        assertThat(link).contains("/diem-danh/").contains("?sig=");
        return link;
    }
}
