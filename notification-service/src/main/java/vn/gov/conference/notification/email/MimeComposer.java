package vn.gov.conference.notification.email;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;

/**
 * Writes an outbound email as MIME. The structure is the one calendar-aware mail programs expect:
 * <pre>
 * multipart/mixed
 *   multipart/related
 *     multipart/alternative: text/plain, text/html, text/calendar; method=…   (the last only with a calendar)
 *     inline images (the check-in QR code)
 *   attachments (the .ics again, for programs that only look at attachments)
 * </pre>
 * Everything is UTF-8: the subject is RFC 2047 encoded, attachment names RFC 2231 encoded, so diacritics survive.
 * The Message-ID is derived from the email's id, so a resend after a crash can be recognised as the same message.
 */
public final class MimeComposer {

    public static final String PLAN_HEADER = "X-Conference-Plan";
    public static final String KIND_HEADER = "X-Conference-Kind";

    private final String fromAddress;
    private final String fromName;
    private final String messageIdDomain;

    public MimeComposer(String fromAddress, String fromName, String messageIdDomain) {
        this.fromAddress = fromAddress;
        this.fromName = fromName;
        this.messageIdDomain = messageIdDomain;
    }

    /** The MIME message of {@code email}, which says {@code content}, in the mail sender's {@code session}. */
    public MimeMessage compose(OutboundEmail email, EmailContent content, Session session) throws MessagingException {
        String messageId = "<" + email.id().value() + "@" + messageIdDomain + ">";
        MimeMessage target = new StableIdMessage(session, messageId);
        try {
            target.setFrom(new InternetAddress(fromAddress, fromName, StandardCharsets.UTF_8.name()));
            target.setRecipient(
                    MimeMessage.RecipientType.TO,
                    new InternetAddress(email.recipient(), email.recipientName(), StandardCharsets.UTF_8.name()));
        } catch (UnsupportedEncodingException ex) {
            throw new IllegalStateException(ex);
        }
        target.setSubject(content.subject(), StandardCharsets.UTF_8.name());
        target.setSentDate(new Date());
        // For mail rules on the receiving side (and the delivery checks of tests): which conference, which letter.
        if (email.planId() != null) {
            target.setHeader(PLAN_HEADER, email.planId());
        }
        target.setHeader(KIND_HEADER, email.kind().name());

        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(textPart(content.text(), "plain"));
        if (content.html() != null) {
            alternative.addBodyPart(textPart(content.html(), "html"));
        }
        if (content.calendar() != null) {
            MimeBodyPart calendar = new MimeBodyPart();
            calendar.setDataHandler(new DataHandler(new ByteArrayDataSource(
                    content.calendar().ics().getBytes(StandardCharsets.UTF_8), calendarType(content.calendar()))));
            calendar.setHeader("Content-Transfer-Encoding", "base64");
            alternative.addBodyPart(calendar);
        }

        MimeMultipart related = new MimeMultipart("related");
        related.addBodyPart(wrap(alternative));
        for (EmailContent.Attachment attachment : content.attachments()) {
            if (attachment.inline()) {
                MimeBodyPart part = binaryPart(attachment);
                part.setContentID("<" + attachment.contentId() + ">");
                part.setDisposition(Part.INLINE);
                related.addBodyPart(part);
            }
        }

        MimeMultipart mixed = new MimeMultipart("mixed");
        mixed.addBodyPart(wrap(related));
        if (content.calendar() != null) {
            EmailContent.Attachment ics = new EmailContent.Attachment(
                    content.calendar().fileName(),
                    "application/ics",
                    content.calendar().ics().getBytes(StandardCharsets.UTF_8),
                    null);
            mixed.addBodyPart(attachmentPart(ics));
        }
        for (EmailContent.Attachment attachment : content.attachments()) {
            if (!attachment.inline()) {
                mixed.addBodyPart(attachmentPart(attachment));
            }
        }
        target.setContent(mixed);
        target.saveChanges();
        return target;
    }

    private static String calendarType(EmailContent.Calendar calendar) {
        return "text/calendar; charset=UTF-8; method=" + calendar.method();
    }

    private static MimeBodyPart textPart(String text, String subtype) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setText(text, StandardCharsets.UTF_8.name(), subtype);
        return part;
    }

    private static MimeBodyPart wrap(MimeMultipart multipart) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setContent(multipart);
        return part;
    }

    private static MimeBodyPart binaryPart(EmailContent.Attachment attachment) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment.data(), attachment.contentType())));
        part.setFileName(attachment.fileName());
        return part;
    }

    private static MimeBodyPart attachmentPart(EmailContent.Attachment attachment) throws MessagingException {
        MimeBodyPart part = binaryPart(attachment);
        part.setDisposition(Part.ATTACHMENT);
        part.setFileName(attachment.fileName());
        return part;
    }

    /** A message whose Message-ID survives {@code saveChanges()} (Jakarta Mail would otherwise make a new one). */
    private static final class StableIdMessage extends MimeMessage {

        private final String messageId;

        StableIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
