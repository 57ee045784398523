package vn.gov.conference.notification.it;

import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import vn.gov.conference.notification.email.MimeComposer;

/** One real SMTP server (GreenMail) for the test JVM, on a free port; tests read back what the service sent. */
final class MailSink {

    private static GreenMail greenMail;
    private static int port;

    private MailSink() {}

    static synchronized int port() {
        if (greenMail == null) {
            greenMail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
            greenMail.start();
            port = greenMail.getSmtp().getPort();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> greenMail.stop()));
        }
        return port;
    }

    /** The relay goes down: connections to its port are refused. */
    static synchronized void stop() {
        greenMail.stop();
    }

    /** The relay comes back on the same port (with an empty store). */
    static synchronized void start() {
        greenMail = new GreenMail(ServerSetupTest.SMTP.port(port));
        greenMail.start();
    }

    /** Everything received for {@code planId}. */
    static List<MimeMessage> of(String planId) {
        return Arrays.stream(greenMail.getReceivedMessages())
                .filter(message -> planId.equals(header(message, MimeComposer.PLAN_HEADER)))
                .toList();
    }

    static List<MimeMessage> of(String planId, String kind) {
        return of(planId).stream()
                .filter(message -> kind.equals(header(message, MimeComposer.KIND_HEADER)))
                .toList();
    }

    static List<MimeMessage> to(String planId, String kind, String recipient) {
        return of(planId, kind).stream().filter(sentTo(recipient)).toList();
    }

    static List<MimeMessage> awaitCount(String planId, String kind, int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> of(planId, kind).size() >= count);
        return of(planId, kind);
    }

    static MimeMessage awaitOne(String planId, String kind, String recipient) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> !to(planId, kind, recipient).isEmpty());
        return to(planId, kind, recipient).getFirst();
    }

    static Predicate<MimeMessage> sentTo(String recipient) {
        return message -> {
            try {
                return Arrays.stream(message.getAllRecipients())
                        .anyMatch(address -> address.toString().toLowerCase().contains(recipient.toLowerCase()));
            } catch (MessagingException ex) {
                throw new IllegalStateException(ex);
            }
        };
    }

    static String header(MimeMessage message, String name) {
        try {
            String[] values = message.getHeader(name);
            return values == null ? null : values[0];
        } catch (MessagingException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
