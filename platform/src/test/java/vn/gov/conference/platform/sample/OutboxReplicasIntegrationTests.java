package vn.gov.conference.platform.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.TestPropertySource;
import vn.gov.conference.contracts.EventCatalog;
import vn.gov.conference.contracts.Topics;
import vn.gov.conference.platform.cluster.Leases;
import vn.gov.conference.platform.events.OutboxRelay;
import vn.gov.conference.testing.EventRecorder;
import vn.gov.conference.testing.IntegrationTest;
import vn.gov.conference.testing.RecordedEvent;

/**
 * Two replicas' relays on the same collections: two {@link OutboxRelay} instances, each with its own lease owner, on
 * the context's database and broker. One context is enough to stand for two processes here: the relays share nothing
 * in memory (each has its own hints, thread and owner name), only MongoDB and Kafka, exactly as two replicas do; the
 * context's own relay is stopped meanwhile, so that the two under test are the only ones. Every event is read back
 * from the topic.
 */
@IntegrationTest
@TestPropertySource(properties = "conference.events.relay-interval=20ms")
class OutboxReplicasIntegrationTests {

    private static final Duration LEASE = Duration.ofSeconds(2);
    private static EventRecorder events;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    StreamBridge bridge;

    @Autowired
    OutboxRelay contextRelay;

    private final List<OutboxRelay> relays = new ArrayList<>();

    @BeforeAll
    static void listen() {
        events = EventRecorder.listen(Topics.PLAN);
    }

    @AfterAll
    static void stopListening() {
        events.close();
    }

    @BeforeEach
    void onlyTheTwoReplicas() {
        contextRelay.stop();
    }

    @AfterEach
    void restore() {
        relays.forEach(OutboxRelay::stop);
        contextRelay.start();
    }

    private OutboxRelay replica(String name) {
        OutboxRelay relay = new OutboxRelay(
                mongo,
                bridge,
                contextRelay.collections(),
                "urn:conference:sample",
                Duration.ofMillis(20),
                100,
                new Leases(mongo, "outbox_leases", name),
                LEASE,
                new SimpleMeterRegistry());
        relays.add(relay);
        return relay;
    }

    /** Documents with three events each, written straight to the collection: no save tells a relay about them. */
    private List<String> pendingParcels(int count) {
        List<Document> documents = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Parcel parcel = Parcel.create("tien-giang");
            for (int n = 1; n <= 3; n++) {
                parcel.cancel("lần " + n, Instant.now());
            }
            Document document = new Document();
            mongo.getConverter().write(parcel, document);
            documents.add(document);
            ids.add(parcel.id());
        }
        mongo.getCollection("parcels").insertMany(documents);
        return ids;
    }

    private static List<RecordedEvent> eventsOf(Set<String> parcels) {
        return events.all(EventCatalog.PLAN_CANCELLED.type(), e -> parcels.contains(e.subject()));
    }

    /** Each event exactly once, and each parcel's three in the order they were raised. */
    private static void assertPublishedOnceInOrder(Set<String> parcels) {
        List<RecordedEvent> published = eventsOf(parcels);
        Map<String, Long> perId =
                published.stream().collect(Collectors.groupingBy(RecordedEvent::id, Collectors.counting()));
        assertThat(perId).hasSize(parcels.size() * 3);
        assertThat(perId.values()).allMatch(times -> times == 1);
        Map<String, List<RecordedEvent>> perParcel =
                published.stream().collect(Collectors.groupingBy(RecordedEvent::subject));
        perParcel
                .values()
                .forEach(list -> assertThat(list.stream()
                                .sorted(java.util.Comparator.comparingLong(RecordedEvent::offset))
                                .map(e -> e.json().get("reason").asString())
                                .toList())
                        .containsExactly("lần 1", "lần 2", "lần 3"));
    }

    @Test
    void twoRelaysPublishEveryEventOnce() {
        Set<String> parcels = new HashSet<>(pendingParcels(300));
        replica("replica-a").start();
        replica("replica-b").start();

        events.awaitCount(
                EventCatalog.PLAN_CANCELLED.type(), e -> parcels.contains(e.subject()), 900, Duration.ofSeconds(60));
        // Anything published twice would arrive right after: let the relays run on a little.
        events.during(Duration.ofSeconds(1), EventCatalog.PLAN_CANCELLED.type(), e -> true);

        assertPublishedOnceInOrder(parcels);
        assertThat(mongo.getCollection("parcels")
                        .countDocuments(new Document("outbox.0", new Document("$exists", true))))
                .isZero();
    }

    @Test
    void whenOneRelayStopsMidWayTheOtherFinishes() {
        Set<String> parcels = new HashSet<>(pendingParcels(300));
        OutboxRelay a = replica("replica-a");
        OutboxRelay b = replica("replica-b");
        a.start();
        b.start();
        events.awaitCount(
                EventCatalog.PLAN_CANCELLED.type(), e -> parcels.contains(e.subject()), 90, Duration.ofSeconds(60));
        a.stop();

        events.awaitCount(
                EventCatalog.PLAN_CANCELLED.type(), e -> parcels.contains(e.subject()), 900, Duration.ofSeconds(30));
        events.during(Duration.ofSeconds(1), EventCatalog.PLAN_CANCELLED.type(), e -> true);
        assertPublishedOnceInOrder(parcels);
    }

    @Test
    void documentsOfARelayThatDiedAreTakenOverWhenItsLeasesExpire() {
        List<String> ids = pendingParcels(20);
        Set<String> parcels = new HashSet<>(ids);
        // A relay that died holding these documents: its leases are never released, only expire.
        Leases dead = new Leases(mongo, "outbox_leases", "dead-replica");
        ids.forEach(id -> assertThat(dead.tryAcquire("parcels/" + id, LEASE)).isTrue());
        Instant died = Instant.now();

        replica("survivor").start();
        await().pollDelay(Duration.ofMillis(LEASE.toMillis() / 2))
                .atMost(Duration.ofMillis(LEASE.toMillis() / 2 + 100))
                .until(() -> true);
        assertThat(eventsOf(parcels))
                .as("nothing while the dead relay's leases last")
                .isEmpty();

        events.awaitCount(
                EventCatalog.PLAN_CANCELLED.type(), e -> parcels.contains(e.subject()), 60, Duration.ofSeconds(10));
        Duration takeover = Duration.between(died, Instant.now());
        assertThat(takeover).isLessThan(LEASE.plusSeconds(3));
        events.during(Duration.ofMillis(500), EventCatalog.PLAN_CANCELLED.type(), e -> true);
        assertPublishedOnceInOrder(parcels);
    }

    @Test
    void twoRelaysToldOfTheSameSavesPublishEveryEventOnceInOrder() {
        // Both replicas are woken for every document at once (as if each had saved it): they publish several
        // documents at a time and take each lease with an insert first, so they collide on most of them.
        List<String> ids = pendingParcels(200);
        Set<String> parcels = new HashSet<>(ids);
        OutboxRelay a = replica("replica-a");
        OutboxRelay b = replica("replica-b");
        a.start();
        b.start();
        ids.forEach(id -> {
            a.wakeUp("parcels", id);
            b.wakeUp("parcels", id);
        });

        events.awaitCount(
                EventCatalog.PLAN_CANCELLED.type(), e -> parcels.contains(e.subject()), 600, Duration.ofSeconds(60));
        events.during(Duration.ofSeconds(1), EventCatalog.PLAN_CANCELLED.type(), e -> true);
        assertPublishedOnceInOrder(parcels);
    }

    @Test
    void aLeaseThoughtFreeIsStillHeldByOneOwner() {
        Leases a = new Leases(mongo, "test_leases", "a");
        Leases b = new Leases(mongo, "test_leases", "b");
        assertThat(a.tryAcquireLikelyFree("y", Duration.ofMillis(300))).isTrue();
        assertThat(b.tryAcquireLikelyFree("y", Duration.ofMillis(300))).isFalse();
        assertThat(a.tryAcquireLikelyFree("y", Duration.ofMillis(300)))
                .as("held, even for its owner")
                .isFalse();
        await().atMost(Duration.ofSeconds(2)).until(() -> b.tryAcquireLikelyFree("y", LEASE));
        assertThat(b.holder("y")).isEqualTo("b");
        b.release("y");
        assertThat(a.tryAcquireLikelyFree("y", LEASE)).isTrue();
        a.release("y");
    }

    @Test
    void aLeaseHasOneOwnerAtATime() {
        Leases a = new Leases(mongo, "test_leases", "a");
        Leases b = new Leases(mongo, "test_leases", "b");
        assertThat(a.tryAcquire("x", Duration.ofMillis(300))).isTrue();
        assertThat(b.tryAcquire("x", Duration.ofMillis(300))).isFalse();
        assertThat(a.tryAcquire("x", Duration.ofMillis(300)))
                .as("held, even for its owner")
                .isFalse();
        assertThat(a.renew("x", Duration.ofMillis(300)))
                .as("its owner extends it")
                .isTrue();
        assertThat(b.renew("x", LEASE)).isFalse();
        await().atMost(Duration.ofSeconds(2)).until(() -> b.tryAcquire("x", LEASE));
        assertThat(a.renew("x", LEASE)).as("expired and taken").isFalse();
        a.release("x");
        assertThat(b.holder("x")).isEqualTo("b");
        b.release("x");
        assertThat(a.tryAcquire("x", LEASE)).isTrue();
    }

    @Test
    void manyLeasesTakenAtOnceLeaveThoseHeldByAnotherOwnerToIt() {
        Leases a = new Leases(mongo, "test_leases", "a");
        Leases b = new Leases(mongo, "test_leases", "b");
        assertThat(b.tryAcquire("m2", LEASE)).isTrue();

        Set<String> held = a.tryAcquireAllLikelyFree(List.of("m1", "m2", "m3"), LEASE);

        assertThat(held).containsExactly("m1", "m3");
        assertThat(a.holder("m2")).isEqualTo("b");
        assertThat(a.renewAll(held, LEASE)).isTrue();
        assertThat(a.renewAll(List.of("m1", "m2"), LEASE))
                .as("one of them is b's")
                .isFalse();
        a.releaseAll(List.of("m1", "m2", "m3"));
        assertThat(a.holder("m1")).isNull();
        assertThat(a.holder("m2")).as("another owner's lease is not released").isEqualTo("b");
        b.release("m2");
    }
}
