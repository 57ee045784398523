package vn.gov.conference.notification.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.gov.conference.contracts.EventCatalog;
import vn.gov.conference.contracts.Topics;
import vn.gov.conference.contracts.material.MaterialEvents.SignedOriginalAttached;
import vn.gov.conference.notification.Fixtures;
import vn.gov.conference.notification.links.DelegateLinks;
import vn.gov.conference.platform.security.SignedLinks;
import vn.gov.conference.testing.TestEvents;
import vn.gov.conference.testing.contracts.DocumentedAnswers;

/**
 * Đồng Tháp's plan replaces the invitation letter ("Kế hoạch này thay thư mời"): once the office attaches the signed
 * original, every invitee receives the signed plan, with a link documents-service opens and its SHA-256; a plan that
 * has its own invitation letters sends nothing more.
 */
@ExtendWith(DocumentedAnswers.class)
class SignedPlanIntegrationTests extends NotificationIntegrationTest {

    private static final String SHA256 = "5e".repeat(32);

    @Autowired
    SignedLinks signedLinks;

    private static SignedOriginalAttached attached(String planId, String number) {
        return new SignedOriginalAttached(
                planId,
                number,
                CLOCK.now().toLocalDate(),
                "Kế hoạch " + number + ".pdf",
                48_213,
                SHA256,
                "/api/plans/" + planId + "/portal/signed-original",
                CLOCK.now(),
                "dt-office");
    }

    @Test
    void sendsDongThapsSignedPlanToEveryInviteeOnce() throws Exception {
        String planId = newPlanId();
        approve(Fixtures.dongThapAt(planId, CLOCK.now().plusDays(10)));
        MailSink.awaitCount(planId, "INVITATION", 5);

        String eventId = TestEvents.publish(
                Topics.MATERIAL,
                EventCatalog.SIGNED_ORIGINAL_ATTACHED.type(),
                planId,
                DT,
                attached(planId, "151/KH-UBND"));

        List<MimeMessage> signed = MailSink.awaitCount(planId, "SIGNED_PLAN", 5);
        MimeMessage letter = signed.getFirst();
        assertThat(letter.getSubject()).startsWith("Kế hoạch số 151/KH-UBND (thay thư mời): ");
        String text = text(letter, "text/plain");
        assertThat(text).contains("Kế hoạch này thay thư mời.", "Kế hoạch đã ký (PDF)", SHA256);
        String link = link(text, "http://localhost:8080/api/plans/");
        assertThat(link).startsWith("http://localhost:8080/api/plans/" + planId + "/portal/signed-original?sig=");
        assertThat(signedLinks.verify(
                        DelegateLinks.PORTAL, planId, link.substring(link.indexOf("sig=") + 4), CLOCK.instant()))
                .as("the portal link documents-service verifies")
                .isTrue();

        String answerLink = link(
                        text(MailSink.of(planId, "INVITATION").getFirst(), "text/plain"), "http://localhost:8080/moi/")
                .replace("http://localhost:8080/moi/", "/api/invitations/");
        JsonNode page = api.get(answerLink, null).json();
        assertThat(page.get("signedPlanUrl").asString())
                .as("the delegate's page offers the signed plan")
                .startsWith("http://localhost:8080/api/plans/" + planId + "/portal/signed-original?sig=");
        assertThat(page.get("letterAvailable").asBoolean()).isFalse();

        TestEvents.publish(
                Topics.MATERIAL,
                eventId,
                "urn:conference:test",
                EventCatalog.SIGNED_ORIGINAL_ATTACHED.type(),
                planId,
                DT,
                attached(planId, "151/KH-UBND"));
        await().during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(4))
                .until(() -> MailSink.of(planId, "SIGNED_PLAN").size() == 5);
    }

    @Test
    void sendsNothingMoreForAPlanWithItsOwnInvitationLetters() {
        String planId = newPlanId();
        approve(Fixtures.tienGiang(planId));
        awaitInvitations(planId, TG, 1);

        TestEvents.publish(
                Topics.MATERIAL,
                EventCatalog.SIGNED_ORIGINAL_ATTACHED.type(),
                planId,
                TG,
                attached(planId, "276/KH-UBND"));

        await().during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(4))
                .until(() -> MailSink.of(planId, "SIGNED_PLAN").isEmpty());
    }
}
