package vn.gov.conference.gateway;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** One real SMTP server (GreenMail) for the test JVM, on a free port; tests read back what the gateway sent. */
public final class MailSink {

    private static GreenMail greenMail;

    private MailSink() {}

    static synchronized int port() {
        if (greenMail == null) {
            greenMail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
            greenMail.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> greenMail.stop()));
        }
        return greenMail.getSmtp().getPort();
    }

    /** The letters sent to {@code address}, waiting up to 5 s for the first. */
    public static List<MimeMessage> to(String address) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(5));
        List<MimeMessage> letters = received(address);
        while (letters.isEmpty() && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                break;
            }
            letters = received(address);
        }
        return letters;
    }

    /** The text of a one-part letter, decoded (quoted-printable, UTF-8). */
    public static String text(MimeMessage letter) {
        try {
            return (String) letter.getContent();
        } catch (MessagingException | IOException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static List<MimeMessage> received(String address) {
        return Arrays.stream(greenMail.getReceivedMessages())
                .filter(letter -> {
                    try {
                        return Arrays.stream(letter.getRecipients(Message.RecipientType.TO))
                                .anyMatch(recipient -> recipient.toString().equalsIgnoreCase(address));
                    } catch (MessagingException ex) {
                        return false;
                    }
                })
                .toList();
    }
}
