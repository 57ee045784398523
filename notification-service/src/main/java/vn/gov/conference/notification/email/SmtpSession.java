package vn.gov.conference.notification.email;

import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.util.Date;
import java.util.List;
import java.util.function.BiConsumer;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Sends messages over one SMTP connection and reports each message's outcome as soon as the server has answered for
 * it, before the next one is sent. The relay records the outcome there and then, so a relay killed in the middle of a
 * pass re-sends at most the one message per connection the server had accepted but the database not yet heard of — not
 * the whole pass ({@link JavaMailSender#send(MimeMessage...)} reports only after the last message). A resent message
 * keeps its Message-ID ({@link MimeComposer}), so mail clients can recognise it.
 */
final class SmtpSession {

    private SmtpSession() {}

    /** {@code outcome} gets each message with null when the server accepted it, or the failure. */
    static void sendEach(
            JavaMailSender sender, List<MimeMessage> messages, BiConsumer<MimeMessage, Exception> outcome) {
        if (!(sender instanceof JavaMailSenderImpl smtp)) {
            // Another sender (a test's): one call per message still reports each outcome at once.
            for (MimeMessage message : messages) {
                Exception failure = null;
                try {
                    sender.send(message);
                } catch (MailException ex) {
                    failure = ex;
                }
                outcome.accept(message, failure);
            }
            return;
        }
        Transport transport;
        try {
            transport = smtp.getSession().getTransport(smtp.getProtocol() == null ? "smtp" : smtp.getProtocol());
            transport.connect(smtp.getHost(), smtp.getPort(), smtp.getUsername(), smtp.getPassword());
        } catch (MessagingException ex) {
            messages.forEach(message -> outcome.accept(message, ex)); // nothing was sent: all are tried again
            return;
        }
        try {
            for (MimeMessage message : messages) {
                Exception failure = null;
                try {
                    if (message.getSentDate() == null) {
                        message.setSentDate(new Date());
                    }
                    String messageId = message.getMessageID();
                    message.saveChanges();
                    if (messageId != null) {
                        message.setHeader("Message-ID", messageId); // as JavaMailSenderImpl keeps a given id
                    }
                    transport.sendMessage(message, message.getAllRecipients());
                } catch (MessagingException ex) {
                    failure = ex;
                }
                outcome.accept(message, failure);
            }
        } finally {
            try {
                transport.close();
            } catch (MessagingException ex) {
                // Every message's outcome is already recorded; a failed QUIT changes none of them.
            }
        }
    }
}
