package vn.gov.conference.notification.email;

import java.util.List;
import java.util.Objects;

/**
 * What an email says: a subject, a plain text part and its HTML twin, an optional calendar invitation (sent both as
 * the text/calendar alternative calendar programs act on and as an .ics attachment) and other attachments.
 */
public record EmailContent(String subject, String text, String html, Calendar calendar, List<Attachment> attachments) {

    /** An iCalendar object and its iTIP method (REQUEST or CANCEL); {@code fileName} names the .ics attachment. */
    public record Calendar(String ics, String method, String fileName) {}

    /** {@code contentId} set: shown inside the HTML ({@code cid:…}) rather than listed as an attachment. */
    public record Attachment(String fileName, String contentType, byte[] data, String contentId) {

        public Attachment {
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(contentType, "contentType");
            Objects.requireNonNull(data, "data");
        }

        public boolean inline() {
            return contentId != null;
        }
    }

    public EmailContent {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }
}
