package vn.gov.conference.platform.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.gov.conference.contracts.EventCatalog;
import vn.gov.conference.contracts.Topics;
import vn.gov.conference.testing.ApiClient;
import vn.gov.conference.testing.ApiClient.Response;
import vn.gov.conference.testing.EventRecorder;
import vn.gov.conference.testing.IntegrationTest;
import vn.gov.conference.testing.TestTokens;

/**
 * An event above the broker's message limit can never be published: it is parked (counted, listed for an operator)
 * instead of being retried for ever, and the events after it keep flowing.
 */
@IntegrationTest
class OutboxParkingIntegrationTests {

    private static final String ADMIN = TestTokens.token("operator", "ADMIN", null, null);

    private static EventRecorder events;

    @Autowired
    Parcels parcels;

    @Autowired
    MeterRegistry meters;

    @LocalServerPort
    int port;

    @BeforeAll
    static void listen() {
        events = EventRecorder.listen(Topics.PLAN);
    }

    @AfterAll
    static void stopListening() {
        events.close();
    }

    @Test
    void parksAnEventTooLargeForTheBrokerAndKeepsTheOthersFlowing() {
        ApiClient api = ApiClient.onPort(port);
        Parcel huge = Parcel.create("tien-giang");
        huge.cancel("x".repeat(2_000_000), Instant.now());
        parcels.save(huge);
        Parcel next = Parcel.create("tien-giang");
        next.cancel("Trùng lịch họp", Instant.now());
        parcels.save(next);

        events.await(EventCatalog.PLAN_CANCELLED.type(), e -> next.id().equals(e.subject()));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> parcels.findById(huge.id()).orElseThrow().outbox().isEmpty());
        assertThat(meters.get("conference.outbox.parked").gauge().value()).isEqualTo(1.0);
        Response parked = api.get("/api/admin/outbox/parked", ADMIN);
        assertThat(parked.status()).as(parked.body()).isEqualTo(200);
        assertThat(parked.json().size()).isEqualTo(1);
        assertThat(parked.json().get(0).get("subject").asString()).isEqualTo(huge.id());
        assertThat(parked.json().get(0).get("reason").asString()).contains("RecordTooLargeException");
        String eventId = parked.json().get(0).get("eventId").asString();

        assertThat(api.get("/api/admin/outbox/parked", TestTokens.office("tien-giang"))
                        .status())
                .isEqualTo(403);
        assertThat(api.send(api.request("/api/admin/outbox/parked/" + eventId, ADMIN)
                                .DELETE()
                                .build())
                        .status())
                .isEqualTo(204);
        assertThat(api.get("/api/admin/outbox/parked", ADMIN).json().size()).isZero();
        assertThat(meters.get("conference.outbox.parked").gauge().value()).isZero();
        assertThat(events.during(
                        Duration.ofMillis(500),
                        EventCatalog.PLAN_CANCELLED.type(),
                        e -> huge.id().equals(e.subject())))
                .isEmpty();
    }

    @Test
    void putsAParkedEventBackIntoItsOutboxOnRetry() {
        ApiClient api = ApiClient.onPort(port);
        Parcel huge = Parcel.create("tien-giang");
        huge.cancel("y".repeat(2_000_000), Instant.now());
        parcels.save(huge);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> parked(api)
                        .valueStream()
                        .anyMatch(p -> huge.id().equals(p.get("subject").asString())));
        String eventId = parked(api)
                .valueStream()
                .filter(p -> huge.id().equals(p.get("subject").asString()))
                .findFirst()
                .orElseThrow()
                .get("eventId")
                .asString();

        assertThat(api.post("/api/admin/outbox/parked/" + eventId + "/retry", ADMIN, "")
                        .status())
                .isEqualTo(202);
        // Still too large: parked again, once.
        await().atMost(Duration.ofSeconds(30))
                .until(() -> parked(api)
                        .valueStream()
                        .anyMatch(p -> eventId.equals(p.get("eventId").asString())));
        assertThat(api.post("/api/admin/outbox/parked/unknown/retry", ADMIN, "").status())
                .isEqualTo(404);
        assertThat(api.send(api.request("/api/admin/outbox/parked/" + eventId, ADMIN)
                                .DELETE()
                                .build())
                        .status())
                .isEqualTo(204);
    }

    private static tools.jackson.databind.JsonNode parked(ApiClient api) {
        Response parked = api.get("/api/admin/outbox/parked", ADMIN);
        assertThat(parked.status()).as(parked.body()).isEqualTo(200);
        return parked.json();
    }
}
