package vn.gov.conference.platform.events;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import vn.gov.conference.contracts.EventCatalog;
import vn.gov.conference.contracts.EventType;

/**
 * An event waiting to be published, stored inside the aggregate document that raised it (field {@code outbox}), so
 * that the state change and its event are written by one single-document write: MongoDB (and its embedded stand-in)
 * needs no transaction for that. The {@link OutboxRelay} publishes it and then removes it by id.
 *
 * @param eventId the CloudEvents id; consumers deduplicate on (source, id)
 * @param type    the CloudEvents type, from the {@link EventCatalog}
 * @param topic   the Kafka topic of that type
 * @param key     the record key: the plan id, so one plan's events stay in order
 * @param subject the CloudEvents subject: the id of the thing the event is about
 * @param tenant  the province that owns it (null for tenant-less events)
 * @param time    when it happened
 * @param data    the payload as JSON text, written once here so the stored form never depends on object mapping
 */
public record OutboxMessage(
        String eventId,
        String type,
        String topic,
        String key,
        String subject,
        String tenant,
        Instant time,
        String data) {

    public OutboxMessage {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(data, "data");
    }

    /** An event about {@code subject}, keyed by {@code planId}; the type and topic come from the payload's class. */
    public static OutboxMessage of(Object payload, String planId, String subject, String tenant, Instant time) {
        EventType<?> type = EventCatalog.forPayload(payload.getClass());
        return new OutboxMessage(
                UUID.randomUUID().toString(),
                type.type(),
                type.topic(),
                planId,
                subject == null ? planId : subject,
                tenant,
                time,
                EventJson.write(payload));
    }

    /** An event about the plan itself. */
    public static OutboxMessage of(Object payload, String planId, String tenant, Instant time) {
        return of(payload, planId, planId, tenant, time);
    }
}
