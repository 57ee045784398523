package vn.gov.conference.web.console.signin;

import org.bson.Document;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The console's sessions store (MongoDB) by {@code ping}, which both a real replica set and the local stand-in
 * answer (Boot's own indicator sends {@code hello}, which the stand-in does not know, and is off).
 */
@Component("mongoDatabaseHealthIndicator")
class SessionStoreHealth implements HealthIndicator {

    private final MongoTemplate mongo;

    SessionStoreHealth(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Health health() {
        try {
            this.mongo.executeCommand(new Document("ping", 1));
            return Health.up().withDetail("database", this.mongo.getDb().getName()).build();
        }
        catch (RuntimeException ex) {
            return Health.down(ex).build();
        }
    }
}
