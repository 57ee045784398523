package vn.gov.conference.plan.reference;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;
import vn.gov.conference.testing.IntegrationTest;
import vn.gov.conference.testing.TestInfrastructure;
import vn.gov.conference.testing.contracts.DocumentedAnswers;

/**
 * Two plan-service replicas starting together on an empty database: two {@link ReferenceStore} instances seed the
 * same fresh database at once (the context only lends its object mapping), and both start.
 */
@IntegrationTest
@ExtendWith(DocumentedAnswers.class)
class ReferenceSeedReplicasIntegrationTests {

    @Autowired
    MongoTemplate contextMongo;

    @Test
    void twoReplicasSeedingAnEmptyStoreAtOnceBothStart() throws Exception {
        try (MongoClient client = MongoClients.create(TestInfrastructure.mongoConnectionString());
                ExecutorService replicas = Executors.newFixedThreadPool(2)) {
            MongoTemplate fresh = new MongoTemplate(
                    new SimpleMongoClientDatabaseFactory(client, "reference-replicas-" + UUID.randomUUID()),
                    contextMongo.getConverter());
            CountDownLatch start = new CountDownLatch(1);
            List<Future<ReferenceStore>> started = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                started.add(replicas.submit(() -> {
                    ReferenceStore store = new ReferenceStore(fresh, ReferenceSeed::fromClasspath, Clock.systemUTC());
                    start.await();
                    store.afterPropertiesSet();
                    return store;
                }));
            }
            start.countDown();
            for (Future<ReferenceStore> replica : started) {
                assertThat(replica.get().current().provincesOn(LocalDate.of(2024, 7, 18)))
                        .hasSize(63);
            }
            // As many units as one store alone seeds into a database of its own (not the context's, which other
            // tests of this JVM add communes to).
            MongoTemplate alone = new MongoTemplate(
                    new SimpleMongoClientDatabaseFactory(client, "reference-alone-" + UUID.randomUUID()),
                    contextMongo.getConverter());
            new ReferenceStore(alone, ReferenceSeed::fromClasspath, Clock.systemUTC()).afterPropertiesSet();
            assertThat(fresh.getCollection(ReferenceStore.UNITS).countDocuments())
                    .isEqualTo(alone.getCollection(ReferenceStore.UNITS).countDocuments())
                    .isGreaterThan(1_000);
        }
    }
}
