package vn.gov.conference.notification.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.model.Filters;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import vn.gov.conference.contracts.EventCatalog;
import vn.gov.conference.contracts.Topics;
import vn.gov.conference.contracts.invitation.InvitationEvents.EmailFailed;
import vn.gov.conference.notification.Fixtures;
import vn.gov.conference.notification.email.EmailContent;
import vn.gov.conference.notification.email.EmailId;
import vn.gov.conference.notification.email.EmailKind;
import vn.gov.conference.notification.email.EmailOutbox;
import vn.gov.conference.notification.email.NewEmail;
import vn.gov.conference.notification.email.OutboundEmail;
import vn.gov.conference.notification.email.OutboundEmails;
import vn.gov.conference.testing.EventRecorder;
import vn.gov.conference.testing.TestTokens;
import vn.gov.conference.testing.contracts.DocumentedAnswers;

/**
 * What an email says lives in {@code email_contents}, apart from the email the relays search: the letter the
 * recipient gets is the one stored there, an email whose content is lost fails at once, and emails written before
 * the split, with their content inside, are still sent.
 */
@ExtendWith(DocumentedAnswers.class)
class EmailContentIntegrationTests extends NotificationIntegrationTest {

    private static EventRecorder events;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    EmailOutbox outbox;

    @Autowired
    OutboundEmails emails;

    @Autowired
    ApplicationContext context;

    @BeforeAll
    static void listen() {
        events = EventRecorder.listen(Topics.EMAIL);
    }

    @AfterAll
    static void stopListening() {
        events.close();
    }

    private static NewEmail reminder(String cause, String planId, String recipient, String subject) {
        return OutboundEmail.queue(
                cause,
                TG,
                planId,
                null,
                EmailKind.DEADLINE_REMINDER,
                recipient,
                "Thanh tra tỉnh",
                new EmailContent(
                        subject,
                        "Kính gửi: Thanh tra tỉnh\nĐề nghị gửi báo cáo đúng hạn.",
                        "<p>Kính gửi: <strong>Thanh tra tỉnh</strong></p>",
                        null,
                        List.of()),
                null,
                CLOCK.instant());
    }

    private Document email(String id) {
        return mongo.getCollection("emails").find(Filters.eq("_id", id)).first();
    }

    private Document content(String id) {
        Document body = mongo.getCollection("email_contents")
                .find(Filters.eq("_id", id))
                .first();
        return body == null ? null : body.get("content", Document.class);
    }

    /** The email as an instance of the previous version wrote it: its content inside, no subject of its own. */
    private void insertWithContentInside(NewEmail written) {
        Document email = new Document();
        mongo.getConverter().write(written.email(), email);
        Document content = new Document();
        mongo.getConverter().write(written.content(), content);
        content.remove("_class");
        email.remove("subject");
        email.put("content", content);
        email.put("version", 0L);
        mongo.getCollection("emails").insertOne(email);
    }

    private static String lines(String text) {
        return text.replace("\r\n", "\n");
    }

    @Test
    void theLetterSentIsTheContentStoredApartFromTheEmail() throws Exception {
        String planId = newPlanId();
        approve(Fixtures.dongThapAt(planId, CLOCK.now().plusDays(10)));
        String delegate = "mai.le@snv.example";
        api.post(
                DelegateLinkIntegrationTests.answerLink(planId, "snv@dongthap.conference.example")
                        .replaceFirst("\\?", "/answer?"),
                null,
                Map.of(
                        "answer",
                        "NAME_DELEGATES",
                        "delegates",
                        List.of(Map.of("name", "Lê Thị Mai", "position", "Chuyên viên", "email", delegate))));

        MimeMessage received = MailSink.awaitOne(planId, "INVITATION", delegate);
        Document email = mongo.getCollection("emails")
                .find(Filters.and(Filters.eq("planId", planId), Filters.eq("recipient", delegate)))
                .first();
        assertThat(email).doesNotContainKey("content");
        assertThat(email.getString("subject")).isEqualTo(received.getSubject()).startsWith("Giấy mời dự Hội nghị");

        Document stored = content(email.getString("_id"));
        assertThat(stored.getString("subject")).isEqualTo(received.getSubject());
        assertThat(lines(text(received, "text/plain"))).isEqualTo(lines(stored.getString("text")));
        assertThat(lines(text(received, "text/html"))).isEqualTo(lines(stored.getString("html")));
        assertThat(text(received, "text/calendar"))
                .isEqualTo(stored.get("calendar", Document.class).getString("ics"));
        Document qr = stored.getList("attachments", Document.class).getFirst();
        Part image = leaves(received).stream()
                .filter(part -> {
                    try {
                        return part.isMimeType("image/png");
                    } catch (Exception ex) {
                        throw new IllegalStateException(ex);
                    }
                })
                .findFirst()
                .orElseThrow();
        try (InputStream in = image.getInputStream()) {
            assertThat(in.readAllBytes())
                    .isEqualTo(qr.get("data", Binary.class).getData())
                    .isNotEmpty();
        }
    }

    @Test
    void anEmailWhoseContentIsLostFailsAtOnceSayingWhyAndTheRelayGoesOn() {
        String planId = newPlanId();
        NewEmail lost = reminder("lost-" + planId, planId, "ttt@tiengiang.conference.example", "Nhắc hạn");
        emails.insert(lost.email());
        assertThat(outbox.queueOnce(
                        "kept-" + planId,
                        "skhdt@tiengiang.conference.example",
                        () -> reminder("kept-" + planId, planId, "skhdt@tiengiang.conference.example", "Nhắc hạn gửi")))
                .isTrue();

        EmailFailed failed = events.await(
                        EventCatalog.EMAIL_FAILED.type(),
                        e -> lost.email().id().value().equals(e.subject()))
                .payload(EmailFailed.class);
        assertThat(failed.willRetry()).isFalse();
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.error())
                .contains("missing")
                .contains(lost.email().id().value());
        await().atMost(Duration.ofSeconds(10))
                .until(() -> api.get("/api/emails?planId=" + planId, TestTokens.office(TG))
                                .json()
                                .get("items")
                                .size()
                        == 2);
        JsonNode entry = find(
                api.get("/api/emails?planId=" + planId, TestTokens.office(TG))
                        .json()
                        .get("items"),
                lost.email().id().value());
        assertThat(entry.get("status").asString()).isEqualTo("FAILED");
        assertThat(entry.get("lastError").asString()).contains("missing");
        assertThat(entry.get("subject").asString()).isEqualTo("Nhắc hạn");

        MailSink.awaitOne(planId, "DEADLINE_REMINDER", "skhdt@tiengiang.conference.example");
        assertThat(MailSink.to(planId, "DEADLINE_REMINDER", "ttt@tiengiang.conference.example"))
                .isEmpty();
    }

    private static JsonNode find(JsonNode entries, String id) {
        for (JsonNode entry : entries) {
            if (id.equals(entry.get("id").asString())) {
                return entry;
            }
        }
        throw new AssertionError("No entry " + id + " in " + entries);
    }

    @Test
    void queuesAnEmailOnceAndReplacesAContentLeftWithoutItsEmail() throws Exception {
        String planId = newPlanId();
        String recipient = "ttt@tiengiang.conference.example";
        AtomicInteger written = new AtomicInteger();
        String cause = "once-" + planId;

        assertThat(outbox.queueOnce(cause, recipient, () -> {
                    written.incrementAndGet();
                    return reminder(cause, planId, recipient, "Nhắc hạn lần đầu");
                }))
                .isTrue();
        assertThat(outbox.queueOnce(cause, recipient.toUpperCase(), () -> {
                    written.incrementAndGet();
                    return reminder(cause, planId, recipient, "Nhắc hạn lần hai");
                }))
                .isFalse();
        assertThat(written).hasValue(1);
        assertThat(content(EmailId.of(cause, recipient).value()).getString("subject"))
                .isEqualTo("Nhắc hạn lần đầu");

        // An earlier attempt stored the content, then stopped before the email.
        String retried = "retried-" + planId;
        String leftId = EmailId.of(retried, recipient).value();
        mongo.getCollection("email_contents")
                .insertOne(new Document("_id", leftId)
                        .append("content", new Document("subject", "Bản cũ").append("text", "Bản cũ")));

        assertThat(outbox.queueOnce(retried, recipient, () -> reminder(retried, planId, recipient, "Bản mới")))
                .isTrue();
        assertThat(content(leftId).getString("subject")).isEqualTo("Bản mới");
        assertThat(email(leftId)).isNotNull();
        await().atMost(Duration.ofSeconds(30)).until(() -> MailSink.of(planId).size() == 2);
        assertThat(MailSink.of(planId))
                .extracting(MimeMessage::getSubject)
                .containsExactlyInAnyOrder("Nhắc hạn lần đầu", "Bản mới");
    }

    @Test
    void anEmailWrittenWithItsContentInsideIsStillSentAsItWas() throws Exception {
        String planId = newPlanId();
        NewEmail older =
                reminder("older-" + planId, planId, "ttt@tiengiang.conference.example", "Nhắc hạn gửi tài liệu");
        insertWithContentInside(older);

        MimeMessage received = MailSink.awaitOne(planId, "DEADLINE_REMINDER", "ttt@tiengiang.conference.example");
        assertThat(received.getSubject()).isEqualTo("Nhắc hạn gửi tài liệu");
        assertThat(lines(text(received, "text/plain")))
                .isEqualTo(older.content().text());
        String id = older.email().id().value();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> "SENT".equals(email(id).getString("status")));
        assertThat(email(id)).doesNotContainKey("content");
        assertThat(email(id).getString("subject")).isEqualTo("Nhắc hạn gửi tài liệu");
        assertThat(content(id).getString("text")).isEqualTo(older.content().text());
    }

    @Test
    void startingUpMovesTheContentOutOfEmailsWrittenWithItInside() {
        String planId = newPlanId();
        NewEmail older = reminder("sent-" + planId, planId, "ttt@tiengiang.conference.example", "Nhắc hạn đã gửi");
        older.email().claim(CLOCK.instant(), Duration.ofMinutes(2));
        older.email().delivered(CLOCK.instant());
        insertWithContentInside(older);
        String id = older.email().id().value();
        assertThat(email(id)).containsKey("content").doesNotContainKey("subject");

        ((SmartInitializingSingleton) context.getBean("emailContents")).afterSingletonsInstantiated();

        assertThat(email(id)).doesNotContainKey("content");
        assertThat(email(id).getString("subject")).isEqualTo("Nhắc hạn đã gửi");
        assertThat(email(id).getString("status")).isEqualTo("SENT");
        assertThat(content(id).getString("text")).isEqualTo(older.content().text());
        assertThat(api.get("/api/emails?planId=" + planId, TestTokens.office(TG))
                        .json()
                        .get("items")
                        .get(0)
                        .get("subject")
                        .asString())
                .isEqualTo("Nhắc hạn đã gửi");
    }
}
