package vn.gov.conference.gateway.lockout;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bson.Document;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Failed attempts to prove a secret (a client's at the token endpoint, a person's password), counted per key
 * ({@code client:tg-snv}, {@code address:203.0.113.7}, {@code person:…}) in MongoDB, so that every gateway replica
 * sees the same count and the same lock. Too many failures within the window lock the key for a while; a success
 * clears its count.
 */
@Component
public class Lockouts {

    private static final String COLLECTION = "lockouts";

    private final MongoTemplate mongo;

    private final Clock clock;

    Lockouts(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** How many failures within which window lock a key, and for how long. */
    public record Policy(int maxFailures, Duration window, Duration lock) {}

    /** How long the key stays locked; zero when it is not. */
    public Duration lockedFor(String key) {
        Document attempts = this.mongo.findById(key, Document.class, COLLECTION);
        Date lockedUntil = attempts == null ? null : attempts.getDate("lockedUntil");
        Instant now = this.clock.instant();
        return lockedUntil == null || !lockedUntil.toInstant().isAfter(now)
                ? Duration.ZERO
                : Duration.between(now, lockedUntil.toInstant());
    }

    /** Counts a failure; answers how long the key is now locked (zero while under the limit). */
    public Duration failed(String key, Policy policy) {
        Instant now = this.clock.instant();
        // A count older than the window starts again (two replicas may both reset it: one failure may go uncounted).
        this.mongo.updateFirst(
                Query.query(Criteria.where("_id").is(key).and("since").lt(now.minus(policy.window()))),
                new Update().set("failures", 0).set("since", now),
                COLLECTION);
        Document attempts = this.mongo.findAndModify(
                Query.query(Criteria.where("_id").is(key)),
                new Update().inc("failures", 1).setOnInsert("since", now).set("updatedAt", now),
                FindAndModifyOptions.options().upsert(true).returnNew(true),
                Document.class,
                COLLECTION);
        if (attempts != null && attempts.getInteger("failures", 0) >= policy.maxFailures()) {
            this.mongo.updateFirst(
                    Query.query(Criteria.where("_id").is(key)),
                    new Update()
                            .set("lockedUntil", now.plus(policy.lock()))
                            .set("failures", 0)
                            .set("since", now),
                    COLLECTION);
            return policy.lock();
        }
        return Duration.ZERO;
    }

    public void succeeded(String key) {
        this.mongo.updateFirst(
                Query.query(Criteria.where("_id").is(key).and("failures").gt(0)),
                new Update().set("failures", 0),
                COLLECTION);
    }

    /** The store has no TTL expiry (nor does the local stand-in): keys untouched for a day are swept here. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
    void sweep() {
        Instant dayAgo = this.clock.instant().minus(Duration.ofDays(1));
        this.mongo.remove(
                Query.query(Criteria.where("updatedAt")
                        .lt(dayAgo)
                        .orOperator(
                                Criteria.where("lockedUntil").exists(false),
                                Criteria.where("lockedUntil").lt(dayAgo))),
                COLLECTION);
    }
}
