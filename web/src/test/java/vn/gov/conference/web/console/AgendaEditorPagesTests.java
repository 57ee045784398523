package vn.gov.conference.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The office's agenda editor over real HTTP against {@link ConsoleFake}'s agenda-service ({@link AgendaFake}): every
 * change a PUT of the agenda with the ETag the page was read at, the timeline and warnings the API computed shown
 * beside the items after each change, its refusals next to their fields with what was typed, publication and its
 * refusals, the revisions' changelog, the printout.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AgendaEditorPagesTests {

    private static final ConsoleFake fake = ConsoleFake.start();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final String EDITOR = "/console/ke-hoach/" + ConsoleFake.TG_PLAN + "/chuong-trinh";

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void gateway(DynamicPropertyRegistry registry) {
        registry.add("conference.web.api-url", fake::url);
    }

    @BeforeEach
    void reset() {
        fake.reset();
        fake.signInAs(ConsoleFake.OFFICE);
        fake.agendas().open(ConsoleFake.TG_PLAN, ConsoleFake.TG_TITLE, true);
    }

    @AfterAll
    static void stop() {
        fake.close();
    }

    @Test
    void theOfficeBuildsTheAgendaItemByItemAndSeesTheApisTimesBesideEachAfterEveryChange() {
        Browser browser = new Browser();
        HttpResponse<String> empty = browser.get(EDITOR);
        assertThat(empty.statusCode()).isEqualTo(200);
        assertThat(empty.body())
                .contains(
                        "<h1>Soạn chương trình hội nghị</h1>",
                        "Dự thảo, chưa công bố",
                        "Chương trình chưa có mục nào.");

        HttpResponse<String> first = add(
                browser,
                item(
                        "RECEPTION",
                        "Đón tiếp đại biểu",
                        "TG-SNV: Sở Nội vụ\nTG-STTTT: Sở Thông tin và Truyền thông",
                        "07:30",
                        "08:00",
                        ""));
        assertThat(first.uri().getPath()).isEqualTo(EDITOR);
        assertThat(first.body()).contains("Đã thêm mục “Đón tiếp đại biểu”.", "Từ 07:30 đến 08:00 · 30 phút");
        assertThat(row(first.body(), "don-tiep-dai-bieu"))
                .contains("07:30–08:00", "theo khung giờ đã ghi", "Thực hiện: Sở Nội vụ; Sở Thông tin và Truyền thông");
        assertThat(fake.agendas().items(ConsoleFake.TG_PLAN).getFirst().get("presenters"))
                .isEqualTo(List.of(
                        Map.of("unit", "TG-SNV", "name", "Sở Nội vụ"),
                        Map.of("unit", "TG-STTTT", "name", "Sở Thông tin và Truyền thông")));

        add(browser, item("REPORT", "Báo cáo kết quả các chỉ số", "TG-SNV: Sở Nội vụ", "", "", "25"));
        Map<String, String> block = item("CONTRIBUTIONS", "Tham luận của các sở", "", "", "", "");
        block.put(
                "contributions",
                "TG-SNV: Sở Nội vụ — Giải pháp nâng Chỉ số PAR Index\n"
                        + "Sở Tư pháp - Thủ tục hành chính\nKinh nghiệm của huyện Cái Bè");
        block.put("minutesEach", "7");
        HttpResponse<String> third = add(browser, block);

        assertThat(row(third.body(), "bao-cao-ket-qua-cac-chi-so"))
                .contains("08:00–08:25", "nối tiếp mục trước", "Đã nhập: ghi 25 phút");
        assertThat(row(third.body(), "tham-luan-cua-cac-so"))
                .contains(
                        "08:25–08:46",
                        "21 phút, theo số tham luận",
                        "08:25–08:32 Giải pháp nâng Chỉ số PAR Index (Sở Nội vụ)",
                        "08:32–08:39 Thủ tục hành chính (Sở Tư pháp)",
                        "08:39–08:46 Kinh nghiệm của huyện Cái Bè",
                        "3 tham luận, mỗi tham luận 7 phút");
        assertThat(third.body()).contains("Từ 07:30 đến 08:46 · 76 phút");
        assertThat(fake.calls())
                .filteredOn(call -> call.startsWith("PUT /api/plans/plan-tg/agenda"))
                .hasSize(3)
                .allSatisfy(call -> assertThat(call).endsWith("Bearer at-tg-vanphong@tiengiang.gov.vn"));
    }

    @Test
    void overlapsGapsAndOverrunAreShownUnderTheItemsTheyConcernInTheApisWords() {
        Browser browser = new Browser();
        add(browser, item("OPENING", "Khai mạc", "", "08:00", "08:10", ""));
        add(browser, item("REPORT", "Báo cáo PAR Index", "", "08:05", "08:30", ""));
        HttpResponse<String> gap =
                add(browser, item("DIRECTIVE_SPEECH", "Phát biểu chỉ đạo", "", "08:45", "09:00", ""));
        HttpResponse<String> editor = browser.post(
                EDITOR + "/chung",
                gap,
                Map.of("startsAt", "", "plannedEnd", "08:50", "note", "Chương trình có thể thay đổi."));

        assertThat(row(editor.body(), "bao-cao-par-index"))
                .contains("class=\"blocking\"", "Mục 2 (08:05 - 08:30) trùng 5 phút với mục khác.");
        assertThat(row(editor.body(), "phat-bieu-chi-dao"))
                .contains(
                        "Trống 15 phút trước mục 3 (08:30 - 08:45).",
                        "Chương trình kết thúc lúc 09:00, quá 10 phút so với giờ dự kiến kết thúc 08:50.");
        assertThat(row(editor.body(), "khai-mac")).doesNotContain("item-warnings");
        assertThat(editor.body())
                .contains(
                        "Thời gian trống giữa các mục: 15 phút.",
                        "hệ thống sẽ không nhận công bố cho đến khi sửa xong");

        HttpResponse<String> refused = browser.post(EDITOR + "/cong-bo", editor, Map.of());
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body())
                .contains("A published agenda cannot promise two things at once: Mục 2 (08:05 - 08:30)");
        assertThat(fake.agendas().items(ConsoleFake.TG_PLAN)).hasSize(3);
    }

    @Test
    void theApisRefusalsStandNextToTheirFieldsWithWhatWasTyped() {
        Browser browser = new Browser();
        HttpResponse<String> form = browser.get(EDITOR + "/them");
        assertThat(form.body())
                .contains(
                        "<h1>Thêm mục vào chương trình</h1>", "<option value=\"RECEPTION\">Đón tiếp đại biểu</option>");

        HttpResponse<String> backwards = browser.post(
                EDITOR + "/them",
                form,
                item("REPORT", "Báo cáo kết quả PCI năm 2023", "Sở Kế hoạch và Đầu tư", "09:15", "09:00", ""));
        HttpResponse<String> both = browser.post(
                EDITOR + "/them", form, item("REPORT", "Báo cáo kết quả PCI năm 2023", "", "09:00", "09:15", "15"));
        HttpResponse<String> words = browser.post(
                EDITOR + "/them", form, item("REPORT", "Báo cáo kết quả PCI năm 2023", "", "", "", "mười lăm"));
        HttpResponse<String> code = browser.post(
                EDITOR + "/them",
                form,
                item("REPORT", "Báo cáo kết quả PCI năm 2023", "tg-skhdt: Sở Kế hoạch và Đầu tư", "", "", "15"));

        assertThat(backwards.statusCode()).isEqualTo(422);
        assertThat(backwards.body())
                .contains(
                        "id=\"to-loi\" class=\"field-error\">must be after 09:15</p>",
                        "Báo cáo kết quả PCI năm 2023</textarea>",
                        "value=\"09:15\"",
                        "Sở Kế hoạch và Đầu tư</textarea>");
        assertThat(both.body())
                .contains("id=\"minutes-loi\" class=\"field-error\">give either from and to or minutes, not both</p>");
        assertThat(words.body())
                .contains(
                        "id=\"minutes-loi\" class=\"field-error\">Số phút là một số nguyên, ví dụ 15.</p>",
                        "value=\"mười lăm\"");
        assertThat(code.body())
                .contains("id=\"presenters-loi\" class=\"field-error\">Dòng 1: must be a unit code such as TG-SNV</p>");
        assertThat(fake.agendas().items(ConsoleFake.TG_PLAN)).isEmpty();
        assertThat(fake.calls()).filteredOn(call -> call.startsWith("PUT ")).hasSize(3);
    }

    @Test
    void aSaveAgainstAnAgendaChangedElsewhereIsRefusedKeepsTheTypingAndGoesThroughTheSecondTime() {
        Browser browser = new Browser();
        add(browser, item("REPORT", "Báo cáo PAPI", "", "08:30", "08:40", ""));
        HttpResponse<String> edit = browser.get(EDITOR + "/muc/bao-cao-papi");
        assertThat(edit.body()).contains("<h1>Sửa mục</h1>", "Hệ thống đang tính: 08:30–08:40 (10 phút)");

        fake.agendas().touch(ConsoleFake.TG_PLAN);
        HttpResponse<String> stale = browser.post(
                EDITOR + "/muc/bao-cao-papi", edit, item("REPORT", "Báo cáo khảo sát PAPI", "", "08:30", "08:45", ""));
        HttpResponse<String> again = browser.post(
                EDITOR + "/muc/bao-cao-papi", stale, item("REPORT", "Báo cáo khảo sát PAPI", "", "08:30", "08:45", ""));

        assertThat(stale.statusCode()).isEqualTo(412);
        assertThat(stale.body())
                .contains(
                        "Chương trình vừa được lưu ở nơi khác",
                        "The agenda changed since version 2; it is now at version 3.",
                        "Báo cáo khảo sát PAPI</textarea>",
                        "value=\"08:45\"");
        assertThat(again.uri().getPath()).isEqualTo(EDITOR);
        assertThat(row(again.body(), "bao-cao-papi")).contains("08:30–08:45", "Báo cáo khảo sát PAPI");
    }

    @Test
    void itemsMoveUpAndDownAndAreRemovedWithButtonsAndTheTimelineFollows() {
        Browser browser = new Browser();
        add(browser, item("OPENING", "Khai mạc", "", "", "", "5"));
        add(browser, item("REPORT", "Báo cáo", "", "", "", "20"));
        HttpResponse<String> page = add(browser, item("BREAK", "Nghỉ giữa giờ", "", "", "", "15"));
        HttpResponse<String> moved = browser.post(EDITOR + "/muc/nghi-giua-gio/len", page, Map.of());

        assertThat(moved.body()).contains("Đã chuyển mục “Nghỉ giữa giờ” lên.");
        assertThat(ids()).containsExactly("khai-mac", "nghi-giua-gio", "bao-cao");
        assertThat(row(moved.body(), "nghi-giua-gio")).contains("07:35–07:50");
        assertThat(row(moved.body(), "bao-cao")).contains("07:50–08:10");

        HttpResponse<String> down = browser.post(EDITOR + "/muc/khai-mac/xuong", moved, Map.of());
        HttpResponse<String> removed = browser.post(EDITOR + "/muc/khai-mac/xoa", down, Map.of());
        assertThat(removed.body()).contains("Đã xóa mục “Khai mạc”.");
        assertThat(ids()).containsExactly("nghi-giua-gio", "bao-cao");
    }

    @Test
    void theOfficePublishesThenEachSaveIsARevisionWhoseChangesAreListed() {
        Browser browser = new Browser();
        add(browser, item("OPENING", "Khai mạc", "TG-SNV: Sở Nội vụ", "07:30", "07:40", ""));
        HttpResponse<String> page =
                add(browser, item("REPORT", "Báo cáo kết quả PCI", "TG-SKHDT: Sở Kế hoạch và Đầu tư", "", "", "20"));

        HttpResponse<String> published = browser.post(EDITOR + "/cong-bo", page, Map.of());
        assertThat(published.body())
                .contains(
                        "Đã công bố chương trình (lần 1).",
                        "Đã công bố (lần 1)",
                        "mỗi lần lưu là một lần cập nhật mới");

        HttpResponse<String> edit = browser.get(EDITOR + "/muc/khai-mac");
        browser.post(
                EDITOR + "/muc/khai-mac", edit, item("OPENING", "Khai mạc", "TG-SNV: Sở Nội vụ", "07:30", "07:45", ""));
        HttpResponse<String> revisions = browser.get(EDITOR + "/cac-lan-cap-nhat");

        assertThat(revisions.body())
                .contains(
                        "<h1>Các lần công bố chương trình</h1>",
                        "Lần 2: cập nhật",
                        "Cập nhật lần 1: 2 mục đổi giờ hoặc người thực hiện.",
                        "Lần 1: công bố",
                        "Công bố chương trình.",
                        "<del>7 giờ 30 - 7 giờ 40</del>",
                        "7 giờ 30 - 7 giờ 45",
                        "<del>7 giờ 40 - 8 giờ</del>",
                        "7 giờ 45 - 8 giờ 05",
                        "đổi giờ");
        assertThat(revisions.body().indexOf("Lần 2"))
                .isLessThan(revisions.body().indexOf("Lần 1: công bố"));
    }

    @Test
    void thePrintoutWritesTheApisTimesAsDocumentsDoAndThePdfIsTheApis() {
        Browser browser = new Browser();
        add(browser, item("RECEPTION", "Đón tiếp đại biểu", "Sở Nội vụ", "07:30", "08:00", ""));
        HttpResponse<String> page =
                add(browser, item("OPENING", "Tuyên bố lý do, giới thiệu đại biểu", "Sở Nội vụ", "08:00", "08:05", ""));
        browser.post(
                EDITOR + "/chung",
                page,
                Map.of(
                        "startsAt",
                        "",
                        "plannedEnd",
                        "",
                        "note",
                        "Chương trình có thể thay đổi tùy theo tình hình thực tế."));

        HttpResponse<String> print = browser.get(EDITOR + "/ban-in");
        HttpResponse<String> pdf = browser.get(EDITOR + "/ban-in.pdf");

        assertThat(print.body())
                .contains(
                        "CHƯƠNG TRÌNH",
                        ConsoleFake.TG_TITLE,
                        "(Kèm theo Kế hoạch số 276/KH-UBND)",
                        "Thời gian: thứ Năm, ngày 8/8/2024",
                        "7 giờ 30 - 8 giờ",
                        "8 giờ - 8 giờ 05",
                        "Chương trình có thể thay đổi tùy theo tình hình thực tế.",
                        "/assets/agenda");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(pdf.body()).startsWith("%PDF");
    }

    @Test
    void anotherRoleIsTurnedAwayBeforeAnyApiCall() {
        fake.signInAs(ConsoleFake.APPROVER);
        HttpResponse<String> page = new Browser().get(EDITOR);

        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("Trang này không dành cho vai trò của bạn");
        assertThat(fake.calls()).noneMatch(call -> call.contains("/agenda"));
    }

    private HttpResponse<String> add(Browser browser, Map<String, String> item) {
        HttpResponse<String> form = browser.get(EDITOR + "/them");
        HttpResponse<String> added = browser.post(EDITOR + "/them", form, item);
        assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
        assertThat(added.uri().getPath()).isEqualTo(EDITOR);
        return added;
    }

    private static Map<String, String> item(
            String kind, String content, String presenters, String from, String to, String minutes) {
        Map<String, String> item = new LinkedHashMap<>();
        item.put("kind", kind);
        item.put("content", content);
        item.put("presenters", presenters);
        item.put("from", from);
        item.put("to", to);
        item.put("minutes", minutes);
        return item;
    }

    private static List<Object> ids() {
        return fake.agendas().items(ConsoleFake.TG_PLAN).stream()
                .map(item -> item.get("id"))
                .toList();
    }

    /** The editor's line for one item: from its anchor to the next item's. */
    private static String row(String page, String itemId) {
        int start = page.indexOf("id=\"muc-" + itemId + "\"");
        assertThat(start).as("item %s on the page", itemId).isPositive();
        int next = page.indexOf("id=\"muc-", start + 1);
        return page.substring(start - 20, next < 0 ? page.indexOf("/chuong-trinh/them", start) : next);
    }

    /** An HTTP client keeping its cookies, sending back the form's CSRF token and the ETag the page was read at. */
    private final class Browser {

        private final HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(5))
                .build();

        HttpResponse<String> get(String path) {
            return send(HttpRequest.newBuilder(uri(path))
                    .header("Accept", "text/html")
                    .GET());
        }

        HttpResponse<String> post(String path, HttpResponse<String> page, Map<String, String> fields) {
            Map<String, String> form = new LinkedHashMap<>(fields);
            Matcher csrf = CSRF.matcher(page.body());
            if (csrf.find()) {
                form.put("_csrf", csrf.group(1));
            }
            Matcher etag = Pattern.compile("name=\"etag\" value=\"([^\"]*)\"").matcher(page.body());
            if (etag.find()) {
                form.put("etag", etag.group(1).replace("&quot;", "\""));
            }
            String body = form.entrySet().stream()
                    .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return send(HttpRequest.newBuilder(uri(path))
                    .header("Accept", "text/html")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
        }

        private URI uri(String path) {
            return URI.create(path.startsWith("http") ? path : "http://localhost:" + port + path);
        }

        private HttpResponse<String> send(HttpRequest.Builder request) {
            try {
                return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (Exception ex) {
                throw new IllegalStateException(ex);
            }
        }
    }
}
