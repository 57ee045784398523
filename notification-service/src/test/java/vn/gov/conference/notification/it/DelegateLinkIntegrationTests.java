package vn.gov.conference.notification.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import vn.gov.conference.contracts.EventCatalog;
import vn.gov.conference.contracts.Topics;
import vn.gov.conference.contracts.invitation.InvitationEvents.DelegateCheckedIn;
import vn.gov.conference.contracts.invitation.InvitationEvents.InvitationAnswered;
import vn.gov.conference.notification.Fixtures;
import vn.gov.conference.notification.QrImages;
import vn.gov.conference.testing.ApiClient;
import vn.gov.conference.testing.EventRecorder;
import vn.gov.conference.testing.TestTokens;
import vn.gov.conference.testing.contracts.DocumentedAnswers;

/**
 * The delegates' side through the links of their emails: reading and answering the invitation once, refusals of a
 * tampered, misused or late link, substitutes and named delegates invited in turn, check-in on the day.
 */
@ExtendWith(DocumentedAnswers.class)
class DelegateLinkIntegrationTests extends NotificationIntegrationTest {

    private static final String GUEST = "huyen.do@undp.example";
    private static final String SNV = "snv@dongthap.conference.example";
    private static final String MTTQ = "mttq@dongthap.conference.example";
    private static EventRecorder events;

    @BeforeAll
    static void listen() {
        events = EventRecorder.listen(Topics.INVITATION);
    }

    @AfterAll
    static void stopListening() {
        events.close();
    }

    /** The invitation page the answer link of {@code recipient}'s letter opens (/moi/{id}?sig=…). */
    static String answerPage(String planId, String recipient) {
        String text = text(MailSink.awaitOne(planId, "INVITATION", recipient), "text/plain");
        return link(text, "http://localhost:8080/moi/");
    }

    /** The JSON the invitation page reads with the answer link's sig: /api/invitations/{id}?sig=…. */
    static String answerLink(String planId, String recipient) {
        return apiOf(answerPage(planId, recipient));
    }

    /** The API call a page makes with its link's sig: /moi/{id} reads the invitation, /diem-danh/{id} checks in. */
    static String apiOf(String pageLink) {
        String path = pageLink.replace("http://localhost:8080", "");
        if (path.startsWith("/moi/")) {
            return path.replaceFirst("^/moi/", "/api/invitations/");
        }
        if (path.startsWith("/diem-danh/")) {
            return path.replaceFirst("^/diem-danh/([^?]+)\\?", "/api/invitations/$1/check-in?");
        }
        throw new IllegalArgumentException("Not a delegate's page: " + pageLink);
    }

    static String answerPath(String link) {
        return link.replaceFirst("\\?", "/answer?");
    }

    /**
     * The check-in page of {@code recipient}'s letter: what its QR code holds, or for a delegate joining online (no
     * desk to show a QR code at) the check-in link the letter gives instead.
     */
    static String checkInPage(String planId, String recipient) throws Exception {
        MimeMessage message = MailSink.awaitOne(planId, "INVITATION", recipient);
        Part qr = leaves(message).stream()
                .filter(part -> {
                    try {
                        return part.isMimeType("image/png");
                    } catch (Exception ex) {
                        throw new IllegalStateException(ex);
                    }
                })
                .findFirst()
                .orElse(null);
        if (qr == null) {
            return link(text(message, "text/plain"), "http://localhost:8080/diem-danh/");
        }
        try (InputStream in = qr.getInputStream()) {
            return QrImages.decode(in.readAllBytes());
        }
    }

    /** The check-in call the check-in page makes: /api/invitations/{id}/check-in?sig=…. */
    static String checkInLink(String planId, String recipient) throws Exception {
        return apiOf(checkInPage(planId, recipient));
    }

    static String tamper(String link) {
        char last = link.charAt(link.length() - 1);
        return link.substring(0, link.length() - 1) + (last == 'A' ? 'B' : 'A');
    }

    String approved(OffsetDateTime start) {
        String planId = newPlanId();
        approve(Fixtures.dongThapAt(planId, start));
        MailSink.awaitCount(planId, "INVITATION", 5);
        return planId;
    }

    /**
     * The precedence rule documents-service's portal follows too (DelegateAccess.presented): with {@code sig} the
     * link alone decides, whatever token comes with it.
     */
    @Test
    void aSignedLinkIsJudgedByItselfWhateverTokenComesWithIt() {
        String planId = approved(CLOCK.now().plusDays(10));
        String link = answerLink(planId, GUEST);
        String anotherProvince = TestTokens.office(TG);

        ApiClient.Response view = api.get(link, anotherProvince);
        assertThat(view.status()).as(view.body()).isEqualTo(200);
        assertThat(view.json().get("possibleAnswers").toString()).contains("ACCEPT");
        String invitationId = view.json().get("invitation").get("id").asString();
        // The letter's link is honoured (this plan is itself the invitation letter: 409, not 404 for TG's token).
        ApiClient.Response letter = api.get(
                "/api/invitations/" + invitationId + "/letter?" + link.substring(link.indexOf("sig=")),
                anotherProvince);
        assertThat(letter.status()).as(letter.body()).isEqualTo(409);
        assertThat(letter.json().get("rule").asString()).isEqualTo("replaced-by-plan");

        // A broken link is refused even with the office's own token: the token is not consulted.
        ApiClient.Response broken = api.get(tamper(link), TestTokens.office(DT));
        assertThat(broken.status()).isEqualTo(403);
        assertThat(broken.json().get("rule").asString()).isEqualTo("invalid-link");

        ApiClient.Response answered = api.post(answerPath(link), anotherProvince, Map.of("answer", "ACCEPT"));
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        assertThat(answered.json().get("invitation").get("status").asString()).isEqualTo("ACCEPTED");
    }

    @Test
    void theAnswerLinkShowsTheInvitationAndTakesOneAnswer() {
        String planId = approved(CLOCK.now().plusDays(10));
        String link = answerLink(planId, GUEST);

        ApiClient.Response view = api.get(link, null);
        assertThat(view.status()).isEqualTo(200);
        JsonNode json = view.json();
        assertThat(json.get("conference").get("name").asString()).startsWith("Hội nghị trực tuyến về tổng kết");
        assertThat(json.get("invitation").get("addressee").asString()).isEqualTo("Bà Đỗ Thanh Huyền");
        assertThat(json.get("possibleAnswers").toString()).contains("ACCEPT", "DECLINE", "SUBSTITUTE");
        String invitationId = json.get("invitation").get("id").asString();

        ApiClient.Response accepted = api.post(answerPath(link), null, Map.of("answer", "ACCEPT"));
        assertThat(accepted.status()).isEqualTo(200);
        assertThat(accepted.json().get("invitation").get("status").asString()).isEqualTo("ACCEPTED");
        InvitationAnswered answered = events.await(
                        EventCatalog.INVITATION_ANSWERED.type(), e -> invitationId.equals(e.subject()))
                .payload(InvitationAnswered.class);
        assertThat(answered.answer()).isEqualTo("ACCEPTED");
        assertThat(answered.planId()).isEqualTo(planId);

        ApiClient.Response again = api.post(answerPath(link), null, Map.of("answer", "DECLINE", "reason", "Bận"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(again.json().get("rule").asString()).isEqualTo("already-answered");
        assertThat(api.get(link, null).json().get("possibleAnswers")).isEmpty();

        assertThat(api.post("/api/invitations/" + invitationId + "/reopen", TestTokens.office(DT), null)
                        .status())
                .isEqualTo(200);
        ApiClient.Response noReason = api.post(answerPath(link), null, Map.of("answer", "DECLINE"));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");
        assertThat(api.post(answerPath(link), null, Map.of("answer", "DECLINE", "reason", "Trùng lịch công tác"))
                        .json()
                        .get("invitation")
                        .get("answer")
                        .get("reason")
                        .asString())
                .isEqualTo("Trùng lịch công tác");
    }

    @Test
    void refusesATamperedLinkALinkForAnotherPurposeAndNoLinkAtAll() throws Exception {
        String planId = approved(CLOCK.now().plusDays(10));
        String link = answerLink(planId, GUEST);
        String invitationId = link.substring("/api/invitations/".length(), link.indexOf('?'));

        ApiClient.Response tampered = api.post(answerPath(tamper(link)), null, Map.of("answer", "ACCEPT"));
        assertThat(tampered.status()).isEqualTo(403);
        assertThat(tampered.json().get("rule").asString()).isEqualTo("invalid-link");
        assertThat(api.get(tamper(link), null).status()).isEqualTo(403);
        String otherInvitation = link.replace(
                invitationId,
                invitationId.substring(0, invitationId.length() - 1) + (invitationId.endsWith("a") ? "b" : "a"));
        assertThat(api.get(otherInvitation, null).status()).isEqualTo(403);
        assertThat(api.get("/api/invitations/" + invitationId, null).status()).isEqualTo(403);
        String answerSigOnCheckIn =
                "/api/invitations/" + invitationId + "/check-in" + link.substring(link.indexOf('?'));
        assertThat(api.post(answerSigOnCheckIn, null, Map.of("presence", "ONLINE"))
                        .status())
                .isEqualTo(403);
        String checkIn = checkInLink(planId, GUEST);
        assertThat(api.post(
                                answerPath(
                                        "/api/invitations/" + invitationId + checkIn.substring(checkIn.indexOf('?'))),
                                null,
                                Map.of("answer", "ACCEPT"))
                        .status())
                .isEqualTo(403);

        assertThat(api.get("/api/plans/" + planId + "/invitations", TestTokens.office(DT))
                        .json()
                        .get("items"))
                .allSatisfy(view -> assertThat(view.get("status").asString()).isEqualTo("AWAITING_ANSWER"));
    }

    @Test
    void aGenuineLinkIsRefusedAfterTheAnswerDeadlineButTheOfficeMayStillRecordTheAnswer() {
        OffsetDateTime start = CLOCK.now().plusDays(3);
        String planId = approved(start);
        String link = answerLink(planId, MTTQ);
        String invitationId = link.substring("/api/invitations/".length(), link.indexOf('?'));

        CLOCK.advance(Duration.between(CLOCK.now(), start.minusDays(1)).plusMinutes(1));

        ApiClient.Response late = api.post(
                answerPath(link),
                null,
                Map.of(
                        "answer",
                        "NAME_DELEGATES",
                        "delegates",
                        List.of(Map.of(
                                "name", "Nguyễn Văn Tư", "position", "Phó Chủ tịch", "email", "tu@mttq.example"))));
        assertThat(late.status()).isEqualTo(410);
        assertThat(late.json().get("rule").asString()).isEqualTo("link-expired");
        assertThat(api.get(link, null).status()).isEqualTo(410);

        ApiClient.Response byPhone = api.post(
                "/api/invitations/" + invitationId + "/answer",
                TestTokens.office(DT),
                Map.of("answer", "DECLINE", "reason", "Báo qua điện thoại: trùng lịch"));
        assertThat(byPhone.status()).isEqualTo(200);
        assertThat(byPhone.json().get("invitation").get("answer").get("channel").asString())
                .isEqualTo("OFFICE");
        assertThat(api.post(
                                "/api/invitations/" + invitationId + "/answer",
                                TestTokens.office(TG),
                                Map.of("answer", "ACCEPT"))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void aSubstituteAndTheDelegatesAUnitNamesEachGetTheirOwnInvitation() throws Exception {
        String planId = approved(CLOCK.now().plusDays(10));

        ApiClient.Response substituted = api.post(
                answerPath(answerLink(planId, GUEST)),
                null,
                Map.of(
                        "answer",
                        "SUBSTITUTE",
                        "reason",
                        "Đi công tác nước ngoài",
                        "substitute",
                        Map.of("name", "Trần Văn Bình", "position", "Chuyên gia", "email", "binh.tran@undp.example")));
        assertThat(substituted.status()).isEqualTo(200);
        String substituteId = substituted.json().get("created").get(0).get("id").asString();
        MimeMessage toSubstitute = MailSink.awaitOne(planId, "INVITATION", "binh.tran@undp.example");
        assertThat(text(toSubstitute, "text/plain"))
                .contains("Kính gửi: Ông/Bà Trần Văn Bình, Chuyên gia")
                .contains("http://localhost:8080/moi/" + substituteId + "?sig=");
        InvitationAnswered answered = events.await(
                        EventCatalog.INVITATION_ANSWERED.type(),
                        e -> e.payload(InvitationAnswered.class).substituteInvitationId() != null
                                && substituteId.equals(
                                        e.payload(InvitationAnswered.class).substituteInvitationId()))
                .payload(InvitationAnswered.class);
        assertThat(answered.answer()).isEqualTo("SUBSTITUTED");

        String quota = answerPath(answerLink(planId, SNV));
        ApiClient.Response tooMany = api.post(
                quota,
                null,
                Map.of(
                        "answer",
                        "NAME_DELEGATES",
                        "delegates",
                        List.of(
                                delegate("A", "a@snv.example"),
                                delegate("B", "b@snv.example"),
                                delegate("C", "c@snv.example"),
                                delegate("D", "d@snv.example"))));
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.json().get("rule").asString()).isEqualTo("too-many-delegates");

        ApiClient.Response named = api.post(
                quota,
                null,
                Map.of(
                        "answer",
                        "NAME_DELEGATES",
                        "delegates",
                        List.of(
                                delegate("Lê Thị Mai", "mai.le@snv.example"),
                                delegate("Phan Văn Đức", "duc.phan@snv.example"))));
        assertThat(named.status()).isEqualTo(200);
        assertThat(named.json().get("created")).hasSize(2);
        String maiId = named.json().get("created").get(0).get("id").asString();
        MimeMessage toMai = MailSink.awaitOne(planId, "INVITATION", "mai.le@snv.example");
        assertThat(text(toMai, "text/plain"))
                .contains("Kính gửi: Ông/Bà Lê Thị Mai, Chuyên viên, Sở Nội vụ")
                .contains("Mã điểm danh của Ông/Bà: ");
        assertThat(checkInPage(planId, "mai.le@snv.example"))
                .startsWith("http://localhost:8080/diem-danh/" + maiId + "?sig=");
        MailSink.awaitOne(planId, "INVITATION", "duc.phan@snv.example");
    }

    @Test
    void delegatesCheckInOnTheDayAndTheOfficeSeesAttendancePerUnitAndBridgePoint() throws Exception {
        OffsetDateTime start =
                CLOCK.now().plusDays(3).truncatedTo(ChronoUnit.DAYS).withHour(8);
        String planId = approved(start);
        api.post(
                answerPath(answerLink(planId, SNV)),
                null,
                Map.of(
                        "answer",
                        "NAME_DELEGATES",
                        "delegates",
                        List.of(
                                delegate("Lê Thị Mai", "mai.le@snv.example"),
                                delegate("Phan Văn Đức", "duc.phan@snv.example"))));
        String maiCheckIn = checkInLink(planId, "mai.le@snv.example");
        String ducCode = text(MailSink.awaitOne(planId, "INVITATION", "duc.phan@snv.example"), "text/plain")
                .replaceAll("(?s).*Mã điểm danh của Ông/Bà: ([A-Z0-9]{8}).*", "$1");
        String guestCheckIn = checkInLink(planId, GUEST);

        ApiClient.Response early = api.post(maiCheckIn, null, Map.of("presence", "IN_PERSON"));
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().get("rule").asString()).isEqualTo("check-in-not-open");

        CLOCK.advance(Duration.between(CLOCK.now(), start.minusMinutes(30)));

        ApiClient.Response mai = api.post(maiCheckIn, null, Map.of("presence", "IN_PERSON"));
        assertThat(mai.status()).isEqualTo(200);
        String maiId = mai.json().get("id").asString();
        DelegateCheckedIn checkedIn = events.await(
                        EventCatalog.DELEGATE_CHECKED_IN.type(), e -> maiId.equals(e.subject()))
                .payload(DelegateCheckedIn.class);
        assertThat(checkedIn.mode()).isEqualTo("IN_PERSON");
        assertThat(checkedIn.bridgePointCode()).isEqualTo("DT-TINH");
        assertThat(api.post(maiCheckIn, null, Map.of("presence", "IN_PERSON"))
                        .json()
                        .get("rule")
                        .asString())
                .isEqualTo("already-checked-in");
        assertThat(api.post(guestCheckIn, null, Map.of("presence", "ABSENT", "reason", "x"))
                        .status())
                .isEqualTo(400);
        assertThat(api.post(guestCheckIn, null, Map.of("presence", "ONLINE")).status())
                .isEqualTo(200);

        JsonNode found = api.get(
                        "/api/plans/" + planId + "/invitations?code=" + ducCode.toLowerCase(), TestTokens.office(DT))
                .json()
                .get("items");
        assertThat(found).hasSize(1);
        String ducId = found.get(0).get("id").asString();
        assertThat(api.post(
                                "/api/invitations/" + ducId + "/check-in",
                                TestTokens.office(DT),
                                Map.of("presence", "ABSENT", "reason", "Ốm, có giấy xin phép"))
                        .status())
                .isEqualTo(200);
        assertThat(api.post(
                                "/api/invitations/" + ducId + "/check-in",
                                TestTokens.department(DT, "DT-SNV"),
                                Map.of("presence", "IN_PERSON"))
                        .status())
                .isEqualTo(403);

        JsonNode attendance = api.get("/api/plans/" + planId + "/attendance", TestTokens.office(DT))
                .json();
        assertThat(attendance.get("totals").get("presentInPerson").asInt()).isEqualTo(1);
        assertThat(attendance.get("totals").get("presentOnline").asInt()).isEqualTo(1);
        assertThat(attendance.get("totals").get("absent").asInt()).isEqualTo(1);
        JsonNode snv = null;
        for (JsonNode line : attendance.get("lines")) {
            if ("DT-SNV".equals(line.get("unitCode").asString())) {
                snv = line;
            }
        }
        assertThat(snv).isNotNull();
        assertThat(snv.get("bridgePointCode").asString()).isEqualTo("DT-TINH");
        assertThat(snv.get("seats").asInt()).isEqualTo(3);
        assertThat(snv.get("presentInPerson").asInt()).isEqualTo(1);
        assertThat(snv.get("unfilledSeats").asInt()).isEqualTo(1);
        assertThat(snv.get("absences").get(0).get("reason").asString()).isEqualTo("Ốm, có giấy xin phép");
        assertThat(api.get("/api/plans/" + planId + "/attendance", TestTokens.central())
                        .status())
                .isEqualTo(200);
        assertThat(api.get("/api/plans/" + planId + "/attendance", TestTokens.office(TG))
                        .status())
                .isEqualTo(404);
    }

    private static Map<String, String> delegate(String name, String email) {
        return Map.of("name", name, "position", "Chuyên viên", "email", email);
    }
}
