package vn.gov.conference.notification.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import vn.gov.conference.contracts.EventCatalog;
import vn.gov.conference.contracts.Topics;
import vn.gov.conference.contracts.invitation.InvitationEvents.EmailDelivered;
import vn.gov.conference.contracts.invitation.InvitationEvents.EmailFailed;
import vn.gov.conference.contracts.material.MaterialEvents.MaterialOverdue;
import vn.gov.conference.notification.Fixtures;
import vn.gov.conference.testing.EventRecorder;
import vn.gov.conference.testing.TestEvents;
import vn.gov.conference.testing.TestTokens;
import vn.gov.conference.testing.contracts.DocumentedAnswers;

/** The email outbox survives an SMTP outage: the failure is logged and announced, and the email goes out later. */
@ExtendWith(DocumentedAnswers.class)
class DeliveryRetryIntegrationTests extends NotificationIntegrationTest {

    private static EventRecorder events;

    @BeforeAll
    static void listen() {
        events = EventRecorder.listen(Topics.EMAIL);
    }

    @AfterAll
    static void stopListening() {
        events.close();
    }

    @Test
    void anEmailThatFailsWhileTheRelayIsDownIsRetriedAfterItsBackoff() {
        String planId = newPlanId();
        String log = "/api/emails?planId=" + planId;
        MailSink.stop();
        try {
            TestEvents.publish(
                    Topics.MATERIAL,
                    EventCatalog.MATERIAL_OVERDUE.type(),
                    planId,
                    TG,
                    new MaterialOverdue(
                            planId,
                            "req-" + planId,
                            Fixtures.unit("TG-TTT", "Thanh tra tỉnh"),
                            Fixtures.unit("TG-VPUBND", "Văn phòng Ủy ban nhân dân tỉnh"),
                            CLOCK.now().minusDays(1)));

            EmailFailed failed = events.await(EventCatalog.EMAIL_FAILED.type(), e -> planId.equals(e.key()))
                    .payload(EmailFailed.class);
            assertThat(failed.willRetry()).isTrue();
            assertThat(failed.attempts()).isEqualTo(1);
            assertThat(failed.recipient()).isEqualTo("ttt@tiengiang.conference.example");
            JsonNode entry =
                    api.get(log, TestTokens.office(TG)).json().get("items").get(0);
            assertThat(entry.get("status").asString()).isEqualTo("PENDING");
            assertThat(entry.get("lastError").asString()).isNotBlank();
        } finally {
            MailSink.start();
        }
        await().during(Duration.ofSeconds(1))
                .atMost(Duration.ofSeconds(3))
                .until(() -> MailSink.of(planId).isEmpty());

        CLOCK.advance(Duration.ofSeconds(31));

        MailSink.awaitOne(planId, "OVERDUE_NOTICE", "ttt@tiengiang.conference.example");
        assertThat(events.await(EventCatalog.EMAIL_DELIVERED.type(), e -> planId.equals(e.key()))
                        .payload(EmailDelivered.class)
                        .kind())
                .isEqualTo("OVERDUE_NOTICE");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> "SENT"
                        .equals(api.get(log, TestTokens.office(TG))
                                .json()
                                .get("items")
                                .get(0)
                                .get("status")
                                .asString()));
        JsonNode sent = api.get(log, TestTokens.office(TG)).json().get("items").get(0);
        assertThat(sent.get("attempts").asInt()).isEqualTo(2);
        assertThat(sent.get("history")).hasSize(2);
    }
}
