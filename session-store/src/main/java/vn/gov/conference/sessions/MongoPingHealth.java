package vn.gov.conference.sessions;

import org.bson.Document;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The application's MongoDB (the gateway's identity store, the console's sessions) by {@code ping}, which both a real
 * replica set and the local stand-in answer. Boot's own indicator sends {@code hello}, which the stand-in does not
 * know: an application that imports this turns that one off ({@code management.health.mongodb.enabled=false}).
 */
@Component("mongoDatabaseHealthIndicator")
public class MongoPingHealth implements HealthIndicator {

    private final MongoTemplate mongo;

    public MongoPingHealth(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Health health() {
        try {
            this.mongo.executeCommand(new Document("ping", 1));
            return Health.up()
                    .withDetail("database", this.mongo.getDb().getName())
                    .build();
        } catch (RuntimeException ex) {
            return Health.down(ex).build();
        }
    }
}
