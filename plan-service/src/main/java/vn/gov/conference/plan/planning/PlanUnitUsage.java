package vn.gov.conference.plan.planning;

import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import vn.gov.conference.plan.reference.UnitUsage;

/**
 * The open plans (neither closed nor cancelled) that name a unit anywhere they copy one. No index serves the eight
 * paths: it reads every open plan, which is fine for what asks it, an operator ending a unit now and then.
 */
@Component
class PlanUnitUsage implements UnitUsage {

    private static final List<String> PATHS = List.of(
            "issuer.body.code",
            "content.participants.groups.unit.code",
            "content.participants.bridgePoints.host.code",
            "content.assignments.owner.code",
            "content.assignments.collaborators.code",
            "content.assignments.recipient.code",
            "content.distribution.units.code",
            "content.budget.managedBy.code");

    private final MongoTemplate mongo;

    PlanUnitUsage(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public List<String> openPlansNaming(String unitCode) {
        Query query = new Query(new Criteria()
                .andOperator(
                        Criteria.where("status").nin(PlanStatus.CLOSED, PlanStatus.CANCELLED),
                        new Criteria()
                                .orOperator(PATHS.stream()
                                        .map(p -> Criteria.where(p).is(unitCode))
                                        .toList())));
        query.fields().include("_id");
        return mongo.find(query, Document.class, "plans").stream()
                .map(d -> String.valueOf(d.get("_id")))
                .toList();
    }
}
