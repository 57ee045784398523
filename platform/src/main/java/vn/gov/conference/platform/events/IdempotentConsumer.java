package vn.gov.conference.platform.events;

import com.mongodb.client.model.Filters;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.messaging.Message;

/**
 * The one way services consume events: {@code consumer(router)} gives the {@code Consumer<Message<byte[]>>} a
 * functional binding needs. It reads the CloudEvent, skips types the router does not handle, skips events this
 * consumer group already processed (dedup key: group, source, id — stored in {@code processed_events}), runs the
 * handler, then records the event as processed.
 * <p>
 * Recording after the handler (there are no multi-document transactions) means a crash in between replays the
 * event: handlers must be idempotent in effect, which they are when they write with deterministic ids or upserts,
 * or keep applied event ids inside the aggregate they change. Exceptions propagate, so the binder retries and then
 * dead-letters the message; {@link PoisonEventException} is not retried.
 */
public class IdempotentConsumer {

    private static final Logger log = LoggerFactory.getLogger(IdempotentConsumer.class);
    static final String COLLECTION = "processed_events";

    private final MongoTemplate mongo;
    private final String group;
    private final Clock clock;
    private final MeterRegistry meters;

    public IdempotentConsumer(MongoTemplate mongo, String group, Clock clock, MeterRegistry meters) {
        this.mongo = mongo;
        this.group = group;
        this.clock = clock;
        this.meters = meters;
    }

    public Consumer<Message<byte[]>> consumer(EventRouter router) {
        return message -> handle(message, router);
    }

    public void handle(Message<byte[]> message, EventRouter router) {
        IncomingEvent event = IncomingEvent.from(message);
        BiConsumer<IncomingEvent, byte[]> handler =
                router.handlerFor(event.type()).orElse(null);
        if (handler == null) {
            count("skipped", event);
            return;
        }
        String key = group + "|" + event.dedupKey();
        if (alreadyProcessed(key)) {
            log.debug("Duplicate {} {} dropped", event.type(), event.id());
            count("duplicate", event);
            return;
        }
        handler.accept(event, event.data());
        markProcessed(key, event);
        count("processed", event);
    }

    public boolean alreadyProcessed(String key) {
        return mongo.getCollection(COLLECTION)
                        .find(Filters.eq("_id", key))
                        .limit(1)
                        .first()
                != null;
    }

    private void markProcessed(String key, IncomingEvent event) {
        try {
            mongo.getCollection(COLLECTION)
                    .insertOne(new Document("_id", key)
                            .append("type", event.type())
                            .append("subject", event.subject())
                            .append("processedAt", Date.from(clock.instant())));
        } catch (com.mongodb.MongoWriteException | DuplicateKeyException ex) {
            // Processed concurrently by a redelivery: the effect was idempotent, nothing to record twice.
        }
    }

    /** Forgets processed events older than the retention (the stand-in has no TTL indexes, so we sweep). */
    public long forgetOlderThan(Duration retention) {
        Date limit = Date.from(clock.instant().minus(retention));
        return mongo.getCollection(COLLECTION)
                .deleteMany(Filters.lt("processedAt", limit))
                .getDeletedCount();
    }

    private void count(String outcome, IncomingEvent event) {
        meters.counter("conference.events.consumed", "outcome", outcome, "type", event.type())
                .increment();
    }
}
