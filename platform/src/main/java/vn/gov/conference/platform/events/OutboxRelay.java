package vn.gov.conference.platform.events;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
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
    /** How many documents' events are published at once (each under its own lease). */
    private static final int PARALLEL = 4;
    private final java.util.concurrent.ExecutorService publishers = java.util.concurrent.Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("outbox-publisher-", 0).factory());
    private final Set<Hint> hints = ConcurrentHashMap.newKeySet();
    private volatile boolean scanRequested;
    private volatile boolean running;
    private volatile boolean stopping;
    private Thread worker;

    public OutboxRelay(MongoTemplate mongo, StreamBridge bridge, Set<String> collections, String source,
                       Duration interval, int batchSize, MeterRegistry meters) {
        this(mongo, bridge, collections, source, interval, batchSize, new Leases(mongo, LEASES),
                Duration.ofSeconds(10), meters);
    }

    public OutboxRelay(MongoTemplate mongo, StreamBridge bridge, Set<String> collections, String source,
                       Duration interval, int batchSize, Leases leases, Duration lease, MeterRegistry meters) {
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
        }
        catch (RuntimeException ex) {
            return Double.NaN;
        }
    }

    public Set<String> collections() {
        return collections;
    }

    /** A document this instance just saved with events in its outbox. */
    private record Hint(String collection, Object id) {
    }

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
        List<Hint> batch = new ArrayList<>();
        for (Hint hint : List.copyOf(hints)) {
            if (hints.remove(hint)) {
                batch.add(hint);
            }
        }
        if (batch.size() <= 1 || PARALLEL <= 1) {
            return relayEach(batch);
        }
        // Documents are independent (each one's events under its own lease, in order): a few at once, so that one
        // document's wait for the broker and the database does not hold back the others saved meanwhile.
        List<List<Hint>> shares = new ArrayList<>();
        for (int i = 0; i < Math.min(PARALLEL, batch.size()); i++) {
            shares.add(new ArrayList<>());
        }
        for (int i = 0; i < batch.size(); i++) {
            shares.get(i % shares.size()).add(batch.get(i));
        }
        List<java.util.concurrent.Callable<Integer>> work = shares.stream()
                .<java.util.concurrent.Callable<Integer>>map(share -> () -> relayEach(share)).toList();
        int sent = 0;
        try {
            for (java.util.concurrent.Future<Integer> done : publishers.invokeAll(work)) {
                sent += done.get();
            }
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
        catch (java.util.concurrent.ExecutionException ex) {
            throw ex.getCause() instanceof RuntimeException runtime ? runtime
                    : new IllegalStateException(ex.getCause());
        }
        return sent;
    }

    private int relayEach(List<Hint> documents) {
        int sent = 0;
        for (Hint hint : documents) {
            if (stopping) {
                break;
            }
            sent += relayDocument(hint.collection(), hint.id(), true);
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
            List<Document> pending = mongo.getCollection(collection)
                    .find(Filters.exists(FIELD + ".0"))
                    .projection(new Document("_id", 1))
                    .limit(batchSize)
                    .into(new ArrayList<>());
            for (Document document : pending) {
                if (stopping) {
                    break;
                }
                sent += relayDocument(collection, document.get("_id"), false);
            }
        }
        return sent;
    }

    /**
     * Publishes one document's events under its lease; 0 when another relay holds it (that one publishes them). The
     * document is read after the lease is taken, so what a previous holder removed is not seen again.
     */
    private int relayDocument(String collection, Object id, boolean justSaved) {
        if (id == null) {
            return 0;
        }
        String name = collection + "/" + id;
        // A document this replica just saved is rarely held by another: its lease is inserted without a read first.
        if (!(justSaved ? leases.tryAcquireLikelyFree(name, lease) : leases.tryAcquire(name, lease))) {
            return 0;
        }
        try {
            // The outbox alone: an aggregate may be large (a material request keeps every version submitted).
            Document document = mongo.getCollection(collection).find(Filters.eq("_id", id))
                    .projection(new Document(FIELD, 1)).first();
            List<Document> outbox = document == null ? null : document.getList(FIELD, Document.class);
            return outbox == null || outbox.isEmpty() ? 0 : relayDocument(collection, document, outbox, name);
        }
        finally {
            leases.release(name);
        }
    }

    private int relayDocument(String collection, Document document, List<Document> outbox, String leaseName) {
        List<String> sentIds = new ArrayList<>();
        int published = 0;
        long renewedAt = System.nanoTime();
        for (Document event : outbox) {
            if (stopping) {
                break; // what was published is removed below; the rest waits for another relay
            }
            if (System.nanoTime() - renewedAt > lease.toNanos() / 3) {
                if (!leases.renew(leaseName, lease)) {
                    log.warn("Outbox lease on {} lost (expired while publishing); another relay goes on", leaseName);
                    break;
                }
                renewedAt = System.nanoTime();
            }
            String eventId = event.getString("eventId");
            if (publishedBefore(eventId)) {
                resurrected.increment();
                sentIds.add(eventId);
                continue;
            }
            Outcome outcome = publish(event);
            if (outcome == Outcome.PARK) {
                park(collection, document.get("_id"), event);
                sentIds.add(eventId);
                continue;
            }
            if (outcome == Outcome.RETRY) {
                break; // keep this document's order: later events wait for the failed one
            }
            notePublished(eventId);
            sentIds.add(eventId);
            published++;
        }
        if (!sentIds.isEmpty()) {
            mongo.getCollection(collection).updateOne(Filters.eq("_id", document.get("_id")),
                    Updates.pullByFilter(new Document(FIELD, new Document("eventId", new Document("$in", sentIds)))));
        }
        return published;
    }

    private boolean publishedBefore(String eventId) {
        return mongo.getCollection(PUBLISHED).find(Filters.eq("_id", eventId)).limit(1).first() != null;
    }

    private void notePublished(String eventId) {
        try {
            mongo.getCollection(PUBLISHED).insertOne(new Document("_id", eventId).append("at", new Date()));
        }
        catch (com.mongodb.MongoWriteException ex) {
            if (ex.getError().getCategory() != com.mongodb.ErrorCategory.DUPLICATE_KEY) {
                throw ex;
            }
            // Noted already: an earlier pass published it and stopped before removing it.
        }
    }

    /** Forgets published ids older than the retention; an aggregate saved back after that long is not expected. */
    public long forgetPublishedBefore(java.time.Instant limit) {
        return mongo.getCollection(PUBLISHED).deleteMany(Filters.lt("at", Date.from(limit))).getDeletedCount();
    }

    /** Leases of relays that stopped without giving them up (a crash), long expired: nobody needs them. */
    public long forgetAbandonedLeases() {
        return leases.forgetExpired(Duration.ofHours(1));
    }

    private enum Outcome { SENT, RETRY, PARK }

    private Outcome publish(Document event) {
        String topic = event.getString("topic");
        try {
            Message<byte[]> message = MessageBuilder.withPayload(event.getString("data").getBytes(StandardCharsets.UTF_8))
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
        }
        catch (RuntimeException ex) {
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
            mongo.getCollection(PARKED).insertOne(new Document("_id", eventId).append("collection", collection)
                    .append("documentId", documentId).append("event", event).append("reason", reason)
                    .append("parkedAt", new Date()));
            log.error("Outbox event {} ({} of {} {}) can never be published to {}: {}. Parked: list, retry or "
                    + "discard it at /api/admin/outbox/parked.", eventId, event.getString("type"), collection,
                    documentId, event.getString("topic"), reason);
        }
        catch (com.mongodb.MongoWriteException ex) {
            if (ex.getError().getCategory() != com.mongodb.ErrorCategory.DUPLICATE_KEY) {
                throw ex;
            }
            // Parked already (a whole-document save wrote it back): removed again, not logged again.
        }
    }

    /** The parked events, oldest first. */
    public List<Document> parked() {
        return mongo.getCollection(PARKED).find().sort(new Document("parkedAt", 1)).limit(1000)
                .into(new ArrayList<>());
    }

    /**
     * Puts a parked event back at the end of its document's outbox (after the cause was fixed, e.g. the broker's
     * limit raised). False if no such event is parked or its document is gone.
     */
    public boolean retryParked(String eventId) {
        Document parked = mongo.getCollection(PARKED).find(Filters.eq("_id", eventId)).first();
        if (parked == null) {
            return false;
        }
        String collection = parked.getString("collection");
        long matched = mongo.getCollection(collection).updateOne(Filters.eq("_id", parked.get("documentId")),
                Updates.push(FIELD, parked.get("event", Document.class))).getMatchedCount();
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
            log.warn("Parked outbox event {} ({}) discarded by an operator", eventId,
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
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                return;
            }
            catch (RuntimeException ex) {
                log.warn("Outbox pass failed, retrying: {}", ex.getMessage());
                sleepQuietly();
            }
        }
    }

    private void sleepQuietly() {
        try {
            Thread.sleep(interval.toMillis());
        }
        catch (InterruptedException ex) {
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
            }
            catch (InterruptedException ex) {
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
