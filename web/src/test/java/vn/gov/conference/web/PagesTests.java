package vn.gov.conference.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every page and refusal, rendered by the application over its real HTTP client against {@link FakeApi}: what the
 * API answers becomes HTML with the right status, forms come back with the API's messages next to the fields.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PagesTests {

    private static final FakeApi api = FakeApi.start();

    @Autowired
    MockMvc mvc;

    @DynamicPropertySource
    static void api(DynamicPropertyRegistry registry) {
        registry.add("conference.web.api-url", api::url);
        registry.add("conference.web.public-url", () -> "https://hoinghi.example.vn");
    }

    @BeforeEach
    void reset() {
        api.reset();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void theLandingPageSaysWhatThisIsAndThatDelegatesUseTheirLetters() throws Exception {
        String html = html(get("/"), 200);

        assertThat(html)
                .contains("<html lang=\"vi\">", "<h1>Trang dành cho đại biểu hội nghị</h1>", "đường dẫn trong thư mời");
    }

    @Test
    void aUnitsInvitationShowsTheConferenceTheAgendaAndOneBlockPerSeat() throws Exception {
        String html = html(get("/moi/quota-mytho?sig=ok"), 200);

        assertThat(html)
                .contains(
                        FakeApi.CONFERENCE,
                        "Kính gửi: <strong>Ủy ban nhân dân thành phố Mỹ Tho</strong>",
                        "7 giờ 30, thứ Năm, ngày 8/8/2024",
                        "Dự kiến 11 giờ 15",
                        "Hội trường Ủy ban nhân dân tỉnh Tiền Giang",
                        "Kế hoạch số 276/KH-UBND",
                        "1. Đón tiếp đại biểu",
                        "8 giờ 05 - 8 giờ 30",
                        "10. Gợi ý thảo luận",
                        "Hạn trả lời: <strong>trước 7 giờ 30, ngày 7/8/2024</strong>",
                        "2 đại biểu",
                        "Đại biểu thứ 1",
                        "Đại biểu thứ 2",
                        "Điểm cầu thành phố Mỹ Tho",
                        "Gửi danh sách đại biểu",
                        "Không tham dự",
                        "href=\"https://hoinghi.example.vn/api/invitations/quota-mytho/calendar?sig=ok\"",
                        "href=\"https://hoinghi.example.vn/api/invitations/quota-mytho/letter?sig=ok\">Tải giấy mời (PDF)</a>",
                        "href=\"/tai-lieu/plan-tg?sig=ok\"")
                .doesNotContain("Xác nhận tham dự", "Cử người thay thế", "unknownFutureField");
        assertThat(api.calls()).containsExactly("GET /api/invitations/quota-mytho?sig=ok");
    }

    @Test
    void aUnitThatDecidesHowManyItSendsAddsBlocksWithoutScript() throws Exception {
        assertThat(html(get("/moi/quota-snv?sig=ok"), 200))
                .contains("Đại biểu thứ 3", "name=\"them\"")
                .doesNotContain("Đại biểu thứ 4");

        String longer = html(
                form(
                        "/moi/quota-snv/tra-loi?sig=ok",
                        Map.of(
                                "answer",
                                "NAME_DELEGATES",
                                "them",
                                "1",
                                "delegates[0].name",
                                "Lê Văn Cường",
                                "delegates[0].position",
                                "Phó Giám đốc",
                                "delegates[0].email",
                                "cuong@snv.example",
                                "delegates[1].name",
                                "",
                                "delegates[2].name",
                                "")),
                200);

        assertThat(longer).contains("Đại biểu thứ 4", "value=\"Lê Văn Cường\"").doesNotContain("Đại biểu thứ 5");
        assertThat(api.calls()).noneMatch(call -> call.startsWith("POST"));
    }

    @Test
    void aPersonsInvitationOffersAcceptDeclineAndSubstitute() throws Exception {
        String html = html(get("/moi/chairman?sig=ok"), 200);

        assertThat(html)
                .contains(
                        "Kính gửi: <strong>Nguyễn Văn An</strong>",
                        "Xác nhận tham dự",
                        "Cử người thay thế",
                        "Lý do không tham dự",
                        "MT-0001")
                .doesNotContain("Đại biểu thứ 1");
    }

    @Test
    void anOnlineInviteeSeesTheMeetingLink() throws Exception {
        assertThat(html(get("/moi/expert?sig=ok"), 200))
                .contains("Họp trực tuyến", "href=\"https://meet.example.vn/tg-276\"");
    }

    @Test
    void acceptingRedirectsToTheInvitationShowingWhatWasRecorded() throws Exception {
        MockHttpServletResponse answer = mvc.perform(post("/moi/chairman/tra-loi?sig=ok")
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("answer", "ACCEPT"))
                .andReturn()
                .getResponse();

        assertThat(answer.getStatus()).isEqualTo(302);
        assertThat(answer.getRedirectedUrl()).isEqualTo("/moi/chairman?sig=ok&da-ghi-nhan=1");
        assertThat(html(get(answer.getRedirectedUrl()), 200))
                .contains(
                        "Đã ghi nhận trả lời",
                        "Tham dự.",
                        "Bạn đã xác nhận tham dự",
                        "Ghi nhận lúc <span>8 giờ 05, ngày 26/7/2024</span>",
                        "Văn phòng UBND tỉnh Tiền Giang, điện thoại 0273 3873 222")
                .doesNotContain("Xác nhận tham dự</button>");
    }

    @Test
    void aUnitNamesTheDelegatesItTypedAndBlankBlocksAreNotSent() throws Exception {
        MockHttpServletResponse answer = mvc.perform(form(
                        "/moi/quota-mytho/tra-loi?sig=ok",
                        Map.of(
                                "answer",
                                "NAME_DELEGATES",
                                "delegates[0].name",
                                "Lê Văn Cường",
                                "delegates[0].position",
                                "Phó Chủ tịch",
                                "delegates[0].email",
                                "cuong@mytho.example",
                                "delegates[0].bridgePointCode",
                                "MT-CAU",
                                "delegates[1].name",
                                "",
                                "delegates[1].position",
                                "",
                                "delegates[1].email",
                                "")))
                .andReturn()
                .getResponse();

        assertThat(answer.getStatus()).isEqualTo(302);
        assertThat(html(get(answer.getRedirectedUrl()), 200))
                .contains("Đơn vị đã cử đại biểu", "Lê Văn Cường, Phó Chủ tịch (cuong@mytho.example)");
        assertThat(api.invitation("quota-mytho").get("delegates"))
                .asString()
                .contains("MT-CAU")
                .doesNotContain("null, position=null");
    }

    @Test
    void aRefusedDelegateListComesBackWithTheMessageNextToItsFieldAndWhatWasTyped() throws Exception {
        String html = html(
                form(
                        "/moi/quota-mytho/tra-loi?sig=ok",
                        Map.of(
                                "answer",
                                "NAME_DELEGATES",
                                "delegates[0].name",
                                "Lê Văn Cường",
                                "delegates[0].position",
                                "Phó Chủ tịch",
                                "delegates[0].email",
                                "cuong@mytho.example",
                                "delegates[1].name",
                                "Phạm Thị Dung",
                                "delegates[1].position",
                                "Trưởng phòng Nội vụ",
                                "delegates[1].email",
                                "cuong@mytho.example")),
                422);

        assertThat(html)
                .contains(
                        "value=\"Lê Văn Cường\"",
                        "value=\"Phạm Thị Dung\"",
                        "value=\"Trưởng phòng Nội vụ\"",
                        "id=\"delegates1-email-error\">Mỗi đại biểu cần một địa chỉ email riêng.",
                        "aria-describedby=\"delegates1-email-error\"");
    }

    @Test
    void aBlankBlockBetweenTwoDelegatesKeepsTheMessageOnTheBlockItBelongsTo() throws Exception {
        String html = html(
                form(
                        "/moi/quota-mytho/tra-loi?sig=ok",
                        Map.of(
                                "answer",
                                "NAME_DELEGATES",
                                "delegates[0].name",
                                "",
                                "delegates[0].position",
                                "",
                                "delegates[0].email",
                                "",
                                "delegates[1].name",
                                "A",
                                "delegates[1].position",
                                "B",
                                "delegates[1].email",
                                "a@x.vn",
                                "delegates[2].name",
                                "C",
                                "delegates[2].position",
                                "D",
                                "delegates[2].email",
                                "a@x.vn")),
                422);

        assertThat(html)
                .contains("id=\"delegates2-email-error\">Mỗi đại biểu cần một địa chỉ email riêng.")
                .doesNotContain("delegates1-email-error");
    }

    @Test
    void decliningWithoutAReasonComesBackWithTheDeclineFormOpen() throws Exception {
        String html = html(form("/moi/chairman/tra-loi?sig=ok", Map.of("answer", "DECLINE", "reason", " ")), 422);

        assertThat(html)
                .contains(
                        "<details class=\"card\" open=\"open\">\n            <summary>Không tham dự</summary>",
                        "id=\"decline-reason-error\">Vui lòng nêu lý do không tham dự.");
    }

    @Test
    void aSubstituteWithABadEmailKeepsWhatWasTyped() throws Exception {
        String html = html(
                form(
                        "/moi/chairman/tra-loi?sig=ok",
                        Map.of(
                                "answer",
                                "SUBSTITUTE",
                                "substitute.name",
                                "Võ Thị Em",
                                "substitute.position",
                                "Phó Chủ tịch",
                                "substitute.email",
                                "em-at-mytho",
                                "reason",
                                "Bận công tác")),
                422);

        assertThat(html)
                .contains(
                        "value=\"Võ Thị Em\"",
                        "value=\"em-at-mytho\"",
                        ">Bận công tác</textarea>",
                        "id=\"substitute-email-error\">Email không hợp lệ.");
    }

    @Test
    void aFormWithoutAChoiceIsToldSoAtTheTop() throws Exception {
        String html = html(form("/moi/chairman/tra-loi?sig=ok", Map.of("reason", "")), 422);

        assertThat(html).contains("id=\"loi-chung\">Vui lòng chọn câu trả lời");
        assertThat(api.invitation("chairman").get("status")).isEqualTo("AWAITING_ANSWER");
    }

    @Test
    void aSubstituteIsShownAfterwards() throws Exception {
        MockHttpServletResponse answer = mvc.perform(form(
                        "/moi/chairman/tra-loi?sig=ok",
                        Map.of(
                                "answer",
                                "SUBSTITUTE",
                                "substitute.name",
                                "Võ Thị Em",
                                "substitute.position",
                                "Phó Chủ tịch",
                                "substitute.email",
                                "em@mytho.example",
                                "reason",
                                "")))
                .andReturn()
                .getResponse();

        assertThat(html(get(answer.getRedirectedUrl()), 200))
                .contains("Cử người thay thế.", "Võ Thị Em, Phó Chủ tịch (em@mytho.example)");
    }

    @Test
    void everyRefusalIsAVietnamesePageWithItsStatus() throws Exception {
        assertThat(html(get("/moi/chairman?sig=old"), 410))
                .contains("<h1>Đường dẫn đã hết hạn</h1>", "liên hệ Văn phòng");
        assertThat(html(get("/moi/chairman?sig=xyz"), 403)).contains("<h1>Đường dẫn không hợp lệ</h1>");
        assertThat(html(get("/moi/chairman"), 403)).contains("<h1>Đường dẫn không hợp lệ</h1>");
        assertThat(html(get("/moi/nobody?sig=ok"), 404)).contains("<h1>Không tìm thấy</h1>");
        assertThat(html(get("/moi/down?sig=ok"), 503)).contains("<h1>Hệ thống tạm thời chưa phản hồi</h1>");
        assertThat(html(get("/moi/garbled?sig=ok"), 503)).contains("<h1>Hệ thống tạm thời chưa phản hồi</h1>");
        assertThat(html(form("/moi/accepted/tra-loi?sig=ok", Map.of("answer", "ACCEPT")), 409))
                .contains("<h1>Giấy mời đã được trả lời</h1>", "mở lại giấy mời");
        assertThat(html(get("/khong-co-trang-nay").accept(MediaType.APPLICATION_JSON), 404))
                .contains("<h1>Không tìm thấy trang</h1>");
        api.checkInOpen(false);
        assertThat(html(form("/diem-danh/chairman?sig=ok", Map.of("presence", "IN_PERSON")), 409))
                .contains("<h1>Chưa đến ngày điểm danh</h1>", "Chỉ điểm danh vào ngày diễn ra hội nghị (08/08/2024).");
    }

    @Test
    void anAnswerAlreadyRecordedIsShownWithWhomToContact() throws Exception {
        assertThat(html(get("/moi/accepted?sig=ok"), 200))
                .contains(
                        "Trả lời của bạn",
                        "Tham dự.",
                        "Muốn thay đổi? Vui lòng liên hệ: <strong>Văn phòng UBND tỉnh Tiền Giang, điện thoại 0273 3873 222")
                .doesNotContain("Xác nhận tham dự");
    }

    @Test
    void theCheckInPageShowsTheDelegateAndOneButtonThatChecksIn() throws Exception {
        assertThat(html(get("/diem-danh/chairman?sig=ok"), 200))
                .contains(
                        "<h1>Điểm danh</h1>",
                        "Nguyễn Văn An",
                        "Ủy ban nhân dân thành phố Mỹ Tho",
                        "7 giờ 30, thứ Năm, ngày 8/8/2024",
                        "name=\"presence\" value=\"IN_PERSON\"",
                        ">Điểm danh</button>");

        MockHttpServletResponse checkIn = mvc.perform(
                        form("/diem-danh/chairman?sig=ok", Map.of("presence", "IN_PERSON")))
                .andReturn()
                .getResponse();

        assertThat(checkIn.getRedirectedUrl()).isEqualTo("/diem-danh/chairman?sig=ok&da-diem-danh=1");
        assertThat(html(get(checkIn.getRedirectedUrl()), 200))
                .contains("Đã điểm danh thành công", "Có mặt</span><span> lúc 7 giờ 12, ngày 8/8/2024")
                .doesNotContain(">Điểm danh</button>");
        assertThat(api.calls()).contains("POST /api/invitations/chairman/check-in?sig=ok");
    }

    @Test
    void anOnlineInviteeChecksInOnlineAndBeforeTheDayIsToldToComeBack() throws Exception {
        assertThat(html(get("/diem-danh/expert?sig=ok"), 200)).contains("name=\"presence\" value=\"ONLINE\"");
        api.checkInOpen(false);
        assertThat(html(get("/diem-danh/expert?sig=ok"), 200))
                .contains("Chưa đến giờ điểm danh")
                .doesNotContain(">Điểm danh</button>");
    }

    @Test
    void theDeskFindsADelegateChecksThemInAndShowsTotals() throws Exception {
        String html = html(get("/le-tan/plan-tg?sig=ok&day=2024-08-08&q=an"), 200);
        assertThat(html)
                .contains(
                        "<h1>Bàn đón tiếp<span> · thứ Năm, ngày 8/8/2024</span></h1>",
                        "Nguyễn Văn An",
                        "Mã MT-0001",
                        "Số liệu điểm danh",
                        "Chưa điểm danh <strong>3</strong>",
                        "data-refresh=\"/le-tan/plan-tg/so-lieu?sig=ok&amp;day=2024-08-08\"");

        MockHttpServletResponse checkIn = mvc.perform(form(
                        "/le-tan/plan-tg/diem-danh?sig=ok&day=2024-08-08",
                        Map.of("invitationId", "chairman", "q", "an", "presence", "IN_PERSON")))
                .andReturn()
                .getResponse();

        assertThat(checkIn.getRedirectedUrl())
                .isEqualTo("/le-tan/plan-tg?sig=ok&day=2024-08-08&q=an&da-diem-danh=chairman");
        assertThat(html(get(checkIn.getRedirectedUrl()), 200))
                .contains("Đã điểm danh: <strong>Nguyễn Văn An</strong>", "Có mặt <strong>1</strong>");
        assertThat(api.calls()).contains("POST /api/invitations/chairman/check-in?sig=ok&day=2024-08-08");
        assertThat(html(get("/le-tan/plan-tg/so-lieu?sig=ok&day=2024-08-08"), 200))
                .startsWith("<div>")
                .contains("Có mặt <strong>1</strong>")
                .doesNotContain("<html");
    }

    @Test
    void theDeskTellsWhenNobodyMatchesAndRefusesAnotherPlansLink() throws Exception {
        assertThat(html(get("/le-tan/plan-tg?sig=ok&q=zzz"), 200))
                .contains("Không tìm thấy đại biểu với “<span>zzz</span>”");
        assertThat(html(get("/le-tan/plan-tg?sig=bad"), 403)).contains("Đường dẫn không hợp lệ");
    }

    @Test
    void thePortalListsDocumentsByAgendaItemWithSizeTypeAndDownloadsAndRemembersTheVisit() throws Exception {
        MockHttpServletResponse first =
                mvc.perform(get("/tai-lieu/plan-tg?sig=ok")).andReturn().getResponse();
        String html = first.getContentAsString(StandardCharsets.UTF_8);

        assertThat(first.getStatus()).isEqualTo(200);
        assertThat(html)
                .contains(
                        "<h1>Tài liệu hội nghị</h1>",
                        "3. Báo cáo tóm tắt kết quả chỉ số năm 2023",
                        "Báo cáo kết quả Chỉ số PAR Index 2023",
                        "<span>PDF</span> · <span>1,5 MB</span>",
                        "<span>Word</span> · <span>850 KB</span>",
                        "Tài liệu chung",
                        "href=\"https://hoinghi.example.vn/api/plans/plan-tg/portal/documents/d1/content?sig=ok\"",
                        "href=\"https://hoinghi.example.vn/api/plans/plan-tg/portal/bundle.zip?sig=ok\"")
                .doesNotContain("badge new");
        assertThat(first.getHeader("Set-Cookie"))
                .startsWith("tai-lieu-xem=")
                .contains("Path=/tai-lieu/plan-tg", "HttpOnly");

        long beforeTheSecondPublication =
                java.time.OffsetDateTime.parse("2024-07-31T00:00:00+07:00").toEpochSecond();
        String again = mvc.perform(get("/tai-lieu/plan-tg?sig=ok")
                        .cookie(new Cookie("tai-lieu-xem", String.valueOf(beforeTheSecondPublication))))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(again).contains("1 tài liệu mới").containsOnlyOnce("badge new");
    }

    @Test
    void pagesAreNotCachedAndAssetsAreFingerprintedAndCachedForAYear() throws Exception {
        MockHttpServletResponse page = mvc.perform(get("/")).andReturn().getResponse();
        assertThat(page.getHeader("Cache-Control")).isEqualTo("no-store");
        assertThat(page.getHeader("Referrer-Policy")).isEqualTo("same-origin");
        String css = page.getContentAsString().replaceAll("(?s).*href=\"(/assets/site-[0-9a-f]+\\.css)\".*", "$1");
        assertThat(css).startsWith("/assets/site-");

        MockHttpServletResponse asset = mvc.perform(get(css)).andReturn().getResponse();
        assertThat(asset.getStatus()).isEqualTo(200);
        assertThat(asset.getHeader("Cache-Control")).contains("max-age=31536000");
    }

    @Test
    void aNewOfficerChoosesAPasswordWithTheLinkOfTheirActivationLetterOnce() throws Exception {
        String page = html(get("/kich-hoat/tok-tam"), 200);
        assertThat(page)
                .contains(
                        "<h1>Kích hoạt tài khoản</h1>",
                        "ít nhất 12 ký tự",
                        "autocomplete=\"new-password\"",
                        "action=\"/kich-hoat/tok-tam\"");

        assertThat(html(
                        form("/kich-hoat/tok-tam", Map.of("password", "Hoi-nghi-2024!", "again", "Hoi-nghi-2025!")),
                        422))
                .contains("id=\"again-loi\" class=\"field-error\" role=\"alert\">Hai lần nhập không giống nhau");
        assertThat(api.calls()).noneMatch(call -> call.startsWith("POST /api/users/activation"));

        assertThat(html(form("/kich-hoat/tok-tam", Map.of("password", "ngan-qua", "again", "ngan-qua")), 422))
                .contains("id=\"password-loi\" class=\"field-error\" role=\"alert\">Mật khẩu cần ít nhất 12 ký tự.");
        assertThat(html(
                        form("/kich-hoat/tok-tam", Map.of("password", "sonoivu-2024-tg", "again", "sonoivu-2024-tg")),
                        422))
                .contains("Mật khẩu không được chứa email hay họ tên của bạn.");
        assertThat(html(
                        form(
                                "/kich-hoat/tok-tam",
                                Map.of("password", "motcaudaichicochu", "again", "motcaudaichicochu")),
                        422))
                .contains("ít nhất hai loại ký tự");

        String done = html(
                form("/kich-hoat/tok-tam", Map.of("password", "Hoi nghi chi so 2024", "again", "Hoi nghi chi so 2024")),
                200);
        assertThat(done)
                .contains("Tài khoản đã được kích hoạt.", "href=\"/console\"")
                .doesNotContain("<form");
        assertThat(api.activated()).containsEntry("tok-tam", "Hoi nghi chi so 2024");

        String used = html(
                form("/kich-hoat/tok-tam", Map.of("password", "Hoi nghi chi so 2025", "again", "Hoi nghi chi so 2025")),
                410);
        assertThat(used)
                .contains("Liên kết kích hoạt này không còn dùng được", "gửi lại thư kích hoạt")
                .doesNotContain("<form method=\"post\"");
    }

    private MockHttpServletRequestBuilder form(String url, Map<String, String> fields) {
        MockHttpServletRequestBuilder request = post(url).contentType(MediaType.APPLICATION_FORM_URLENCODED);
        fields.forEach(request::param);
        return request;
    }

    /** The page's HTML, after checking its status and that it is HTML (never JSON) in UTF-8. */
    private String html(MockHttpServletRequestBuilder request, int status) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(response.getStatus()).as(body).isEqualTo(status);
        assertThat(response.getContentType()).isEqualTo("text/html;charset=UTF-8");
        assertThat(body).doesNotContain("\"rule\"", "Exception", "at vn.gov");
        return body;
    }
}
