package vn.gov.conference.platform.events;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.common.errors.ApiException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.RetriableException;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import vn.gov.conference.contracts.CloudEventHeaders;
import vn.gov.conference.platform.cluster.Leases;

/**
 * Publishes the events waiting in aggregate documents ({@code outbox} field) to Kafka, oldest first per document,
 * and removes each one after the broker acknowledged it (the producer is synchronous). While the broker is down
 * nothing is removed, and the relay retries on its next pass.
 * <p>
 * A service that saves a whole aggregate it loaded before the removal writes the removed event back. So every
 * published id is also noted in {@code outbox_published}, and an event found there is only removed again, not
 * published twice. What remains is at least once in the narrow case of a crash between the broker's acknowledgement
 * and that note; consumers drop such a repeat by its id.
 * <p>
 * An event the broker can never take (larger than its message limit, or refused by another non-retriable error) is
 * parked: moved out of its document's outbox into {@code outbox_parked}, logged once and counted by the gauge
 * {@code conference.outbox.parked}, so that it neither loops for ever nor holds back the events after it. An operator
 * lists, retries or discards parked events ({@link OutboxController}).
 * <p>
 * Several replicas relay the same collections: each takes a lease on a document ({@link Leases}, collection
 * {@code outbox_leases}) before it reads and publishes the document's events, renews it while publishing and gives it
 * up after the removal. So one relay at a time publishes a given document's events, in order, and another takes the
 * document over once the lease expired when its holder died. A publication that blocks for longer than the lease
 * (the broker hanging past it) may be repeated by the successor, with the same id.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    static final String FIELD = "outbox";
    static final String PUBLISHED = "outbox_published";
    static final String PARKED = "outbox_parked";
    static final String LEASES = "outbox_leases";

    private final MongoTemplate mongo;
    private final StreamBridge bridge;
    private final Set<String> collections;
    private final String source;
    private final Duration interval;
    private final int batchSize;
    private final Leases leases;
    private final Duration lease;
    private final Counter published;
    private final Counter failures;
    private final Counter resurrected;
    private final Semaphore wakeUp = new Semaphore(0);
    /** How many documents' events go to the broker at once (each document's in order, under its own lease). */
    private static final int PARALLEL = 16;

    private final ExecutorService publishers = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("outbox-publisher-", 0).factory());
    private final Set<Hint> hints = ConcurrentHashMap.newKeySet();
    private volatile boolean scanRequested;
    private volatile boolean running;
    private volatile boolean stopping;
    private Thread worker;

    public OutboxRelay(
            MongoTemplate mongo,
            StreamBridge bridge,
            Set<String> collections,
            String source,
            Duration interval,
            int batchSize,
            MeterRegistry meters) {
        this(
                mongo,
                bridge,
                collections,
                source,
                interval,
                batchSize,
                new Leases(mongo, LEASES),
                Duration.ofSeconds(10),
                meters);
    }

    public OutboxRelay(
            MongoTemplate mongo,
            StreamBridge bridge,
            Set<String> collections,
            String source,
            Duration interval,
            int batchSize,
            Leases leases,
            Duration lease,
            MeterRegistry meters) {
        this.mongo = mongo;
        this.leases = leases;
        this.lease = lease;
        this.bridge = bridge;
        this.collections = Set.copyOf(collections);
        this.source = source;
        this.interval = interval;
        this.batchSize = batchSize;
        this.published = Counter.builder("conference.outbox.published").register(meters);
        this.failures = Counter.builder("conference.outbox.failures").register(meters);
        this.resurrected = Counter.builder("conference.outbox.resurrected")
                .description("published events a whole-document save wrote back; removed, not published again")
                .register(meters);
        Gauge.builder("conference.outbox.parked", this::parkedCount)
                .description("events the broker can never take, waiting for an operator to retry or discard them")
                .register(meters);
    }

    private double parkedCount() {
        try {
            return mongo.getCollection(PARKED).countDocuments();
        } catch (RuntimeException ex) {
            return Double.NaN;
        }
    }

    public Set<String> collections() {
        return collections;
    }

    /** A document this instance just saved with events in its outbox. */
    private record Hint(String collection, Object id) {}

    /**
     * Relay the events of this saved document now: found by its id, so it costs no search. Called after every save of
     * an aggregate with pending events.
     */
    public void wakeUp(String collection, Object id) {
        if (collections.contains(collection) && id != null) {
            hints.add(new Hint(collection, id));
            signal();
        }
    }

    /** Search every outbox collection now instead of at the next interval. */
    public void wakeUp() {
        scanRequested = true;
        signal();
    }

    private void signal() {
        if (wakeUp.availablePermits() == 0) {
            wakeUp.release();
        }
    }

    /**
     * The documents this instance was told about, by id. Returns how many events were published. Searching every
     * collection on each save would cost a collection scan per save on the local stand-in (it has no index for
     * {@code outbox.0}) and on a real database without a partial index; the search runs at the interval instead.
     */
    int relayHinted() {
        Map<String, List<Object>> byCollection = new LinkedHashMap<>();
        for (Hint hint : List.copyOf(hints)) {
            if (hints.remove(hint)) {
                byCollection
                        .computeIfAbsent(hint.collection(), c -> new ArrayList<>())
                        .add(hint.id());
            }
        }
        int sent = 0;
        for (Map.Entry<String, List<Object>> saved : byCollection.entrySet()) {
            List<Object> ids = saved.getValue();
            for (int from = 0; from < ids.size(); from += batchSize) {
                sent += relayDocuments(saved.getKey(), ids.subList(from, Math.min(ids.size(), from + batchSize)), true);
            }
        }
        return sent;
    }

    /**
     * One search over every outbox collection: what no hint named (saved by another instance, left by a failed
     * publication or a crash). Returns how many events were published.
     */
    public int relayPending() {
        int sent = 0;
        for (String collection : collections) {
            if (stopping) {
                break;
            }
            List<Object> pending = new ArrayList<>();
            mongo.getCollection(collection)
                    .find(Filters.exists(FIELD + ".0"))
                    .projection(new Document("_id", 1))
                    .limit(batchSize)
                    .forEach(document -> pending.add(document.get("_id")));
            sent += relayDocuments(collection, pending, false);
        }
        return sent;
    }

    /**
     * Publishes the events of these documents, each document's in order under its own lease; a document another relay
     * holds is left to that one. The work of a batch costs a fixed number of database round trips whatever its size
     * (the leases, the outboxes, the ids published before, the notes, the removals, the release), so a burst of saves
     * is published at the broker's pace rather than at six round trips an event. Documents are independent, so their
     * events go to the broker concurrently, while one document's wait does not hold back the others.
     */
    private int relayDocuments(String collection, List<Object> ids, boolean justSaved) {
        if (ids.isEmpty() || stopping) {
            return 0;
        }
        Map<String, Object> idsByLease = new LinkedHashMap<>();
        ids.forEach(id -> idsByLease.put(collection + "/" + id, id));
        // Documents this replica just saved are rarely held by another: their leases are inserted without a read.
        Set<String> held = justSaved
                ? leases.tryAcquireAllLikelyFree(idsByLease.keySet(), lease)
                : idsByLease.keySet().stream()
                        .filter(name -> leases.tryAcquire(name, lease))
                        .collect(Collectors.toCollection(LinkedHashSet::new));
        if (held.isEmpty()) {
            return 0;
        }
        try {
            // Read after the leases are taken, so what a previous holder removed is not seen again; the outbox alone,
            // as an aggregate may be large (a material request keeps every version submitted).
            List<Document> documents = mongo.getCollection(collection)
                    .find(Filters.in("_id", held.stream().map(idsByLease::get).toList()))
                    .projection(new Document(FIELD, 1))
                    .into(new ArrayList<>());
            documents.removeIf(document -> outboxOf(document).isEmpty());
            if (documents.isEmpty()) {
                return 0;
            }
            Set<String> publishedBefore = publishedAmong(documents);
            LeaseKeeper keeper = new LeaseKeeper(held);
            List<Relayed> relayed = new ArrayList<>();
            RuntimeException failure = publishAll(collection, documents, publishedBefore, keeper, relayed);
            notePublished(relayed.stream().flatMap(r -> r.published().stream()).toList());
            removeFromOutboxes(collection, relayed);
            if (failure != null) {
                throw failure; // after what the others sent was noted and removed
            }
            return relayed.stream().mapToInt(r -> r.published().size()).sum();
        } finally {
            leases.releaseAll(held);
        }
    }

    /** What a pass did with one document's outbox. */
    private record Relayed(Object documentId, List<String> removed, List<String> published) {}

    /**
     * One task per document, a few at a time; the first failure of a task is returned once every task ended, and what
     * the failed ones had published is lost to this pass only (left in the outbox, published again, same id).
     */
    private RuntimeException publishAll(
            String collection,
            List<Document> documents,
            Set<String> publishedBefore,
            LeaseKeeper keeper,
            List<Relayed> relayed) {
        if (documents.size() == 1) {
            try {
                relayed.add(publishOutbox(collection, documents.getFirst(), publishedBefore, keeper));
                return null;
            } catch (RuntimeException ex) {
                return ex;
            }
        }
        Semaphore slots = new Semaphore(PARALLEL);
        List<Future<Relayed>> tasks = new ArrayList<>();
        for (Document document : documents) {
            tasks.add(publishers.submit(() -> {
                slots.acquire();
                try {
                    return publishOutbox(collection, document, publishedBefore, keeper);
                } finally {
                    slots.release();
                }
            }));
        }
        RuntimeException failure = null;
        for (Future<Relayed> task : tasks) {
            try {
                relayed.add(task.get());
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                failure = failure != null ? failure : new IllegalStateException("Interrupted while publishing", ex);
            } catch (ExecutionException ex) {
                failure = failure != null
                        ? failure
                        : ex.getCause() instanceof RuntimeException runtime
                                ? runtime
                                : new IllegalStateException(ex.getCause());
            }
        }
        return failure;
    }

    /** Publishes one document's events in order, until one fails (the rest wait behind it) or the leases are lost. */
    private Relayed publishOutbox(
            String collection, Document document, Set<String> publishedBefore, LeaseKeeper keeper) {
        List<String> removed = new ArrayList<>();
        List<String> sent = new ArrayList<>();
        for (Document event : outboxOf(document)) {
            if (stopping || !keeper.stillHeld()) {
                break; // what was published is removed; the rest waits for another pass or relay
            }
            String eventId = event.getString("eventId");
            if (publishedBefore.contains(eventId)) {
                resurrected.increment();
                removed.add(eventId);
                continue;
            }
            Outcome outcome = publish(event);
            if (outcome == Outcome.PARK) {
                park(collection, document.get("_id"), event);
                removed.add(eventId);
                continue;
            }
            if (outcome == Outcome.RETRY) {
                break; // keep this document's order: later events wait for the failed one
            }
            removed.add(eventId);
            sent.add(eventId);
        }
        return new Relayed(document.get("_id"), removed, sent);
    }

    private static List<Document> outboxOf(Document document) {
        List<Document> outbox = document.getList(FIELD, Document.class);
        return outbox == null ? List.of() : outbox;
    }

    /**
     * Renews a batch's leases while its events are published (a slow broker), all at once, by whichever task notices
     * first; once one lease is lost, the whole batch stops, as another relay may now publish that document.
     */
    private final class LeaseKeeper {

        private final Set<String> names;
        private long renewedAt = System.nanoTime();
        private boolean lost;

        LeaseKeeper(Set<String> names) {
            this.names = names;
        }

        synchronized boolean stillHeld() {
            if (!lost && System.nanoTime() - renewedAt > lease.toNanos() / 3) {
                lost = !leases.renewAll(names, lease);
                renewedAt = System.nanoTime();
                if (lost) {
                    log.warn("Outbox lease on one of {} lost (expired while publishing); another relay goes on", names);
                }
            }
            return !lost;
        }
    }

    /** The ids among these documents' events that were published before (saved back by a whole-document save). */
    private Set<String> publishedAmong(List<Document> documents) {
        List<String> eventIds = documents.stream()
                .flatMap(document -> outboxOf(document).stream())
                .map(event -> event.getString("eventId"))
                .toList();
        Set<String> found = new HashSet<>();
        mongo.getCollection(PUBLISHED)
                .find(Filters.in("_id", eventIds))
                .projection(new Document("_id", 1))
                .forEach(noted -> found.add(noted.getString("_id")));
        return found;
    }

    /** Notes the published ids (before they are removed, so that a save that writes them back is recognised). */
    private void notePublished(List<String> eventIds) {
        if (eventIds.isEmpty()) {
            return;
        }
        Date now = new Date();
        List<Document> notes = eventIds.stream()
                .map(id -> new Document("_id", id).append("at", now))
                .toList();
        try {
            mongo.getCollection(PUBLISHED).insertMany(notes, new InsertManyOptions().ordered(false));
        } catch (MongoBulkWriteException ex) {
            for (BulkWriteError error : ex.getWriteErrors()) {
                if (error.getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw ex;
                }
                // Noted already: an earlier pass published it and stopped before removing it.
            }
        }
    }

    /** Removes what each document's pass handled from its outbox: one bulk write for the batch. */
    private void removeFromOutboxes(String collection, List<Relayed> relayed) {
        List<UpdateOneModel<Document>> removals = relayed.stream()
                .filter(r -> !r.removed().isEmpty())
                .map(r -> new UpdateOneModel<Document>(
                        Filters.eq("_id", r.documentId()),
                        Updates.pullByFilter(
                                new Document(FIELD, new Document("eventId", new Document("$in", r.removed()))))))
                .toList();
        if (!removals.isEmpty()) {
            mongo.getCollection(collection).bulkWrite(removals, new BulkWriteOptions().ordered(false));
        }
    }

    /** Forgets published ids older than the retention; an aggregate saved back after that long is not expected. */
    public long forgetPublishedBefore(java.time.Instant limit) {
        return mongo.getCollection(PUBLISHED)
                .deleteMany(Filters.lt("at", Date.from(limit)))
                .getDeletedCount();
    }

    /** Leases of relays that stopped without giving them up (a crash), long expired: nobody needs them. */
    public long forgetAbandonedLeases() {
        return leases.forgetExpired(Duration.ofHours(1));
    }

    private enum Outcome {
        SENT,
        RETRY,
        PARK
    }

    private Outcome publish(Document event) {
        String topic = event.getString("topic");
        try {
            Message<byte[]> message = MessageBuilder.withPayload(
                            event.getString("data").getBytes(StandardCharsets.UTF_8))
                    .setHeader(KafkaHeaders.KEY, event.getString("key").getBytes(StandardCharsets.UTF_8))
                    .setHeader(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE)
                    .setHeader(CloudEventHeaders.ID, event.getString("eventId"))
                    .setHeader(CloudEventHeaders.SOURCE, source)
                    .setHeader(CloudEventHeaders.TYPE, event.getString("type"))
                    .setHeader(CloudEventHeaders.TIME, timeOf(event))
                    .setHeader(CloudEventHeaders.SUBJECT, event.getString("subject"))
                    .setHeader(CloudEventHeaders.TENANT, event.getString("tenant"))
                    .setHeader(CloudEventHeaders.CONTENT_TYPE, "application/json")
                    .build();
            if (!bridge.send(topic, message)) {
                failures.increment();
                return Outcome.RETRY;
            }
            published.increment();
            return Outcome.SENT;
        } catch (RuntimeException ex) {
            failures.increment();
            Throwable permanent = permanentCause(ex);
            if (permanent != null) {
                event.put("parkedReason", permanent.getClass().getSimpleName() + ": " + permanent.getMessage());
                return Outcome.PARK;
            }
            log.warn("Outbox event {} not published to {} yet: {}", event.getString("eventId"), topic, ex.getMessage());
            return Outcome.RETRY;
        }
    }

    /**
     * The Kafka error that retrying cannot cure (a record above the message limit, an invalid topic, …), or null.
     * Kafka marks the transient ones (timeouts, leader changes, broker down) as {@link RetriableException}.
     */
    private static Throwable permanentCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof RecordTooLargeException
                    || cause instanceof ApiException && !(cause instanceof RetriableException)) {
                return cause;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }

    /** Moves the event out of the outbox: noted first, so that a crash in between leaves it parked, not lost. */
    private void park(String collection, Object documentId, Document event) {
        String eventId = event.getString("eventId");
        String reason = (String) event.remove("parkedReason");
        try {
            mongo.getCollection(PARKED)
                    .insertOne(new Document("_id", eventId)
                            .append("collection", collection)
                            .append("documentId", documentId)
                            .append("event", event)
                            .append("reason", reason)
                            .append("parkedAt", new Date()));
            log.error(
                    "Outbox event {} ({} of {} {}) can never be published to {}: {}. Parked: list, retry or "
                            + "discard it at /api/admin/outbox/parked.",
                    eventId,
                    event.getString("type"),
                    collection,
                    documentId,
                    event.getString("topic"),
                    reason);
        } catch (com.mongodb.MongoWriteException ex) {
            if (ex.getError().getCategory() != com.mongodb.ErrorCategory.DUPLICATE_KEY) {
                throw ex;
            }
            // Parked already (a whole-document save wrote it back): removed again, not logged again.
        }
    }

    /** The parked events, oldest first. */
    public List<Document> parked() {
        return mongo.getCollection(PARKED)
                .find()
                .sort(new Document("parkedAt", 1))
                .limit(1000)
                .into(new ArrayList<>());
    }

    /**
     * Puts a parked event back at the end of its document's outbox (after the cause was fixed, e.g. the broker's
     * limit raised). False if no such event is parked or its document is gone.
     */
    public boolean retryParked(String eventId) {
        Document parked =
                mongo.getCollection(PARKED).find(Filters.eq("_id", eventId)).first();
        if (parked == null) {
            return false;
        }
        String collection = parked.getString("collection");
        long matched = mongo.getCollection(collection)
                .updateOne(
                        Filters.eq("_id", parked.get("documentId")),
                        Updates.push(FIELD, parked.get("event", Document.class)))
                .getMatchedCount();
        if (matched == 0) {
            return false;
        }
        mongo.getCollection(PARKED).deleteOne(Filters.eq("_id", eventId));
        wakeUp(collection, parked.get("documentId"));
        return true;
    }

    /** Drops a parked event for good. False if no such event is parked. */
    public boolean discardParked(String eventId) {
        Document parked = mongo.getCollection(PARKED).findOneAndDelete(Filters.eq("_id", eventId));
        if (parked != null) {
            log.warn(
                    "Parked outbox event {} ({}) discarded by an operator",
                    eventId,
                    parked.get("event", Document.class).getString("type"));
        }
        return parked != null;
    }

    private static String timeOf(Document event) {
        Object time = event.get("time");
        Date date = time instanceof Date d ? d : new Date();
        return vn.gov.conference.platform.time.VietnamTime.at(date.toInstant()).toString();
    }

    private void loop() {
        long nextScan = 0;
        while (running) {
            try {
                relayHinted();
                if (scanRequested || System.nanoTime() - nextScan >= 0) {
                    scanRequested = false;
                    int sent = relayPending();
                    // A full batch may mean more is waiting: search again at once.
                    nextScan = System.nanoTime() + (sent >= batchSize ? 0 : interval.toNanos());
                }
                if (hints.isEmpty() && !scanRequested) {
                    long waitNanos = Math.max(0, nextScan - System.nanoTime());
                    wakeUp.tryAcquire(waitNanos, TimeUnit.NANOSECONDS);
                    wakeUp.drainPermits();
                }
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException ex) {
                log.warn("Outbox pass failed, retrying: {}", ex.getMessage());
                sleepQuietly();
            }
        }
    }

    private void sleepQuietly() {
        try {
            Thread.sleep(interval.toMillis());
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void start() {
        stopping = false;
        running = true;
        worker = Thread.ofPlatform().name("outbox-relay").daemon().start(this::loop);
    }

    @Override
    public void stop() {
        // Not interrupted while it publishes: an interrupted send may reach the broker unnoted, and be sent again by
        // the next holder. It finishes the event in flight, removes what it sent and gives its lease up.
        stopping = true;
        running = false;
        signal();
        if (worker != null) {
            try {
                worker.join(lease.toMillis());
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
            worker.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        // Start after the binder's bindings, stop before them.
        return Integer.MAX_VALUE - 100;
    }
}
