package vn.gov.conference.notification.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.StringReader;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.gov.conference.contracts.EventCatalog;
import vn.gov.conference.contracts.Topics;
import vn.gov.conference.contracts.agenda.AgendaEvents.AgendaPublished;
import vn.gov.conference.contracts.material.MaterialEvents.MaterialsPublished;
import vn.gov.conference.contracts.plan.ConferenceSchedule;
import vn.gov.conference.contracts.plan.PlanSnapshot;
import vn.gov.conference.notification.Fixtures;
import vn.gov.conference.notification.links.DelegateLinks;
import vn.gov.conference.platform.security.SignedLinks;
import vn.gov.conference.platform.time.VietnameseDates;
import vn.gov.conference.testing.ApiClient;
import vn.gov.conference.testing.TestEvents;
import vn.gov.conference.testing.TestTokens;
import vn.gov.conference.testing.contracts.DocumentedAnswers;

/**
 * What the delegates' pages get from this service with the signed links of the letters: the invitation page's one
 * call, the calendar download, and the reception desk's link for one day (search, totals, check-in), with every
 * refusal a Vietnamese sentence the page can show as it is.
 */
@ExtendWith(DocumentedAnswers.class)
class DelegatePagesIntegrationTests extends NotificationIntegrationTest {

    private static final String SNV = "snv@dongthap.conference.example";
    private static final String GUEST = "huyen.do@undp.example";
    private static final String MEETING = "https://meet.dongthap.example/par-papi";

    @Autowired
    SignedLinks signedLinks;

    private String approved(OffsetDateTime start) {
        String planId = newPlanId();
        approve(Fixtures.withMeeting(Fixtures.dongThapAt(planId, start), MEETING));
        MailSink.awaitCount(planId, "INVITATION", 5);
        return planId;
    }

    private static OffsetDateTime inDays(int days) {
        return CLOCK.now().plusDays(days).truncatedTo(ChronoUnit.DAYS).withHour(8);
    }

    private static String sigOf(String link) {
        String query = link.substring(link.indexOf("sig=") + 4);
        return query.contains("&") ? query.substring(0, query.indexOf('&')) : query;
    }

    @Test
    void everyLinkOfTheLettersOpensAPageAndVerifiesForItsPurpose() throws Exception {
        String planId = approved(inDays(10));
        String answerPage = DelegateLinkIntegrationTests.answerPage(planId, GUEST);
        String checkInPage = DelegateLinkIntegrationTests.checkInPage(planId, GUEST);
        String invitationId = answerPage.substring(answerPage.lastIndexOf('/') + 1, answerPage.indexOf('?'));

        assertThat(answerPage).startsWith("http://localhost:8080/moi/" + invitationId + "?sig=");
        assertThat(checkInPage).startsWith("http://localhost:8080/diem-danh/" + invitationId + "?sig=");
        assertThat(signedLinks.verify(DelegateLinks.ANSWER, invitationId, sigOf(answerPage), CLOCK.instant()))
                .isTrue();
        assertThat(signedLinks.verify(DelegateLinks.CHECK_IN, invitationId, sigOf(checkInPage), CLOCK.instant()))
                .isTrue();
        String unitPage = DelegateLinkIntegrationTests.answerPage(planId, SNV);
        String unitId = unitPage.substring(unitPage.lastIndexOf('/') + 1, unitPage.indexOf('?'));
        assertThat(signedLinks.verify(DelegateLinks.ANSWER, unitId, sigOf(unitPage), CLOCK.instant()))
                .isTrue();
        assertThat(MailSink.of(planId, "INVITATION"))
                .allSatisfy(letter -> assertThat(text(letter, "text/plain")).doesNotContain("/api/"));
    }

    @Test
    void theInvitationViewGivesTheUnitsPageEverythingItShowsAndThenWhatWasRecorded() {
        OffsetDateTime start = inDays(10);
        String planId = approved(start);
        TestEvents.publish(
                Topics.AGENDA,
                EventCatalog.AGENDA_PUBLISHED.type(),
                planId,
                DT,
                new AgendaPublished(planId, 1, start, start.plusMinutes(200), Fixtures.dongThapAgenda(start)));
        MailSink.awaitCount(planId, "INVITATION_UPDATE", 5);
        String link = DelegateLinkIntegrationTests.answerLink(planId, SNV);

        JsonNode view = api.get(link, null).json();
        JsonNode conference = view.get("conference");
        assertThat(conference.get("name").asString()).startsWith("Hội nghị trực tuyến về tổng kết");
        assertThat(conference.get("time").asString())
                .isEqualTo(VietnameseDates.full(start))
                .matches("8 giờ, (thứ .+|Chủ nhật), ngày \\d{1,2}/\\d{1,2}/\\d{4}");
        assertThat(OffsetDateTime.parse(conference.get("end").asString())).isEqualTo(start.plusMinutes(200));
        assertThat(conference.get("issuedOnText").asString()).isEqualTo("ngày 25 tháng 6 năm 2021");
        assertThat(conference.get("place").asString()).isEqualTo("Hội trường Ủy ban nhân dân Tỉnh");
        assertThat(conference.get("agenda").get(1).get("time").asString()).isEqualTo("8 giờ 05 - 8 giờ 20");
        assertThat(conference.get("agenda").get(1).get("presenters").asString()).isEqualTo("Sở Nội vụ");
        assertThat(conference.get("bridgePoints")).hasSize(2);
        assertThat(conference.get("bridgePoints").get(1).get("code").asString()).isEqualTo("DT-BP-CHAUTHANH");
        JsonNode invitation = view.get("invitation");
        assertThat(invitation.get("salutation").asString()).isEqualTo("Sở Nội vụ");
        assertThat(invitation.get("bridgePoint").get("name").asString())
                .isEqualTo("Điểm cầu Tỉnh (Hội trường UBND Tỉnh)");
        assertThat(invitation.get("maxDelegates").asInt()).isEqualTo(3);
        assertThat(invitation.get("request").asString())
                .isEqualTo("Đề nghị đơn vị cử 03 đại biểu (Đại diện các "
                        + "phòng chuyên môn) tham dự và đăng ký họ tên, chức vụ, email của từng đại biểu "
                        + VietnameseDates.before(start.minusDays(1)) + ".");
        assertThat(invitation.get("answerDeadlineText").asString())
                .isEqualTo("trước 8 giờ, ngày " + VietnameseDates.date(start.minusDays(1)));
        assertThat(view.get("possibleAnswers").toString()).contains("NAME_DELEGATES", "DECLINE");
        assertThat(view.get("readWith").asString()).isEqualTo("ANSWER");
        assertThat(view.get("contact").get("name").asString()).isEqualTo("Văn phòng Ủy ban nhân dân tỉnh");
        assertThat(view.get("contact").get("email").asString()).isEqualTo("vpubnd@dongthap.conference.example");
        assertThat(view.get("portalUrl").isNull()).isTrue();
        assertThat(view.get("checkIn").get("open").asBoolean()).isFalse();
        assertThat(view.get("calendarAvailable").asBoolean()).isTrue();

        assertThat(api.post(
                                link.replaceFirst("\\?", "/answer?"),
                                null,
                                Map.of(
                                        "answer",
                                        "NAME_DELEGATES",
                                        "delegates",
                                        List.of(
                                                Map.of(
                                                        "name",
                                                        "Lê Thị Mai",
                                                        "position",
                                                        "Chuyên viên",
                                                        "email",
                                                        "mai.le@snv.example"),
                                                Map.of(
                                                        "name",
                                                        "Phan Văn Đức",
                                                        "position",
                                                        "Trưởng phòng",
                                                        "email",
                                                        "duc.phan@snv.example",
                                                        "bridgePointCode",
                                                        "DT-BP-CHAUTHANH"))))
                        .status())
                .isEqualTo(200);
        TestEvents.publish(
                Topics.MATERIAL,
                EventCatalog.MATERIALS_PUBLISHED.type(),
                planId,
                DT,
                new MaterialsPublished(planId, List.of("doc-1"), "/api/plans/" + planId + "/portal", CLOCK.now()));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> !api.get(link, null).json().get("portalUrl").isNull());

        JsonNode again = api.get(link, null).json();
        assertThat(again.get("possibleAnswers")).isEmpty();
        assertThat(again.get("invitation").get("answer").get("type").asString()).isEqualTo("DELEGATES_NAMED");
        JsonNode delegates = again.get("invitation").get("delegates");
        assertThat(delegates).hasSize(2);
        assertThat(delegates.get(0).get("name").asString()).isEqualTo("Lê Thị Mai");
        assertThat(delegates.get(0).get("status").asString()).isEqualTo("AWAITING_ANSWER");
        assertThat(delegates.get(1).get("bridgePoint").get("name").asString())
                .isEqualTo("Điểm cầu UBND huyện Châu Thành");
        assertThat(again.get("portalUrl").asString()).startsWith("http://localhost:8080/tai-lieu/" + planId + "?sig=");
    }

    @Test
    void aGuestJoiningOnlineSeesTheMeetingAndTheSubstituteItNamed() throws Exception {
        String planId = approved(inDays(10));
        String link = DelegateLinkIntegrationTests.answerLink(planId, GUEST);

        JsonNode invitation = api.get(link, null).json().get("invitation");
        assertThat(invitation.get("salutation").asString())
                .isEqualTo("Bà Đỗ Thanh Huyền, Chuyên gia về Chỉ số PAPI, "
                        + "Chương trình Phát triển Liên Hợp Quốc tại Việt Nam (UNDP)");
        assertThat(invitation.get("onlineMeetingUrl").asString()).isEqualTo(MEETING);
        assertThat(invitation.get("request").asString()).startsWith("Đề nghị Bà xác nhận tham dự");
        assertThat(text(MailSink.awaitOne(planId, "INVITATION", GUEST), "text/plain"))
                .contains("Vào phòng họp trực tuyến:")
                .contains(MEETING)
                .doesNotContain("xuất trình mã QR");

        api.post(
                link.replaceFirst("\\?", "/answer?"),
                null,
                Map.of(
                        "answer",
                        "SUBSTITUTE",
                        "reason",
                        "Đi công tác",
                        "substitute",
                        Map.of("name", "Trần Văn Bình", "position", "Chuyên gia", "email", "binh.tran@undp.example")));

        JsonNode recorded = api.get(link, null).json().get("invitation");
        assertThat(recorded.get("status").asString()).isEqualTo("SUBSTITUTED");
        assertThat(recorded.get("substitute").get("name").asString()).isEqualTo("Trần Văn Bình");
        assertThat(recorded.get("answer").get("reason").asString()).isEqualTo("Đi công tác");
    }

    @Test
    void theCheckInLinkReadsTheInvitationButCannotAnswerAndTheAnswerLinkCannotCheckIn() throws Exception {
        String planId = approved(inDays(10));
        String checkIn = DelegateLinkIntegrationTests.checkInLink(planId, GUEST);
        String read = checkIn.replace("/check-in?", "?");
        String answer = DelegateLinkIntegrationTests.answerLink(planId, GUEST);

        JsonNode view = api.get(read, null).json();
        assertThat(view.get("readWith").asString()).isEqualTo("CHECK_IN");
        assertThat(view.get("possibleAnswers")).isEmpty();
        assertThat(view.get("invitation").get("checkInCode").asString()).hasSize(8);

        ApiClient.Response answered = api.post(read.replaceFirst("\\?", "/answer?"), null, Map.of("answer", "ACCEPT"));
        assertThat(answered.status()).isEqualTo(403);
        assertThat(answered.json().get("rule").asString()).isEqualTo("invalid-link");
        assertThat(answered.json().get("detail").asString())
                .startsWith("Đường dẫn không hợp lệ")
                .contains("liên hệ Văn phòng");
        ApiClient.Response checkedIn = api.post(answer.replace("?", "/check-in?"), null, Map.of("presence", "ONLINE"));
        assertThat(checkedIn.status()).isEqualTo(403);
        ApiClient.Response noChoice = api.post(answer.replaceFirst("\\?", "/answer?"), null, Map.of("reason", "x"));
        assertThat(noChoice.status()).isEqualTo(400);
        assertThat(noChoice.json().get("errors").get(0).get("field").asString()).isEqualTo("answer");
        assertThat(noChoice.json().get("errors").get(0).get("rule").asString()).isEqualTo("required");
        assertThat(noChoice.json().get("detail").asString()).startsWith("Vui lòng chọn câu trả lời");
        assertThat(api.post(
                                DelegateLinkIntegrationTests.tamper(answer).replaceFirst("\\?", "/answer?"),
                                null,
                                Map.of("reason", "x"))
                        .status())
                .as("the link is refused first")
                .isEqualTo(403);
        ApiClient.Response early = api.post(checkIn, null, Map.of("presence", "ONLINE"));
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().get("detail").asString()).startsWith("Chưa đến ngày điểm danh");
    }

    @Test
    void downloadsTheCalendarEntryTheLettersCarryAndRefusesWhileTheTimeIsTentative() throws Exception {
        String planId = approved(inDays(10));
        String link = DelegateLinkIntegrationTests.answerLink(planId, SNV);
        VEvent mailed = InvitationMailIntegrationTests.eventOf(
                InvitationMailIntegrationTests.calendarOf(MailSink.awaitOne(planId, "INVITATION", SNV)));

        ApiClient.Response ics = api.get(link.replace("?", "/calendar?"), null);
        assertThat(ics.status()).isEqualTo(200);
        assertThat(ics.contentType()).startsWith("text/calendar");
        assertThat(ics.header("Content-Disposition"))
                .contains("attachment; filename=\"Lich hoi nghi 125-KH-UBND.ics\"; "
                        + "filename*=UTF-8''L%E1%BB%8Bch%20h%E1%BB%99i%20ngh%E1%BB%8B%20125-KH-UBND.ics");
        VEvent downloaded = new CalendarBuilder()
                .build(new StringReader(ics.body()))
                .<VEvent>getComponents("VEVENT")
                .getFirst();
        for (String property : List.of(Property.UID, Property.SEQUENCE, Property.DTSTART, Property.DTEND)) {
            assertThat(InvitationMailIntegrationTests.value(downloaded, property))
                    .isEqualTo(InvitationMailIntegrationTests.value(mailed, property));
        }

        String tentative = newPlanId();
        LocalDate windowStart = CLOCK.now().toLocalDate().plusMonths(1);
        approve(Fixtures.at(
                Fixtures.tienGiang(tentative),
                new ConferenceSchedule(null, windowStart, windowStart.plusMonths(3), "dự kiến quý 3 năm 2024")));
        String tentativeLink = DelegateLinkIntegrationTests.answerLink(tentative, "snv@tiengiang.conference.example");
        ApiClient.Response none = api.get(tentativeLink.replace("?", "/calendar?"), null);
        assertThat(none.status()).isEqualTo(404);
        assertThat(none.contentType()).startsWith("application/problem+json");
        assertThat(none.json().get("rule").asString()).isEqualTo("no-calendar-yet");
        assertThat(none.json().get("detail").asString()).startsWith("Hội nghị chưa có thời gian chính thức");
        assertThat(api.get(DelegateLinkIntegrationTests.tamper(link).replace("?", "/calendar?"), null)
                        .status())
                .isEqualTo(403);
    }

    @Test
    void theReceptionDeskFindsCountsAndChecksInTheDelegatesOfItsConferenceOnItsDayOnly() throws Exception {
        OffsetDateTime start = inDays(2);
        String planId = approved(start);
        String other = approved(start);
        api.post(
                DelegateLinkIntegrationTests.answerLink(planId, SNV).replaceFirst("\\?", "/answer?"),
                null,
                Map.of(
                        "answer",
                        "NAME_DELEGATES",
                        "delegates",
                        List.of(Map.of(
                                "name", "Lê Thị Mai", "position", "Chuyên viên", "email", "mai.le@snv.example"))));
        String otherGuest = DelegateLinkIntegrationTests.answerLink(other, GUEST);
        String otherGuestId = otherGuest.substring("/api/invitations/".length(), otherGuest.indexOf('?'));

        assertThat(api.post("/api/plans/" + planId + "/desk-links", TestTokens.department(DT, "DT-SNV"), null)
                        .status())
                .isEqualTo(403);
        assertThat(api.post("/api/plans/" + planId + "/desk-links", TestTokens.office(TG), null)
                        .status())
                .isEqualTo(404);
        ApiClient.Response created = api.post("/api/plans/" + planId + "/desk-links", TestTokens.office(DT), null);
        assertThat(created.status()).isEqualTo(201);
        String day = start.toLocalDate().toString();
        assertThat(created.json().get("day").asString()).isEqualTo(day);
        assertThat(OffsetDateTime.parse(created.json().get("validUntil").asString()))
                .isEqualTo(start.toLocalDate()
                        .plusDays(1)
                        .atStartOfDay(VietnameseDates.ZONE)
                        .toOffsetDateTime());
        String url = created.json().get("url").asString();
        assertThat(url)
                .startsWith("http://localhost:8080/le-tan/" + planId + "?sig=")
                .endsWith("&day=" + day);
        String desk = "sig=" + sigOf(url) + "&day=" + day;
        assertThat(signedLinks.verify(DelegateLinks.DESK, planId + "/" + day, sigOf(url), start.toInstant()))
                .isTrue();

        ApiClient.Response dayBefore = api.get("/api/plans/" + planId + "/invitations?q=mai&" + desk, null);
        assertThat(dayBefore.status()).isEqualTo(403);
        assertThat(dayBefore.json().get("rule").asString()).isEqualTo("link-not-yet-valid");
        assertThat(dayBefore.json().get("detail").asString()).startsWith("Chưa đến ngày sử dụng");
        assertThat(api.get("/api/plans/" + planId + "/invitations", null).status())
                .isEqualTo(401);

        CLOCK.advance(Duration.between(CLOCK.now(), start.minusMinutes(30)));

        ApiClient.Response tampered = api.get(
                "/api/plans/" + planId + "/invitations?q=mai&"
                        + DelegateLinkIntegrationTests.tamper("sig=" + sigOf(url)) + "&day=" + day,
                null);
        assertThat(tampered.status()).isEqualTo(403);
        assertThat(tampered.json().get("rule").asString()).isEqualTo("invalid-link");
        assertThat(api.get(
                                "/api/plans/" + planId + "/invitations?q=mai&sig=" + sigOf(url) + "&day="
                                        + start.toLocalDate().plusDays(1),
                                null)
                        .status())
                .as("another day")
                .isEqualTo(403);
        assertThat(api.get("/api/plans/" + other + "/invitations?" + desk, null).status())
                .as("another plan")
                .isEqualTo(403);

        JsonNode found = api.get("/api/plans/" + planId + "/invitations?q=le%20thi%20mai&" + desk, null)
                .json();
        assertThat(found.get("total").asInt()).isEqualTo(1);
        JsonNode mai = found.get("items").get(0);
        assertThat(mai.get("name").asString()).isEqualTo("Lê Thị Mai");
        assertThat(mai.get("affiliation").asString()).isEqualTo("Sở Nội vụ");
        assertThat(mai.has("email")).isFalse();
        JsonNode byCode = api.get(
                        "/api/plans/" + planId + "/invitations?q="
                                + mai.get("code").asString().toLowerCase() + "&" + desk,
                        null)
                .json();
        assertThat(byCode.get("items").get(0).get("id").asString())
                .isEqualTo(mai.get("id").asString());
        JsonNode everyone = api.get("/api/plans/" + planId + "/invitations?size=1&page=1&" + desk, null)
                .json();
        assertThat(everyone.get("total").asInt()).isEqualTo(2);
        assertThat(everyone.get("items")).hasSize(1);
        assertThat(everyone.get("page").asInt()).isEqualTo(1);
        ApiClient.Response tooMany = api.get("/api/plans/" + planId + "/invitations?size=51&" + desk, null);
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.json().at("/errors/0/field").asString()).isEqualTo("size");

        ApiClient.Response checkedIn = api.post(
                "/api/invitations/" + mai.get("id").asString() + "/check-in?" + desk,
                null,
                Map.of("presence", "IN_PERSON"));
        assertThat(checkedIn.status()).isEqualTo(200);
        assertThat(checkedIn.json().get("checkIn").get("channel").asString()).isEqualTo("DESK");
        assertThat(api.post(
                                "/api/invitations/" + otherGuestId + "/check-in?" + desk,
                                null,
                                Map.of("presence", "IN_PERSON"))
                        .status())
                .as("another conference's delegate")
                .isEqualTo(403);
        JsonNode attendance =
                api.get("/api/plans/" + planId + "/attendance?" + desk, null).json();
        assertThat(attendance.get("totals").get("presentInPerson").asInt()).isEqualTo(1);

        CLOCK.advance(Duration.ofDays(1));
        ApiClient.Response after = api.get("/api/plans/" + planId + "/attendance?" + desk, null);
        assertThat(after.status()).isEqualTo(410);
        assertThat(after.json().get("rule").asString()).isEqualTo("link-expired");
        assertThat(after.json().get("detail").asString()).contains("đã hết hạn").contains("Văn phòng");
    }

    @Test
    void everyCompositionLineNamingAUnitIsInvitedEvenWithoutACount() {
        String planId = newPlanId();
        LocalDate windowStart = CLOCK.now().toLocalDate().plusMonths(1);
        PlanSnapshot tentative = Fixtures.at(
                Fixtures.tienGiang(planId),
                new ConferenceSchedule(null, windowStart, windowStart.plusMonths(3), "dự kiến quý 3 năm 2024"));
        PlanSnapshot plan = Fixtures.withGroups(
                tentative,
                List.of(
                        new vn.gov.conference.contracts.plan.ParticipantGroup(
                                "skhdt",
                                "PROVINCE",
                                Fixtures.unit("TG-SKHDT", "Sở Kế hoạch và Đầu tư"),
                                "Đại diện lãnh đạo và chuyên viên",
                                0,
                                null,
                                null),
                        new vn.gov.conference.contracts.plan.ParticipantGroup(
                                "mytho",
                                "DISTRICT",
                                Fixtures.unit("TG-MYTHO", "Ủy ban nhân dân thành phố Mỹ Tho"),
                                "Chủ tịch Ủy ban nhân dân",
                                1,
                                null,
                                null)));
        approve(plan);

        String text = text(MailSink.awaitOne(planId, "INVITATION", "skhdt@tiengiang.conference.example"), "text/plain");
        assertThat(text)
                .contains("trân trọng kính mời Sở Kế hoạch và Đầu tư cử đại biểu tham dự")
                .contains("Số đại biểu: do đơn vị cử (ít nhất 01 đại biểu)");
        awaitInvitations(planId, TG, 2);
        String link = DelegateLinkIntegrationTests.answerLink(planId, "skhdt@tiengiang.conference.example");
        assertThat(api.get(link, null).json().get("invitation").get("openQuota").asBoolean())
                .isTrue();
        ApiClient.Response named = api.post(
                link.replaceFirst("\\?", "/answer?"),
                null,
                Map.of(
                        "answer",
                        "NAME_DELEGATES",
                        "delegates",
                        List.of(
                                Map.of("name", "Võ Văn A", "position", "Phó Giám đốc", "email", "a@skhdt.example"),
                                Map.of("name", "Võ Văn B", "position", "Trưởng phòng", "email", "b@skhdt.example"),
                                Map.of("name", "Võ Văn C", "position", "Chuyên viên", "email", "c@skhdt.example"),
                                Map.of("name", "Võ Văn D", "position", "Chuyên viên", "email", "d@skhdt.example"))));
        assertThat(named.status()).isEqualTo(200);
        assertThat(named.json().get("created")).hasSize(4);
    }
}
