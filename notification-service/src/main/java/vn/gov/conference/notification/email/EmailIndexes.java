package vn.gov.conference.notification.email;

import java.util.List;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.stereotype.Component;

/**
 * The outbox's indexes, created at start-up, for its searches on a real MongoDB (the embedded stand-in ignores
 * indexes that are not unique, and none of these could be): the relay's due emails (pending and due, or claimed by
 * a relay whose lease ran out; by due time), the withdrawal of a cause's pending emails, and the delivery log by
 * plan, province or recipient, newest first. The contents ({@code email_contents}) are read by id only.
 */
@Component
class EmailIndexes implements SmartInitializingSingleton {

    private final MongoTemplate mongo;

    EmailIndexes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    static List<Index> declared() {
        return List.of(
                new Index("status", Sort.Direction.ASC)
                        .on("nextAttemptAt", Sort.Direction.ASC)
                        .named("email_due"),
                new Index("status", Sort.Direction.ASC)
                        .on("claimedUntil", Sort.Direction.ASC)
                        .named("email_lease_expired"),
                new Index("cause", Sort.Direction.ASC)
                        .on("status", Sort.Direction.ASC)
                        .named("email_cause"),
                // The log's pages sort on createdAt and then the id (a batch is queued at one instant); the id is
                // in each index so that a page is read in order. New names: an index is never redefined in place.
                new Index("planId", Sort.Direction.ASC)
                        .on("createdAt", Sort.Direction.DESC)
                        .on("_id", Sort.Direction.DESC)
                        .named("email_log_plan_page"),
                new Index("tenant", Sort.Direction.ASC)
                        .on("createdAt", Sort.Direction.DESC)
                        .on("_id", Sort.Direction.DESC)
                        .named("email_log_province_page"),
                new Index("recipient", Sort.Direction.ASC)
                        .on("createdAt", Sort.Direction.DESC)
                        .on("_id", Sort.Direction.DESC)
                        .named("email_log_recipient_page"),
                new Index("createdAt", Sort.Direction.DESC)
                        .on("_id", Sort.Direction.DESC)
                        .named("email_log_page"));
    }

    @Override
    public void afterSingletonsInstantiated() {
        IndexOperations indexes = mongo.indexOps(OutboundEmail.class);
        declared().forEach(indexes::createIndex);
    }
}
