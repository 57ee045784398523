package vn.gov.conference.platform.events;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;
import vn.gov.conference.contracts.CloudEventHeaders;

/** A CloudEvent read from Kafka (binary mode): its attributes and the raw JSON data. */
public record IncomingEvent(
        String id, String source, String type, OffsetDateTime time, String subject, String tenant, byte[] data) {

    public static IncomingEvent from(Message<byte[]> message) {
        MessageHeaders headers = message.getHeaders();
        String id = header(headers, CloudEventHeaders.ID);
        String source = header(headers, CloudEventHeaders.SOURCE);
        String type = header(headers, CloudEventHeaders.TYPE);
        if (id == null || source == null || type == null) {
            throw new PoisonEventException(
                    "Not a CloudEvent: ce_id, ce_source and ce_type are required, got " + headers.keySet());
        }
        OffsetDateTime time;
        try {
            String raw = header(headers, CloudEventHeaders.TIME);
            time = raw == null ? null : OffsetDateTime.parse(raw);
        } catch (DateTimeParseException ex) {
            throw new PoisonEventException("Unreadable ce_time on event " + id, ex);
        }
        return new IncomingEvent(
                id,
                source,
                type,
                time,
                header(headers, CloudEventHeaders.SUBJECT),
                header(headers, CloudEventHeaders.TENANT),
                message.getPayload());
    }

    /** The data bound to the contract record; unknown fields are ignored, unreadable data is poison. */
    public <T> T payload(Class<T> type) {
        try {
            return EventJson.read(data, type);
        } catch (RuntimeException ex) {
            throw new PoisonEventException(
                    "Unreadable data of " + this.type + " event " + id + ": " + ex.getMessage(), ex);
        }
    }

    /** The deduplication key: CloudEvents ids are unique per source. */
    public String dedupKey() {
        return source + "|" + id;
    }

    /**
     * Spring Cloud Function recognises CloudEvents and hands functions the attributes with its canonical
     * {@code ce-} prefix; the Kafka binding writes {@code ce_}. Both name the same attribute.
     */
    private static String header(MessageHeaders headers, String name) {
        Object value = headers.containsKey(name) ? headers.get(name) : headers.get(name.replace("ce_", "ce-"));
        if (value instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return value == null ? null : value.toString();
    }
}
