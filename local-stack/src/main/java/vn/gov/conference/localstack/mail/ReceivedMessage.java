package vn.gov.conference.localstack.mail;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One message as the SMTP sink received it: the envelope, the exact MIME source, and what a person reads in
 * it (headers decoded from RFC 2047, bodies decoded from their charset, attachment names from RFC 2231).
 *
 * @param envelopeRecipients every RCPT TO, so Bcc recipients show up here and nowhere else
 * @param messageId          the Message-ID header as written, angle brackets included; a message sent again keeps it
 * @param problem            why the source could not be read, when it could not; the raw source is kept anyway
 */
record ReceivedMessage(
        long id,
        Instant receivedAt,
        String envelopeFrom,
        List<String> envelopeRecipients,
        byte[] raw,
        Mailbox from,
        List<Mailbox> to,
        List<Mailbox> cc,
        List<Mailbox> replyTo,
        String subject,
        String messageId,
        Instant sentAt,
        String text,
        String html,
        List<Attachment> attachments,
        String problem) {

    /** A decoded address: the display name as written (diacritics intact) and the address. */
    record Mailbox(String name, String address) {

        @Override
        public String toString() {
            return name == null || name.isBlank() ? address : name + " <" + address + ">";
        }
    }

    /**
     * A part that is not the message's text or HTML body: a file, a calendar invitation, an inline image.
     *
     * @param index     position in {@link #attachments()}, as used in the download address
     * @param contentId the Content-ID without angle brackets, for HTML bodies that show it inline
     */
    record Attachment(int index, String name, String contentType, byte[] content, String contentId, boolean inline) {

        int size() {
            return content.length;
        }
    }

    ReceivedMessage withId(long newId) {
        return new ReceivedMessage(
                newId,
                receivedAt,
                envelopeFrom,
                envelopeRecipients,
                raw,
                from,
                to,
                cc,
                replyTo,
                subject,
                messageId,
                sentAt,
                text,
                html,
                attachments,
                problem);
    }

    Optional<Attachment> attachment(int index) {
        return index >= 0 && index < attachments.size() ? Optional.of(attachments.get(index)) : Optional.empty();
    }

    /** Whether the message was addressed to this address in any way (To, Cc or Bcc), ignoring case. */
    boolean isFor(String address) {
        return envelopeRecipients.stream().anyMatch(address::equalsIgnoreCase)
                || to.stream().anyMatch(m -> address.equalsIgnoreCase(m.address()))
                || cc.stream().anyMatch(m -> address.equalsIgnoreCase(m.address()));
    }
}
