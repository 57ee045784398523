package vn.gov.conference.platform.events;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertManyOptions;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.messaging.Message;

/**
 * The one way services consume events: {@code consumer(router)} gives the {@code Consumer<Message<List<byte[]>>>} a
 * functional binding in batch mode needs (every binding is, see conference-platform-defaults.yml). For each poll it
 * reads the CloudEvents, skips types the router does not handle and events this consumer group already processed
 * (dedup key: group, source, id, in {@code processed_events}: one query for the poll), runs the handlers in order
 * inside the consumer's {@link EventBatchScope}, then records the events as processed (one insert for the poll).
 * A burst therefore costs a projection a few database round trips in all, where it cost four per event and queued.
 * <p>
 * Recording after the handlers (there are no multi-document transactions) means a crash in between replays them:
 * handlers must be idempotent in effect, which they are when they write with deterministic ids or upserts, or keep
 * applied event ids inside the aggregate they change.
 * <p>
 * One bad event must not hold up or drag down the others. When the poll fails, its events are handled one at a time:
 * each is tried {@code attempts} times, and one that still fails, or is unreadable ({@link PoisonEventException},
 * never retried), goes alone to the group's dead-letter topic ({@link DeadLetters}) while the others are applied. A
 * database that cannot be reached is not the event's fault: that failure propagates, and the container retries the
 * whole poll until the database is back ({@code eventBatchRetries}); events already recorded are then skipped.
 */
public class IdempotentConsumer {

    private static final Logger log = LoggerFactory.getLogger(IdempotentConsumer.class);
    static final String COLLECTION = "processed_events";

    private final MongoTemplate mongo;
    private final String group;
    private final Clock clock;
    private final MeterRegistry meters;
    private final DeadLetters deadLetters;
    private final int attempts;
    private final Duration backOff;

    public IdempotentConsumer(
            MongoTemplate mongo,
            String group,
            Clock clock,
            MeterRegistry meters,
            DeadLetters deadLetters,
            int attempts,
            Duration backOff) {
        this.mongo = mongo;
        this.group = group;
        this.clock = clock;
        this.meters = meters;
        this.deadLetters = deadLetters;
        this.attempts = Math.max(1, attempts);
        this.backOff = backOff;
    }

    public Consumer<Message<List<byte[]>>> consumer(EventRouter router) {
        return consumer(router, EventBatchScope.NONE);
    }

    public Consumer<Message<List<byte[]>>> consumer(EventRouter router, EventBatchScope scope) {
        return batch -> handle(ReceivedRecord.of(batch), router, scope);
    }

    void handle(List<ReceivedRecord> records, EventRouter router, EventBatchScope scope) {
        Map<String, Pending> pending = new LinkedHashMap<>();
        for (ReceivedRecord record : records) {
            IncomingEvent event;
            try {
                event = IncomingEvent.from(record.message());
            } catch (PoisonEventException e) {
                deadLetter(record, e, null);
                continue;
            }
            BiConsumer<IncomingEvent, byte[]> handler =
                    router.handlerFor(event.type()).orElse(null);
            if (handler == null) {
                count("skipped", event.type());
                continue;
            }
            // The same event twice in one poll (a redelivery right behind the first) is handled once.
            if (pending.putIfAbsent(key(event), new Pending(record, event, handler)) != null) {
                count("duplicate", event.type());
            }
        }
        if (pending.isEmpty()) {
            return;
        }
        for (String done : alreadyProcessed(pending.keySet())) {
            Pending duplicate = pending.remove(done);
            log.debug(
                    "Duplicate {} {} dropped",
                    duplicate.event().type(),
                    duplicate.event().id());
            count("duplicate", duplicate.event().type());
        }
        if (pending.isEmpty()) {
            return;
        }
        List<Pending> events = List.copyOf(pending.values());
        int[] handled = {0};
        try {
            scope.run(() -> {
                handled[0] = 0;
                for (Pending one : events) {
                    one.apply();
                    handled[0]++;
                }
            });
        } catch (RuntimeException batchFailure) {
            if (unreachable(batchFailure)) {
                throw batchFailure;
            }
            log.info(
                    "A poll of {} events failed ({}); handling them one at a time",
                    events.size(),
                    batchFailure.toString());
            // Handlers that write for themselves have stored the events before the failing one: those are done.
            // A scope that writes at the end stored nothing of the poll, so its events are all handled again.
            int done = scope == EventBatchScope.NONE ? handled[0] : 0;
            if (done > 0) {
                markProcessed(events.subList(0, done));
            }
            oneAtATime(events.subList(done, events.size()), scope);
            return;
        }
        markProcessed(events);
    }

    /** Each event alone, in order, so that only the one that keeps failing is dead-lettered. */
    private void oneAtATime(List<Pending> events, EventBatchScope scope) {
        for (Pending one : events) {
            for (int attempt = 1; ; attempt++) {
                try {
                    scope.run(one::apply);
                    markProcessed(List.of(one));
                    break;
                } catch (RuntimeException failure) {
                    if (unreachable(failure)) {
                        throw failure;
                    }
                    if (failure instanceof PoisonEventException || attempt >= attempts) {
                        deadLetter(one.record(), failure, one.event().type());
                        break;
                    }
                    pause(backOff.multipliedBy(1L << Math.min(attempt - 1, 4)));
                }
            }
        }
    }

    /** Which of these keys this group has already processed: one query for the poll. */
    Set<String> alreadyProcessed(Set<String> keys) {
        Set<String> done = new HashSet<>();
        for (Document found :
                mongo.getCollection(COLLECTION).find(Filters.in("_id", keys)).projection(new Document("_id", 1))) {
            done.add(found.getString("_id"));
        }
        return done;
    }

    private void markProcessed(java.util.Collection<Pending> processed) {
        Date now = Date.from(clock.instant());
        List<Document> notes = new ArrayList<>(processed.size());
        for (Pending one : processed) {
            notes.add(new Document("_id", key(one.event()))
                    .append("type", one.event().type())
                    .append("subject", one.event().subject())
                    .append("processedAt", now));
        }
        try {
            mongo.getCollection(COLLECTION).insertMany(notes, new InsertManyOptions().ordered(false));
        } catch (MongoBulkWriteException | DuplicateKeyException e) {
            // Some were recorded concurrently by a redelivery: the effect was idempotent, nothing to record twice.
            if (e instanceof MongoBulkWriteException bulk
                    && bulk.getWriteErrors().stream().anyMatch(error -> error.getCode() != 11000)) {
                throw e;
            }
        }
        processed.forEach(one -> count("processed", one.event().type()));
    }

    private void deadLetter(ReceivedRecord record, Exception cause, String type) {
        log.warn(
                "Event at {} dead-lettered to {}: {}",
                record.describe(),
                DeadLetters.topic(record.topic(), group),
                cause.toString());
        deadLetters.send(record, group, cause);
        count("dead-lettered", type == null ? "unreadable" : type);
    }

    /** The database cannot be reached: no event is to blame, the poll waits for it. */
    private static boolean unreachable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException
                    || cause instanceof MongoSocketException
                    || cause instanceof MongoTimeoutException) {
                return true;
            }
        }
        return false;
    }

    /** Forgets processed events older than the retention (the stand-in has no TTL indexes, so we sweep). */
    public long forgetOlderThan(Duration retention) {
        Date limit = Date.from(clock.instant().minus(retention));
        return mongo.getCollection(COLLECTION)
                .deleteMany(Filters.lt("processedAt", limit))
                .getDeletedCount();
    }

    private String key(IncomingEvent event) {
        return group + "|" + event.dedupKey();
    }

    private void count(String outcome, String type) {
        meters.counter("conference.events.consumed", "outcome", outcome, "type", type)
                .increment();
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while retrying an event", e);
        }
    }

    /** An event of the poll waiting for its handler. */
    private record Pending(ReceivedRecord record, IncomingEvent event, BiConsumer<IncomingEvent, byte[]> handler) {

        void apply() {
            handler.accept(event, event.data());
        }
    }
}
