package vn.gov.conference.notification.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.gov.conference.contracts.EventCatalog;
import vn.gov.conference.contracts.Topics;
import vn.gov.conference.contracts.invitation.InvitationEvents.InvitationsIssued;
import vn.gov.conference.notification.Fixtures;
import vn.gov.conference.testing.ApiClient;
import vn.gov.conference.testing.EventRecorder;
import vn.gov.conference.testing.TestTokens;

/**
 * An import in parts (issue 18): each part costs a fixed number of round trips, and the invitations it announces are
 * counted from what it inserted, not by reading the plan. The totals must stay exact through new parts, a repeated
 * part and a part mixing old and new lines; every invitee gets one letter.
 */
class ImportInPartsIntegrationTests extends NotificationIntegrationTest {

    private static EventRecorder events;

    @BeforeAll
    static void listen() {
        events = EventRecorder.listen(Topics.INVITATION);
    }

    @AfterAll
    static void stop() {
        events.close();
    }

    @Test
    void partsAnnounceExactTotalsAndMailEachInviteeOnce() {
        String planId = newPlanId();
        approve(Fixtures.dongThapAt(planId, CLOCK.now().plusDays(10)));
        awaitInvitations(planId, DT, 5);
        awaitTotal(planId, 5);

        ApiClient.Response first = importCsv(planId, part(0, 30));
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.json().get("issued").asInt()).isEqualTo(30);
        awaitTotal(planId, 35);

        ApiClient.Response second = importCsv(planId, part(30, 60));
        assertThat(second.json().get("issued").asInt()).isEqualTo(30);
        awaitTotal(planId, 65);

        // The same part again (a client that lost the answer): nothing new, nothing announced, no second letter.
        ApiClient.Response repeated = importCsv(planId, part(30, 60));
        assertThat(repeated.status()).isEqualTo(200);
        assertThat(repeated.json().get("alreadyInvited").asInt()).isEqualTo(30);

        // Old and new lines mixed: the count is taken again and stays exact.
        ApiClient.Response mixed = importCsv(planId, part(55, 70));
        assertThat(mixed.status()).isEqualTo(201);
        assertThat(mixed.json().get("issued").asInt()).isEqualTo(10);
        awaitTotal(planId, 75);

        assertThat(api.get("/api/plans/" + planId + "/invitations", TestTokens.office(DT))
                        .json()
                        .get("total")
                        .asInt())
                .isEqualTo(75);
        MailSink.awaitCount(planId, "INVITATION", 75);
        List<InvitationsIssued> announced = events
                .during(Duration.ofSeconds(2), EventCatalog.INVITATIONS_ISSUED.type(), e -> planId.equals(e.subject()))
                .stream()
                .map(e -> e.payload(InvitationsIssued.class))
                .toList();
        assertThat(announced).extracting(InvitationsIssued::total).containsExactly(5, 35, 65, 75);
        assertThat(announced).extracting(InvitationsIssued::issued).containsExactly(5, 30, 30, 10);
        // Queued unwritten, written by the relay just before sending: the whole letter, about this invitee.
        jakarta.mail.internet.MimeMessage letter =
                MailSink.to(planId, "INVITATION", email(3)).get(0);
        assertThat(text(letter, "text/plain")).contains("Đại biểu Số 3").contains("Mã điểm danh");
        assertThat(attachment(letter, "application/ics")).isNotNull();
        for (int i = 0; i < 70; i++) {
            assertThat(MailSink.to(planId, "INVITATION", email(i))).as(email(i)).hasSize(1);
        }
    }

    private void awaitTotal(String planId, int total) {
        events.await(
                EventCatalog.INVITATIONS_ISSUED.type(),
                e -> planId.equals(e.subject())
                        && e.payload(InvitationsIssued.class).total() == total);
    }

    private ApiClient.Response importCsv(String planId, String csv) {
        return api.send(api.request("/api/plans/" + planId + "/invitations/import", TestTokens.office(DT))
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv))
                .build());
    }

    private static String part(int from, int to) {
        StringBuilder csv = new StringBuilder("Họ và tên;Chức vụ;Email\n");
        for (int i = from; i < to; i++) {
            csv.append(line(i));
        }
        return csv.toString();
    }

    private static String line(int i) {
        return "Đại biểu Số " + i + ";Chuyên viên;" + email(i) + "\n";
    }

    private static String email(int i) {
        return "dai-bieu-" + i + "@dongthap.example";
    }
}
