package vn.gov.conference.platform.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.model.Filters;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.gov.conference.contracts.EventCatalog;
import vn.gov.conference.contracts.Topics;
import vn.gov.conference.contracts.plan.PlanEvents.PlanCancelled;
import vn.gov.conference.testing.EventRecorder;
import vn.gov.conference.testing.IntegrationTest;
import vn.gov.conference.testing.RecordedEvent;
import vn.gov.conference.testing.TestEvents;

/**
 * The event plumbing every service stands on, on a real (embedded KRaft) broker and the MongoDB stand-in: the outbox
 * publishes once, a redelivered duplicate changes nothing, a poison message is dead-lettered and the partition flows.
 */
@IntegrationTest
class EventPlumbingIntegrationTests {

    private static final String DEAD_LETTERS = "error.conference.plan.v1.platform-sample";
    private static EventRecorder events;

    @Autowired
    Parcels parcels;

    @Autowired
    MongoTemplate mongo;

    @BeforeAll
    static void listen() {
        events = EventRecorder.listen(Topics.PLAN, DEAD_LETTERS);
    }

    @AfterAll
    static void stopListening() {
        events.close();
    }

    @Test
    void publishesTheOutboxEventOnceAsACloudEventAndEmptiesTheOutbox() {
        Parcel parcel = Parcel.create("tien-giang");
        parcel.cancel("Hoãn do bão số 3", Instant.now());
        parcels.save(parcel);

        RecordedEvent event = events.await(
                EventCatalog.PLAN_CANCELLED.type(), e -> parcel.id().equals(e.subject()));
        assertThat(event.key()).isEqualTo(parcel.id());
        assertThat(event.source()).isEqualTo("urn:conference:platform-sample");
        assertThat(event.tenant()).isEqualTo("tien-giang");
        assertThat(event.time()).endsWith("+07:00");
        assertThat(event.payload(PlanCancelled.class).reason()).isEqualTo("Hoãn do bão số 3");

        await().atMost(Duration.ofSeconds(20)).until(() -> appliedCount(parcel.id()) == 1);
        assertThat(parcels.findById(parcel.id()).orElseThrow().outbox()).isEmpty();
        assertThat(events.during(
                        Duration.ofMillis(500),
                        EventCatalog.PLAN_CANCELLED.type(),
                        e -> parcel.id().equals(e.subject())))
                .hasSize(1);
    }

    @Test
    void aPublishedEventThatAWholeDocumentSaveWritesBackIsRemovedNotPublishedAgain() {
        Parcel parcel = Parcel.create("dong-thap");
        parcel.cancel("Đổi địa điểm", Instant.now());
        parcels.save(parcel);
        // A copy loaded before the relay removed the event, as a request handler racing the relay would hold it.
        Parcel stale = parcels.findById(parcel.id()).orElseThrow();
        assertThat(stale.outbox()).hasSize(1);
        events.await(EventCatalog.PLAN_CANCELLED.type(), e -> parcel.id().equals(e.subject()));
        await().atMost(Duration.ofSeconds(20))
                .until(() ->
                        parcels.findById(parcel.id()).orElseThrow().outbox().isEmpty());

        parcels.save(stale); // the relay's removal does not change the version, so this save goes through

        await().atMost(Duration.ofSeconds(20))
                .until(() ->
                        parcels.findById(parcel.id()).orElseThrow().outbox().isEmpty());
        assertThat(events.during(
                        Duration.ofSeconds(1),
                        EventCatalog.PLAN_CANCELLED.type(),
                        e -> parcel.id().equals(e.subject())))
                .hasSize(1);
    }

    @Test
    void aRedeliveredDuplicateHasNoEffect() {
        String planId = "plan-duplicate-" + System.nanoTime();
        String eventId = "event-" + planId;
        PlanCancelled cancelled = new PlanCancelled(planId, 1, "trùng lặp");
        TestEvents.publish(
                Topics.PLAN,
                eventId,
                "urn:conference:plan-service",
                EventCatalog.PLAN_CANCELLED.type(),
                planId,
                "dong-thap",
                cancelled);
        await().atMost(Duration.ofSeconds(20)).until(() -> appliedCount(planId) == 1);

        TestEvents.publish(
                Topics.PLAN,
                eventId,
                "urn:conference:plan-service",
                EventCatalog.PLAN_CANCELLED.type(),
                planId,
                "dong-thap",
                cancelled);
        // A later event on the same key (same partition) proves the duplicate was consumed before we look.
        String marker = planId + "-marker";
        TestEvents.publish(
                Topics.PLAN,
                "event-" + marker,
                "urn:conference:plan-service",
                EventCatalog.PLAN_CANCELLED.type(),
                planId,
                "dong-thap",
                new PlanCancelled(marker, 1, "marker"));
        await().atMost(Duration.ofSeconds(20)).until(() -> appliedCount(marker) == 1);

        assertThat(appliedCount(planId)).isEqualTo(1);
    }

    @Test
    void theSameIdFromAnotherSourceIsADifferentEvent() {
        String planId = "plan-sources-" + System.nanoTime();
        PlanCancelled cancelled = new PlanCancelled(planId, 1, "hai nguồn");
        TestEvents.publish(
                Topics.PLAN,
                "same-id",
                "urn:conference:source-a",
                EventCatalog.PLAN_CANCELLED.type(),
                planId,
                "dong-thap",
                cancelled);
        TestEvents.publish(
                Topics.PLAN,
                "same-id",
                "urn:conference:source-b",
                EventCatalog.PLAN_CANCELLED.type(),
                planId,
                "dong-thap",
                cancelled);

        await().atMost(Duration.ofSeconds(20)).until(() -> appliedCount(planId) == 2);
    }

    @Test
    void aPoisonMessageGoesToTheDeadLetterTopicAndThePartitionKeepsFlowing() {
        String key = "plan-poison-" + System.nanoTime();
        TestEvents.publishRaw(
                Topics.PLAN,
                key,
                "{not json at all".getBytes(StandardCharsets.UTF_8),
                Map.of("content-type", "application/json"));
        TestEvents.publish(
                Topics.PLAN,
                EventCatalog.PLAN_CANCELLED.type().replace("cancelled", "x"),
                key,
                "tien-giang",
                "{}"); // an unknown type is skipped, not dead-lettered
        String badData = key + "-bad-data";
        TestEvents.publish(
                Topics.PLAN,
                "event-" + badData,
                "urn:conference:plan-service",
                EventCatalog.PLAN_CANCELLED.type(),
                key,
                "tien-giang",
                "[1, 2, 3]");
        String after = key + "-after";
        TestEvents.publish(
                Topics.PLAN,
                "event-" + after,
                "urn:conference:plan-service",
                EventCatalog.PLAN_CANCELLED.type(),
                key,
                "tien-giang",
                new PlanCancelled(after, 1, "sau"));

        await().atMost(Duration.ofSeconds(30)).until(() -> appliedCount(after) == 1);
        List<RecordedEvent> deadLetters = await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> events.all().stream()
                                .filter(e -> DEAD_LETTERS.equals(e.topic()))
                                .filter(e -> key.equals(e.key()))
                                .toList(),
                        found -> found.size() == 2);
        assertThat(deadLetters).extracting(RecordedEvent::data).contains("{not json at all", "[1, 2, 3]");
    }

    private int appliedCount(String planId) {
        Document applied =
                mongo.getCollection("applied").find(Filters.eq("_id", planId)).first();
        return applied == null ? 0 : applied.getInteger("count");
    }
}
