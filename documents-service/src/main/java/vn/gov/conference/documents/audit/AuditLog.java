package vn.gov.conference.documents.audit;

import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Append-only: entries are written once and never changed or deleted by the service. */
@Component
public class AuditLog {

    private final MongoTemplate mongo;

    AuditLog(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public void record(AuditEntry entry) {
        mongo.insert(entry);
    }

    public List<AuditEntry> ofPlan(String planId) {
        return mongo.find(Query.query(Criteria.where("planId").is(planId)).with(Sort.by("at")), AuditEntry.class);
    }
}
