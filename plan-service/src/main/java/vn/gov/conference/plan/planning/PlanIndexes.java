package vn.gov.conference.plan.planning;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.stereotype.Component;

/**
 * The plans' indexes, created at start-up. The unique one is the safety net of numbering: two plans can never hold
 * one number of one issuer and year (drafts carry a per-plan placeholder, since partial indexes are not available
 * everywhere). The others serve {@link PlanSearch} on a real MongoDB; the embedded stand-in ignores them.
 * <p>
 * A search comes in two orders: the list's (newest first, then id) and the readiness views' (province, then oldest
 * first). Keys {@code province, createdAt ↑, _id ↓} give both: read forwards, the views' order; read backwards within
 * one province, the list's. So, each with the filter's equalities in front of the order:
 * <ul>
 * <li>a province's plans: the list and the readiness view of an office, an approver or a department, and the
 * central agency's filtered to one province;</li>
 * <li>a status, then a province: one status in one province, and the central view of one status nationwide;</li>
 * <li>every plan newest first: the central agency's list of all provinces;</li>
 * <li>the index and year of the results under review, and that year alone.</li>
 * </ul>
 * The words of {@code q} are an unanchored regular expression on the folded text, which no index can bound; they
 * narrow what the others find.
 */
@Component
class PlanIndexes implements SmartInitializingSingleton {

    static final String NUMBER = "plan_number_unique";
    static final String PROVINCE = "plan_province_created";
    static final String STATUS_PROVINCE = "plan_status_province_created";
    static final String CREATED = "plan_created";
    static final String INDICES = "plan_indices";
    static final String INDEX_YEAR = "plan_indices_year";
    /** Replaced by {@link #STATUS_PROVINCE}: without the id after the time it could filter a page but not order it. */
    static final String RETIRED_PROVINCE_STATUS = "plan_province_status";

    private final MongoTemplate mongo;

    PlanIndexes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterSingletonsInstantiated() {
        IndexOperations indexes = mongo.indexOps(Plan.class);
        indexes.createIndex(new Index("numberKey", Sort.Direction.ASC).unique().named(NUMBER));
        indexes.createIndex(byProvinceThenCreation(new Index()).named(PROVINCE));
        indexes.createIndex(
                byProvinceThenCreation(new Index("status", Sort.Direction.ASC)).named(STATUS_PROVINCE));
        indexes.createIndex(new Index("createdAt", Sort.Direction.DESC)
                .on("_id", Sort.Direction.ASC)
                .named(CREATED));
        indexes.createIndex(new Index("content.indices.code", Sort.Direction.ASC)
                .on("content.indices.year", Sort.Direction.ASC)
                .named(INDICES));
        indexes.createIndex(new Index("content.indices.year", Sort.Direction.ASC).named(INDEX_YEAR));
        retire(indexes, RETIRED_PROVINCE_STATUS);
    }

    private static Index byProvinceThenCreation(Index index) {
        return index.on("issuer.provinceCode", Sort.Direction.ASC)
                .on("createdAt", Sort.Direction.ASC)
                .on("_id", Sort.Direction.DESC);
    }

    /** Drops an index an earlier version created; another instance starting at once may have dropped it first. */
    private static void retire(IndexOperations indexes, String name) {
        if (indexes.getIndexInfo().stream().noneMatch(index -> index.getName().equals(name))) {
            return;
        }
        try {
            indexes.dropIndex(name);
        } catch (DataAccessException ex) {
            if (indexes.getIndexInfo().stream()
                    .anyMatch(index -> index.getName().equals(name))) {
                throw ex;
            }
        }
    }
}
