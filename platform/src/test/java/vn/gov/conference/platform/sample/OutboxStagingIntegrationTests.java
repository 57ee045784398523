package vn.gov.conference.platform.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import vn.gov.conference.contracts.EventCatalog;
import vn.gov.conference.testing.IntegrationTest;

/**
 * The one way an aggregate raises events: internal events raised by the aggregate, mapped by its contract and
 * staged into its outbox by the save that stores the change, then published by the relay.
 */
@IntegrationTest
class OutboxStagingIntegrationTests {

    @Autowired
    Deliveries deliveries;

    @Autowired
    MongoTemplate mongo;

    @Test
    void theSaveThatStoresTheChangeStoresItsPublishedEvent() {
        Delivery delivery = Delivery.create("tien-giang");
        delivery.pack(Instant.now());
        delivery.cancel("Trùng lịch họp", Instant.now());
        assertThat(delivery.raisedEvents()).hasSize(2);
        assertThat(delivery.outbox()).as("nothing is staged before the save").isEmpty();

        deliveries.save(delivery);

        assertThat(delivery.raisedEvents()).as("staged once, by that save").isEmpty();
        assertThat(delivery.outbox())
                .as("the internal-only event is not published")
                .singleElement()
                .satisfies(message -> {
                    assertThat(message.type()).isEqualTo(EventCatalog.PLAN_CANCELLED.type());
                    assertThat(message.key()).isEqualTo(delivery.id());
                    assertThat(message.tenant()).isEqualTo("tien-giang");
                    assertThat(message.data()).contains("Trùng lịch họp");
                });
        // The relay may already have published and pulled it: what was written is read back from the published note
        // or the document itself, never from the object in memory.
        Document stored = mongo.getCollection("deliveries")
                .find(new Document("_id", delivery.id()))
                .first();
        assertThat(stored.getString("status")).isEqualTo("CANCELLED");
        assertThat(stored).doesNotContainKey("raised");
        String eventId = delivery.outbox().getFirst().eventId();
        await().atMost(Duration.ofSeconds(20))
                .until(() -> mongo.exists(new Query(Criteria.where("_id").is(eventId)), "outbox_published"));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> deliveries
                        .findById(delivery.id())
                        .orElseThrow()
                        .outbox()
                        .isEmpty());
    }

    @Test
    void aSecondSaveOfTheSameObjectStagesNothingTwice() {
        Delivery delivery = Delivery.create("dong-thap");
        delivery.cancel("Hoãn", Instant.now());
        deliveries.save(delivery);
        List<String> first = delivery.outbox().stream().map(m -> m.eventId()).toList();

        deliveries.save(delivery);

        assertThat(delivery.outbox().stream().map(m -> m.eventId()).toList()).isEqualTo(first);
    }

    @Test
    void anAggregateWhoseEventsNoContractMapsCannotBeSaved() {
        Stray stray = new Stray();
        stray.wander();

        assertThatThrownBy(() -> mongo.save(stray))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no EventContract");
        assertThat(mongo.getCollection("strays").countDocuments()).isZero();
    }
}
