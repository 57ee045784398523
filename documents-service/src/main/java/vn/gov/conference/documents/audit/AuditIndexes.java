package vn.gov.conference.documents.audit;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/**
 * The audit log's index, created at start-up: {@link AuditLog#ofPlan} reads one plan's entries in time order out of
 * a log that only grows, every upload and download of every plan. Plan first, then time, so the entries come out of
 * the index already sorted. The embedded stand-in ignores non-unique indexes; a real MongoDB uses it.
 */
@Component
class AuditIndexes implements SmartInitializingSingleton {

    static final String PLAN_TIME = "audit_plan_at";

    private final MongoTemplate mongo;

    AuditIndexes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterSingletonsInstantiated() {
        mongo.indexOps(AuditEntry.class)
                .createIndex(new Index("planId", Sort.Direction.ASC)
                        .on("at", Sort.Direction.ASC)
                        .named(PLAN_TIME));
    }
}
