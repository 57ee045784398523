package vn.gov.conference.platform.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import vn.gov.conference.contracts.EventCatalog;
import vn.gov.conference.contracts.Topics;
import vn.gov.conference.testing.EventRecorder;
import vn.gov.conference.testing.IntegrationTest;

/**
 * With the relay's periodic search an hour away, an event still leaves at once: the save that recorded it names its
 * document to the relay, which reads it by id.
 */
@IntegrationTest
@TestPropertySource(properties = "conference.events.relay-interval=1h")
class OutboxWakeUpIntegrationTests {

    private static EventRecorder events;

    @Autowired
    Parcels parcels;

    @BeforeAll
    static void listen() {
        events = EventRecorder.listen(Topics.PLAN);
    }

    @AfterAll
    static void stopListening() {
        events.close();
    }

    @Test
    void aSavedEventIsPublishedWithoutWaitingForTheSearch() {
        // The relay's first search runs as it starts; what is saved after it is found only through the wake-up.
        await().pollDelay(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() -> true);
        Parcel parcel = Parcel.create("tien-giang");
        parcel.cancel("Trùng lịch họp", Instant.now());
        parcels.save(parcel);

        events.await(EventCatalog.PLAN_CANCELLED.type(), e -> parcel.id().equals(e.subject()));
        await().atMost(Duration.ofSeconds(10))
                .until(() ->
                        parcels.findById(parcel.id()).orElseThrow().outbox().isEmpty());
        assertThat(events.during(
                        Duration.ofMillis(500),
                        EventCatalog.PLAN_CANCELLED.type(),
                        e -> parcel.id().equals(e.subject())))
                .hasSize(1);
    }
}
