package vn.gov.conference.plan.planning;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.stereotype.Component;

/**
 * The plans' indexes, created at start-up. The unique one is the safety net of numbering: two plans can never hold
 * one number of one issuer and year (drafts carry a per-plan placeholder, since partial indexes are not available
 * everywhere). The others serve the searches on a real MongoDB; the embedded stand-in ignores them.
 */
@Component
class PlanIndexes implements SmartInitializingSingleton {

    private final MongoTemplate mongo;

    PlanIndexes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterSingletonsInstantiated() {
        IndexOperations indexes = mongo.indexOps(Plan.class);
        indexes.createIndex(new Index("numberKey", Sort.Direction.ASC).unique().named("plan_number_unique"));
        indexes.createIndex(new Index("issuer.provinceCode", Sort.Direction.ASC).on("status", Sort.Direction.ASC)
                .on("createdAt", Sort.Direction.DESC).named("plan_province_status"));
        indexes.createIndex(new Index("content.indices.code", Sort.Direction.ASC)
                .on("content.indices.year", Sort.Direction.ASC).named("plan_indices"));
    }
}
