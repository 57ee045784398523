package vn.gov.conference.platform.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.model.Filters;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;
import vn.gov.conference.contracts.EventCatalog;
import vn.gov.conference.contracts.Topics;
import vn.gov.conference.testing.Containers;
import vn.gov.conference.testing.EventRecorder;

/**
 * The same outbox-to-consumer path as {@link EventPlumbingIntegrationTests}, on the production engines: a real
 * MongoDB replica set and the apache/kafka image. Runs wherever Docker exists, skips cleanly where it does not.
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(properties = "conference.security.public-key-location=classpath:conference-test-keys/public.pem")
class EventPlumbingContainerIntegrationTests {

    @Container
    static final MongoDBContainer mongoDb = Containers.mongo();

    @Container
    static final KafkaContainer kafka = Containers.kafka();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> mongoDb.getReplicaSetUrl("platform-sample"));
        registry.add("spring.cloud.stream.kafka.binder.brokers", kafka::getBootstrapServers);
    }

    @Autowired
    Parcels parcels;

    @Autowired
    MongoTemplate mongo;

    @Test
    void publishesOnceAndAppliesOnceOnRealMongoDbAndKafka() {
        try (EventRecorder events = EventRecorder.listen(kafka.getBootstrapServers(), List.of(Topics.PLAN))) {
            Parcel parcel = Parcel.create("dong-thap");
            parcel.cancel("Thay đổi lịch", Instant.now());
            parcels.save(parcel);

            events.await(
                    EventCatalog.PLAN_CANCELLED.type(), e -> parcel.id().equals(e.subject()), Duration.ofSeconds(60));
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                Document applied = mongo.getCollection("applied")
                        .find(Filters.eq("_id", parcel.id()))
                        .first();
                return applied != null && applied.getInteger("count") == 1;
            });
            assertThat(parcels.findById(parcel.id()).orElseThrow().outbox()).isEmpty();
        }
    }
}
