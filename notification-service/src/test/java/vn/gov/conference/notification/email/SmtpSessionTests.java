package vn.gov.conference.notification.email;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** A pass's messages over one connection to a real SMTP server (GreenMail), each outcome reported at once. */
class SmtpSessionTests {

    private GreenMail smtp;
    private JavaMailSenderImpl sender;

    @BeforeEach
    void start() {
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(smtp.getSmtp().getPort());
    }

    @AfterEach
    void stop() {
        smtp.stop();
    }

    @Test
    void reportsEachMessageBeforeTheNextIsSent() throws Exception {
        List<MimeMessage> messages = List.of(
                message("a", "<thu-moi-1@conference>"),
                message("b", "<thu-moi-2@conference>"),
                message("c", "<thu-moi-3@conference>"));
        List<Integer> receivedWhenReported = new ArrayList<>();

        SmtpSession.sendEach(sender, messages, (message, failure) -> {
            assertThat(failure).isNull();
            receivedWhenReported.add(smtp.getReceivedMessages().length);
        });

        // A relay killed after the second report re-sends none of the first two: they are recorded already.
        assertThat(receivedWhenReported).containsExactly(1, 2, 3);
        assertThat(smtp.getReceivedMessages())
                .extracting(MimeMessage::getMessageID)
                .containsExactly("<thu-moi-1@conference>", "<thu-moi-2@conference>", "<thu-moi-3@conference>");
    }

    @Test
    void reportsEveryMessageAsNotSentWhenTheServerCannotBeReached() throws Exception {
        List<MimeMessage> messages =
                List.of(message("a", "<thu-moi-4@conference>"), message("b", "<thu-moi-5@conference>"));
        smtp.stop();
        List<Exception> failures = new ArrayList<>();

        SmtpSession.sendEach(sender, messages, (message, failure) -> failures.add(failure));

        assertThat(failures)
                .hasSize(2)
                .allSatisfy(failure -> assertThat(failure).isNotNull());
        assertThat(failures).noneMatch(EmailRelay::refused);
    }

    private MimeMessage message(String who, String messageId) throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties())) {
            @Override
            protected void updateMessageID() throws jakarta.mail.MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        message.setFrom(new InternetAddress("vanphong@tiengiang.conference.example"));
        message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(who + "@tiengiang.conference.example"));
        message.setSubject("Giấy mời dự Hội nghị", "UTF-8");
        message.setText("Kính gửi đại biểu.", "UTF-8");
        return message;
    }
}
