package vn.gov.conference.notification.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gov.conference.contracts.invitation.InvitationEvents.EmailDelivered;
import vn.gov.conference.contracts.invitation.InvitationEvents.EmailFailed;
import vn.gov.conference.notification.OutboxPayloads;

class OutboundEmailTests {

    private static final Instant NOW = Instant.parse("2021-06-25T02:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final RetryPolicy POLICY = new RetryPolicy(3, Duration.ofSeconds(30), 4.0, Duration.ofMinutes(10));

    static OutboundEmail email(Instant notBefore) {
        return OutboundEmail.queue(
                        "event-1",
                        "dong-thap",
                        "p3",
                        "inv-1",
                        EmailKind.INVITATION,
                        "SNV@dt.example",
                        "Sở Nội vụ",
                        new EmailContent("Giấy mời", "Kính gửi", null, null, List.of()),
                        notBefore,
                        NOW)
                .email();
    }

    @Test
    void derivesItsIdFromTheCauseAndTheRecipient() {
        assertThat(email(null).id())
                .isEqualTo(EmailId.of("event-1", "snv@dt.example"))
                .isNotEqualTo(EmailId.of("event-2", "snv@dt.example"))
                .isNotEqualTo(EmailId.of("event-1", "other@dt.example"));
        assertThat(email(null).recipient()).isEqualTo("snv@dt.example");
    }

    @Test
    void keepsOnlyTheSubjectOfWhatItSaysAndHandsTheContentOverApart() {
        EmailContent content = new EmailContent(
                "Giấy mời dự Hội nghị",
                "Kính gửi",
                "<p>Kính gửi</p>",
                null,
                List.of(new EmailContent.Attachment("Mã điểm danh.png", "image/png", new byte[] {1, 2}, "qr")));

        NewEmail written = OutboundEmail.queue(
                "event-1",
                "dong-thap",
                "p3",
                "inv-1",
                EmailKind.INVITATION,
                "snv@dt.example",
                "Sở Nội vụ",
                content,
                null,
                NOW);

        assertThat(written.content()).isSameAs(content);
        assertThat(written.email().subject()).isEqualTo("Giấy mời dự Hội nghị");
        assertThat(OutboundEmail.class.getDeclaredFields())
                .extracting(java.lang.reflect.Field::getType)
                .doesNotContain(EmailContent.class);
    }

    @Test
    void isDueAtOnceAndDeliveredAfterOneClaimedAttempt() {
        OutboundEmail email = email(null);
        assertThat(email.due(NOW)).isTrue();

        email.claim(NOW, LEASE);
        assertThat(email.due(NOW.plusSeconds(60))).isFalse();
        email.delivered(NOW.plusSeconds(1));

        assertThat(email.status()).isEqualTo(OutboundEmail.Status.SENT);
        assertThat(email.attempts()).isEqualTo(1);
        assertThat(email.due(NOW.plusSeconds(3600))).isFalse();
        assertThat(OutboxPayloads.of(email, new EmailContracts()))
                .singleElement()
                .isInstanceOfSatisfying(EmailDelivered.class, e -> {
                    assertThat(e.emailId()).isEqualTo(email.id().value());
                    assertThat(e.kind()).isEqualTo("INVITATION");
                    assertThat(e.recipient()).isEqualTo("snv@dt.example");
                });
    }

    @Test
    void waitsUntilItsScheduledTime() {
        OutboundEmail email = email(NOW.plus(Duration.ofDays(2)));

        assertThat(email.due(NOW)).isFalse();
        assertThatThrownBy(() -> email.claim(NOW, LEASE)).isInstanceOf(IllegalStateException.class);
        assertThat(email.due(NOW.plus(Duration.ofDays(2)))).isTrue();
    }

    @Test
    void retriesWithGrowingPausesThenGivesUp() {
        OutboundEmail email = email(null);
        Instant t = NOW;

        email.claim(t, LEASE);
        email.failed(t, "421 try later", false, POLICY);
        assertThat(email.status()).isEqualTo(OutboundEmail.Status.PENDING);
        assertThat(email.nextAttemptAt()).isEqualTo(t.plusSeconds(30));
        assertThat(email.due(t.plusSeconds(29))).isFalse();

        t = t.plusSeconds(30);
        email.claim(t, LEASE);
        email.failed(t, "421 try later", false, POLICY);
        assertThat(email.nextAttemptAt()).isEqualTo(t.plusSeconds(120));

        t = t.plusSeconds(120);
        email.claim(t, LEASE);
        email.failed(t, "421 try later", false, POLICY);
        assertThat(email.status()).isEqualTo(OutboundEmail.Status.FAILED);
        assertThat(email.attempts()).isEqualTo(3);
        assertThat(email.history()).hasSize(3).noneMatch(OutboundEmail.Attempt::delivered);
        assertThat(OutboxPayloads.of(email, new EmailContracts()))
                .hasSize(3)
                .allSatisfy(e -> assertThat(e).isInstanceOf(EmailFailed.class))
                .extracting(e -> ((EmailFailed) e).willRetry())
                .containsExactly(true, true, false);
        assertThat(email.due(t.plus(Duration.ofDays(1)))).isFalse();
    }

    @Test
    void givesUpAtOnceOnAPermanentRefusal() {
        OutboundEmail email = email(null);
        email.claim(NOW, LEASE);

        email.failed(NOW, "550 no such user", true, POLICY);

        assertThat(email.status()).isEqualTo(OutboundEmail.Status.FAILED);
        assertThat(email.lastError()).isEqualTo("550 no such user");
    }

    @Test
    void anotherRelayTakesOverAClaimWhoseLeaseRanOut() {
        OutboundEmail email = email(null);
        email.claim(NOW, LEASE);

        assertThat(email.due(NOW.plus(LEASE))).isFalse();
        assertThat(email.due(NOW.plus(LEASE).plusSeconds(1))).isTrue();
        email.claim(NOW.plus(LEASE).plusSeconds(1), LEASE);
        assertThat(email.status()).isEqualTo(OutboundEmail.Status.SENDING);
    }

    @Test
    void refusesAnOutcomeWithoutAClaim() {
        assertThatThrownBy(() -> email(null).delivered(NOW)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> email(null).failed(NOW, "x", false, POLICY)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void canBeWithdrawnOnlyBeforeItIsSent() {
        OutboundEmail waiting = email(NOW.plus(Duration.ofDays(1)));
        OutboundEmail sent = email(null);
        sent.claim(NOW, LEASE);
        sent.delivered(NOW);

        assertThat(waiting.cancel()).isTrue();
        assertThat(waiting.due(NOW.plus(Duration.ofDays(2)))).isFalse();
        assertThat(sent.cancel()).isFalse();
    }
}
