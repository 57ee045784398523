package vn.gov.conference.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The stand-in answers the ping (it does not know Boot's {@code hello}); a database that does not answer is DOWN. */
class MongoPingHealthTests {

    @Test
    void isUpWhenTheStandInAnswersThePingAndDownOnceItIsGone() {
        MongoServer server = new MongoServer(new MemoryBackend());
        ConnectionString address = new ConnectionString(server.bindAndGetConnectionString());
        try (MongoClient client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(address)
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(500, TimeUnit.MILLISECONDS))
                .build())) {
            MongoPingHealth health = new MongoPingHealth(new MongoTemplate(client, "health-tests"));

            Health up = health.health();
            server.shutdownNow();
            Health down = health.health();

            assertThat(up.getStatus()).isEqualTo(Status.UP);
            assertThat(up.getDetails()).containsEntry("database", "health-tests");
            assertThat(down.getStatus()).isEqualTo(Status.DOWN);
        }
    }
}
