package vn.gov.conference.notification.email;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * An outbound email's id, derived from the cause (the event or request that wants it sent) and the recipient: the
 * same cause can never produce two emails to one recipient, however often Kafka redelivers the event.
 */
public record EmailId(String value) {

    public EmailId {
        Objects.requireNonNull(value, "value");
    }

    public static EmailId of(String cause, String recipient) {
        String key = cause + "|" + recipient.strip().toLowerCase(Locale.ROOT);
        return new EmailId("em-" + UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public String toString() {
        return value;
    }
}
