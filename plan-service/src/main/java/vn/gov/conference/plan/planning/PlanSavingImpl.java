package vn.gov.conference.plan.planning;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;
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

    private static final String NUMBERING_UNTIL = "numberingUntil";
    /** Far longer than drawing a number and saving takes; how long a crashed approval keeps the plan held. */
    private static final Duration NUMBERING_HOLD = Duration.ofSeconds(30);

    private final MongoTemplate mongo;
    private final OutboxRelay relay;
    private final Clock clock;

    PlanSavingImpl(MongoTemplate mongo, OutboxRelay relay, Clock clock) {
        this.mongo = mongo;
        this.relay = relay;
        this.clock = clock;
    }

    @Override
    public Plan save(Plan plan) {
        if (plan.lockVersion() == null) {
            Plan inserted = mongo.insert(plan);
            inserted.saved(inserted.lockVersion());
            return inserted;
        }
        long loaded = plan.lockVersion();
        requireNotHeld(plan);
        Document state = new Document();
        mongo.getConverter().write(plan, state);
        state.remove("_id");
        state.remove(OUTBOX);
        state.put(LOCK_VERSION, loaded + 1);
        Update update = Update.fromDocument(new Document("$set", state));
        if (!state.containsKey(NUMBERING_UNTIL)) {
            update.unset(NUMBERING_UNTIL);
        }
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

    /**
     * Holds the plan for its approval: the version moves on (so whoever loaded it before cannot save) and the plan
     * is marked as held until a deadline (so whoever loads it now cannot save either, {@link #requireNotHeld}).
     */
    @Override
    public void lock(Plan plan) {
        long loaded = plan.lockVersion();
        requireNotHeld(plan);
        UpdateResult result = mongo.updateFirst(new Query(Criteria.where("_id").is(plan.id().value())
                .and(LOCK_VERSION).is(loaded)), new Update().set(LOCK_VERSION, loaded + 1)
                .set(NUMBERING_UNTIL, Date.from(clock.instant().plus(NUMBERING_HOLD))), Plan.class);
        if (result.getMatchedCount() == 0) {
            throw new OptimisticLockingFailureException("Plan " + plan.id() + " changed since version " + loaded);
        }
        plan.saved(loaded + 1);
    }

    @Override
    public void unlock(Plan plan) {
        mongo.updateFirst(new Query(Criteria.where("_id").is(plan.id().value()).and(LOCK_VERSION)
                .is(plan.lockVersion())), new Update().unset(NUMBERING_UNTIL), Plan.class);
    }

    /** The loaded plan is current (its version is checked on write), so its hold is too. */
    private void requireNotHeld(Plan plan) {
        if (plan.heldForNumbering(clock.instant())) {
            throw new OptimisticLockingFailureException("Plan " + plan.id() + " is being approved");
        }
    }
}
