package vn.gov.conference.notification.it;

import static org.awaitility.Awaitility.await;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.gov.conference.contracts.EventCatalog;
import vn.gov.conference.contracts.Topics;
import vn.gov.conference.contracts.plan.PlanEvents.PlanApproved;
import vn.gov.conference.contracts.plan.PlanSnapshot;
import vn.gov.conference.notification.TestClock;
import vn.gov.conference.testing.ApiClient;
import vn.gov.conference.testing.IntegrationTest;
import vn.gov.conference.testing.TestEvents;
import vn.gov.conference.testing.TestTokens;

/**
 * The whole service on the test JVM's real Kafka broker and MongoDB-compatible server, sending through a real SMTP
 * server (GreenMail) that the tests read back. Every integration test class extends this one, so they share one
 * Spring context. The clock is real time that tests may move forward.
 */
@IntegrationTest
@Import(NotificationIntegrationTest.Clocks.class)
abstract class NotificationIntegrationTest {

    static final TestClock CLOCK = new TestClock();
    static final String DT = "dong-thap";
    static final String TG = "tien-giang";

    @LocalServerPort
    int port;

    ApiClient api;

    @TestConfiguration(proxyBeanMethods = false)
    static class Clocks {
        @Bean
        TestClock testClock() {
            return CLOCK;
        }
    }

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "localhost");
        registry.add("spring.mail.port", MailSink::port);
        registry.add("conference.notification.mail.relay-interval", () -> "100ms");
        // Tests mail hundreds of invitees of one province within seconds; the rate limit itself is unit-tested.
        registry.add("conference.notification.mail.burst", () -> "1000");
        registry.add("conference.notification.mail.per-minute", () -> "60000");
    }

    @BeforeEach
    void client() {
        api = ApiClient.onPort(port);
    }

    static String newPlanId() {
        return "plan-" + java.util.UUID.randomUUID();
    }

    /** Publishes the approval as plan-service would; returns the event id (to redeliver it). */
    static String approve(PlanSnapshot plan) {
        return TestEvents.publish(
                Topics.PLAN,
                EventCatalog.PLAN_APPROVED.type(),
                plan.planId(),
                plan.province().code(),
                new PlanApproved(plan, CLOCK.now(), "approver"));
    }

    /** Waits until the service has issued {@code count} invitations for the plan. */
    void awaitInvitations(String planId, String tenant, int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            ApiClient.Response response = api.get("/api/plans/" + planId + "/invitations", TestTokens.office(tenant));
            return response.status() == 200 && response.json().get("total").asInt() >= count;
        });
    }

    static List<Part> leaves(Part part) {
        try {
            List<Part> found = new ArrayList<>();
            if (part.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    found.addAll(leaves(multipart.getBodyPart(i)));
                }
            } else {
                found.add(part);
            }
            return found;
        } catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    static String text(MimeMessage message, String type) {
        try {
            for (Part part : leaves(message)) {
                if (part.isMimeType(type)) {
                    try (InputStream in = part.getInputStream()) {
                        ByteArrayOutputStream out = new ByteArrayOutputStream();
                        in.transferTo(out);
                        return out.toString(StandardCharsets.UTF_8);
                    }
                }
            }
            return null;
        } catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    static Part attachment(MimeMessage message, String contentType) {
        return leaves(message).stream()
                .filter(part -> {
                    try {
                        return part.isMimeType(contentType) && Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition());
                    } catch (Exception ex) {
                        throw new IllegalStateException(ex);
                    }
                })
                .findFirst()
                .orElse(null);
    }

    /** The signed link in a letter's text part that starts with {@code prefix}. */
    static String link(String text, String prefix) {
        int start = text.indexOf(prefix);
        if (start < 0) {
            return null;
        }
        int end = start;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        return text.substring(start, end);
    }
}
