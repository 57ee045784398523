package vn.gov.conference.plan.planning;

import com.mongodb.client.result.UpdateResult;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Holds a plan for its approval while its number is drawn: the stored version moves on (so whoever loaded the plan
 * before cannot save it) and the plan is marked held until a deadline (so whoever loads it now cannot save either,
 * {@link PlanService}'s save refuses a held plan). Both are targeted updates: the plan's state is not written, so
 * giving the hold back after a refused number leaves the stored plan as it was.
 */
@Component
class NumberingHold {

    private static final String LOCK_VERSION = "lockVersion";
    private static final String NUMBERING_UNTIL = "numberingUntil";
    /** Far longer than drawing a number and saving takes; how long a crashed approval keeps the plan held. */
    private static final Duration HOLD = Duration.ofSeconds(30);

    private final MongoTemplate mongo;
    private final Clock clock;

    NumberingHold(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /**
     * Takes the hold before the number is drawn: no other change of the plan, loaded before or after, can be saved
     * until this caller's next save (or, if this caller dies on the way, the deadline), so that save cannot fail
     * for a racing change.
     */
    void take(Plan plan) {
        long loaded = plan.lockVersion();
        requireNotHeld(plan);
        UpdateResult result = mongo.updateFirst(
                new Query(Criteria.where("_id")
                        .is(plan.id().value())
                        .and(LOCK_VERSION)
                        .is(loaded)),
                new Update()
                        .set(LOCK_VERSION, loaded + 1)
                        .set(NUMBERING_UNTIL, Date.from(clock.instant().plus(HOLD))),
                Plan.class);
        if (result.getMatchedCount() == 0) {
            throw new OptimisticLockingFailureException("Plan " + plan.id() + " changed since version " + loaded);
        }
        plan.held(loaded + 1);
    }

    /** Gives the hold back when the step it guarded was refused (the number asked for is taken). */
    void giveBack(Plan plan) {
        mongo.updateFirst(
                new Query(Criteria.where("_id")
                        .is(plan.id().value())
                        .and(LOCK_VERSION)
                        .is(plan.lockVersion())),
                new Update().unset(NUMBERING_UNTIL),
                Plan.class);
    }

    /** The loaded plan is current (its version is checked on write), so its hold is too. */
    void requireNotHeld(Plan plan) {
        if (plan.heldForNumbering(clock.instant())) {
            throw new OptimisticLockingFailureException("Plan " + plan.id() + " is being approved");
        }
    }
}
