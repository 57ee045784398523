package vn.gov.conference.plan.planning;

import java.util.List;

import com.mongodb.client.result.UpdateResult;
import org.bson.Document;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import vn.gov.conference.platform.events.OutboxRelay;

/**
 * Saves a plan without ever writing back outbox messages it was loaded with. A plain save replaces the whole
 * document, so a message the relay published and pulled between our load and our save would come back and be
 * published a second time. Here a change of an existing plan {@code $set}s its state, {@code $push}es only the
 * messages recorded since it was loaded, and checks the lock version in the same single-document update; a new plan
 * is inserted whole.
 */
class PlanSavingImpl implements PlanSaving {

    private static final String OUTBOX = "outbox";
    private static final String LOCK_VERSION = "lockVersion";

    private final MongoTemplate mongo;
    private final OutboxRelay relay;

    PlanSavingImpl(MongoTemplate mongo, OutboxRelay relay) {
        this.mongo = mongo;
        this.relay = relay;
    }

    @Override
    public Plan save(Plan plan) {
        if (plan.lockVersion() == null) {
            Plan inserted = mongo.insert(plan);
            inserted.saved(inserted.lockVersion());
            return inserted;
        }
        long loaded = plan.lockVersion();
        Document state = new Document();
        mongo.getConverter().write(plan, state);
        state.remove("_id");
        state.remove(OUTBOX);
        state.put(LOCK_VERSION, loaded + 1);
        Update update = Update.fromDocument(new Document("$set", state));
        List<Object> added = plan.unsavedOutbox().stream()
                .map(message -> mongo.getConverter().convertToMongoType(message)).toList();
        if (!added.isEmpty()) {
            update.push(OUTBOX).each(added.toArray());
        }
        UpdateResult result = mongo.updateFirst(new Query(Criteria.where("_id").is(plan.id().value())
                .and(LOCK_VERSION).is(loaded)), update, Plan.class);
        if (result.getMatchedCount() == 0) {
            throw new OptimisticLockingFailureException("Plan " + plan.id() + " changed since version " + loaded);
        }
        plan.saved(loaded + 1);
        if (!added.isEmpty()) {
            relay.wakeUp(mongo.getCollectionName(Plan.class), plan.id().value());
        }
        return plan;
    }

    @Override
    public void lock(Plan plan) {
        long loaded = plan.lockVersion();
        UpdateResult result = mongo.updateFirst(new Query(Criteria.where("_id").is(plan.id().value())
                .and(LOCK_VERSION).is(loaded)), new Update().set(LOCK_VERSION, loaded + 1), Plan.class);
        if (result.getMatchedCount() == 0) {
            throw new OptimisticLockingFailureException("Plan " + plan.id() + " changed since version " + loaded);
        }
        plan.saved(loaded + 1);
    }
}
