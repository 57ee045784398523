package vn.gov.conference.localstack.mail;

import jakarta.mail.Address;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimePart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.internet.ParseException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import vn.gov.conference.localstack.mail.ReceivedMessage.Attachment;
import vn.gov.conference.localstack.mail.ReceivedMessage.Mailbox;

/**
 * Reads a MIME source into a {@link ReceivedMessage}. Decoding is where Vietnamese text gets mangled, so it is
 * explicit here: RFC 2047 encoded words in headers and (non-standard but common) in file names, RFC 2231
 * parameters for file names, raw UTF-8 headers (RFC 6532), and each text part's own charset.
 */
final class MimeReader {

    private static final Session SESSION = Session.getInstance(properties());
    private static final Map<String, String> EXTENSIONS = Map.of(
            "text/calendar",
            ".ics",
            "message/rfc822",
            ".eml",
            "text/plain",
            ".txt",
            "text/html",
            ".html",
            "application/pdf",
            ".pdf",
            "image/png",
            ".png",
            "image/jpeg",
            ".jpg");

    private MimeReader() {}

    private static Properties properties() {
        Properties properties = new Properties();
        properties.setProperty("mail.mime.allowutf8", "true");
        return properties;
    }

    static ReceivedMessage read(byte[] raw, Instant receivedAt, String envelopeFrom, List<String> recipients) {
        try {
            MimeMessage message = new MimeMessage(SESSION, new ByteArrayInputStream(raw));
            Bodies bodies = new Bodies();
            bodies.walk(message);
            List<Mailbox> from = mailboxes(safely(message::getFrom));
            return new ReceivedMessage(
                    0,
                    receivedAt,
                    envelopeFrom,
                    recipients,
                    raw,
                    from.isEmpty() ? null : from.getFirst(),
                    mailboxes(safely(() -> message.getRecipients(RecipientType.TO))),
                    mailboxes(safely(() -> message.getRecipients(RecipientType.CC))),
                    // getReplyTo() falls back to From; only an actual Reply-To header is of interest here.
                    message.getHeader("Reply-To") == null ? List.of() : mailboxes(safely(message::getReplyTo)),
                    message.getSubject(),
                    message.getMessageID(),
                    message.getSentDate() == null ? null : message.getSentDate().toInstant(),
                    bodies.text,
                    bodies.html,
                    List.copyOf(bodies.attachments),
                    null);
        } catch (MessagingException | IOException | RuntimeException e) {
            return new ReceivedMessage(
                    0,
                    receivedAt,
                    envelopeFrom,
                    recipients,
                    raw,
                    null,
                    List.of(),
                    List.of(),
                    List.of(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    List.of(),
                    e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private interface AddressSource {
        Address[] get() throws MessagingException;
    }

    /** A malformed address header should not cost the whole message. */
    private static Address[] safely(AddressSource source) {
        try {
            return source.get();
        } catch (MessagingException e) {
            return null;
        }
    }

    private static List<Mailbox> mailboxes(Address[] addresses) {
        if (addresses == null) {
            return List.of();
        }
        return Arrays.stream(addresses)
                .map(address -> address instanceof InternetAddress internet
                        ? new Mailbox(internet.getPersonal(), internet.getAddress())
                        : new Mailbox(null, address.toString()))
                .toList();
    }

    /** Walks the part tree: the first plain and the first HTML body, everything else is an attachment. */
    private static final class Bodies {
        private String text;
        private String html;
        private final List<Attachment> attachments = new ArrayList<>();

        void walk(Part part) throws MessagingException, IOException {
            if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    walk(multipart.getBodyPart(i));
                }
                return;
            }
            String fileName = fileName(part);
            boolean attached = fileName != null || Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition());
            if (!attached && text == null && part.isMimeType("text/plain")) {
                text = textOf(part);
            } else if (!attached && html == null && part.isMimeType("text/html")) {
                html = textOf(part);
            } else {
                String type = baseType(part);
                String name = fileName != null
                        ? fileName
                        : "part-" + (attachments.size() + 1) + EXTENSIONS.getOrDefault(type, ".bin");
                attachments.add(new Attachment(
                        attachments.size(),
                        name,
                        type,
                        bytesOf(part),
                        contentId(part),
                        Part.INLINE.equalsIgnoreCase(part.getDisposition())));
            }
        }
    }

    /**
     * Jakarta Mail decodes RFC 2231 ({@code filename*=UTF-8''...}) itself; RFC 2047 in a file name
     * ({@code filename="=?UTF-8?B?...?="}) is not standard, so it only does that when a system property says so.
     * Decoding it here does not depend on who set which property first.
     */
    static String fileName(Part part) throws MessagingException {
        String name = part.getFileName();
        if (name == null || name.isBlank()) {
            return null;
        }
        if (name.contains("=?")) {
            try {
                return MimeUtility.decodeText(name);
            } catch (UnsupportedEncodingException e) {
                return name;
            }
        }
        return name;
    }

    private static String textOf(Part part) throws MessagingException, IOException {
        try {
            Object content = part.getContent();
            if (content instanceof String string) {
                return string;
            }
        } catch (UnsupportedEncodingException unknownCharset) {
            // Falls through to UTF-8, the only charset the services send.
        }
        return new String(bytesOf(part), StandardCharsets.UTF_8);
    }

    private static byte[] bytesOf(Part part) throws MessagingException, IOException {
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        }
    }

    private static String baseType(Part part) throws MessagingException {
        try {
            return new ContentType(part.getContentType()).getBaseType().toLowerCase(Locale.ROOT);
        } catch (ParseException | NullPointerException e) {
            return "application/octet-stream";
        }
    }

    private static String contentId(Part part) throws MessagingException {
        if (part instanceof MimePart mime && mime.getContentID() != null) {
            String id = mime.getContentID().strip();
            return id.startsWith("<") && id.endsWith(">") ? id.substring(1, id.length() - 1) : id;
        }
        return null;
    }
}
