package vn.gov.conference.platform.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import vn.gov.conference.contracts.CloudEventHeaders;
import vn.gov.conference.contracts.EventCatalog;
import vn.gov.conference.contracts.Topics;
import vn.gov.conference.contracts.plan.PlanEvents.PlanCancelled;
import vn.gov.conference.platform.events.EventBatchScope;
import vn.gov.conference.platform.events.EventJson;
import vn.gov.conference.platform.events.EventRouter;
import vn.gov.conference.platform.events.IdempotentConsumer;
import vn.gov.conference.testing.EventRecorder;
import vn.gov.conference.testing.IntegrationTest;
import vn.gov.conference.testing.RecordedEvent;

/**
 * One poll as the binder hands it to a consumer in batch mode, built here so that its content is certain: the poll
 * is handled in one scope run with one dedup query and one insert, a bad event goes alone to the dead-letter topic
 * while the events around it are applied once, and a poll handled again changes nothing.
 */
@IntegrationTest
class BatchConsumerIntegrationTests {

    private static final String DEAD_LETTERS = "error.conference.plan.v1.platform-sample";
    private static EventRecorder deadLetters;

    @Autowired
    IdempotentConsumer inbox;

    @Autowired
    MongoTemplate mongo;

    @BeforeAll
    static void listen() {
        deadLetters = EventRecorder.listen(DEAD_LETTERS);
    }

    @AfterAll
    static void stopListening() {
        deadLetters.close();
    }

    @Test
    void aPollIsAppliedInOneScopeRunAndEachEventOnce() {
        String run = "batch-" + System.nanoTime();
        AtomicInteger scopeRuns = new AtomicInteger();
        EventBatchScope counting = handlers -> {
            scopeRuns.incrementAndGet();
            handlers.run();
        };
        Poll poll = new Poll();
        for (int i = 0; i < 5; i++) {
            poll.add(run + "-" + i, run + "-plan-" + i);
        }
        poll.add(run + "-2", run + "-plan-2"); // a redelivery right behind the first

        inbox.consumer(router(), counting).accept(poll.message());

        assertThat(scopeRuns).hasValue(1);
        for (int i = 0; i < 5; i++) {
            assertThat(appliedCount(run + "-plan-" + i)).isEqualTo(1);
        }

        // The whole poll again (the container's retry after a crash before the commit): every event is known.
        inbox.consumer(router(), counting).accept(poll.message());
        assertThat(scopeRuns).hasValue(1);
        assertThat(appliedCount(run + "-plan-3")).isEqualTo(1);
    }

    @Test
    void aBadEventIsDeadLetteredAloneAndTheEventsAroundItAreApplied() {
        String run = "batch-bad-" + System.nanoTime();
        Poll poll = new Poll();
        poll.add(run + "-before", run + "-plan-before");
        poll.addRaw(run + "-plan-unreadable", "{not json".getBytes(StandardCharsets.UTF_8), Map.of());
        poll.add(run + "-failing", "fail-" + run);
        poll.add(run + "-after", run + "-plan-after");

        inbox.consumer(router()).accept(poll.message());

        assertThat(appliedCount(run + "-plan-before")).isEqualTo(1);
        assertThat(appliedCount(run + "-plan-after")).isEqualTo(1);
        assertThat(attempts("fail-" + run))
                .as("once in the poll, three times alone, then dead-lettered")
                .isEqualTo(4);
        List<RecordedEvent> dead = await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> deadLetters.all().stream()
                                .filter(e -> e.key() != null && e.key().contains(run))
                                .toList(),
                        found -> found.size() == 2);
        assertThat(dead)
                .extracting(RecordedEvent::key)
                .containsExactlyInAnyOrder(run + "-plan-unreadable", "fail-" + run);
        assertThat(dead)
                .filteredOn(e -> ("fail-" + run).equals(e.key()))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.id()).isEqualTo(run + "-failing");
                    assertThat(e.type()).isEqualTo(EventCatalog.PLAN_CANCELLED.type());
                });
        assertThat(processed(run + "-failing"))
                .as("a dead letter is not recorded as processed")
                .isFalse();
        assertThat(processed(run + "-after")).isTrue();
    }

    private EventRouter router() {
        return EventRouter.create().on(EventCatalog.PLAN_CANCELLED, (event, cancelled) -> {
            if (cancelled.planId().startsWith("fail-")) {
                mongo.getCollection("batch_attempts")
                        .updateOne(
                                Filters.eq("_id", cancelled.planId()),
                                Updates.inc("count", 1),
                                new UpdateOptions().upsert(true));
                throw new IllegalStateException("This plan cannot be applied");
            }
            mongo.getCollection("applied")
                    .updateOne(
                            Filters.eq("_id", cancelled.planId()),
                            Updates.inc("count", 1),
                            new UpdateOptions().upsert(true));
        });
    }

    private int appliedCount(String planId) {
        Document applied =
                mongo.getCollection("applied").find(Filters.eq("_id", planId)).first();
        return applied == null ? 0 : applied.getInteger("count");
    }

    private int attempts(String planId) {
        Document tried = mongo.getCollection("batch_attempts")
                .find(Filters.eq("_id", planId))
                .first();
        return tried == null ? 0 : tried.getInteger("count");
    }

    private boolean processed(String eventId) {
        return mongo.getCollection("processed_events")
                        .find(Filters.eq("_id", "platform-sample|urn:conference:plan-service|" + eventId))
                        .first()
                != null;
    }

    /** The payloads and parallel header lists the Kafka binder builds for one poll. */
    private static final class Poll {

        private final List<byte[]> payloads = new ArrayList<>();
        private final List<Map<String, Object>> headers = new ArrayList<>();
        private final List<byte[]> keys = new ArrayList<>();

        void add(String eventId, String planId) {
            Map<String, Object> ce = new HashMap<>();
            ce.put(CloudEventHeaders.ID, eventId.getBytes(StandardCharsets.UTF_8));
            ce.put(CloudEventHeaders.SOURCE, "urn:conference:plan-service".getBytes(StandardCharsets.UTF_8));
            ce.put(CloudEventHeaders.TYPE, EventCatalog.PLAN_CANCELLED.type().getBytes(StandardCharsets.UTF_8));
            ce.put(CloudEventHeaders.SUBJECT, planId.getBytes(StandardCharsets.UTF_8));
            ce.put(CloudEventHeaders.TENANT, "dong-thap".getBytes(StandardCharsets.UTF_8));
            addRaw(planId, EventJson.write(new PlanCancelled(planId, 1, "hoãn")).getBytes(StandardCharsets.UTF_8), ce);
        }

        void addRaw(String key, byte[] payload, Map<String, Object> ownHeaders) {
            payloads.add(payload);
            headers.add(ownHeaders);
            keys.add(key.getBytes(StandardCharsets.UTF_8));
        }

        Message<List<byte[]>> message() {
            List<String> topics = new ArrayList<>();
            List<Integer> partitions = new ArrayList<>();
            List<Long> offsets = new ArrayList<>();
            for (int i = 0; i < payloads.size(); i++) {
                topics.add(Topics.PLAN);
                partitions.add(0);
                offsets.add((long) i);
            }
            return MessageBuilder.withPayload(List.copyOf(payloads))
                    .setHeader(KafkaHeaders.BATCH_CONVERTED_HEADERS, List.copyOf(headers))
                    .setHeader(KafkaHeaders.RECEIVED_TOPIC, topics)
                    .setHeader(KafkaHeaders.RECEIVED_PARTITION, partitions)
                    .setHeader(KafkaHeaders.OFFSET, offsets)
                    .setHeader(KafkaHeaders.RECEIVED_KEY, List.copyOf(keys))
                    .build();
        }
    }
}
