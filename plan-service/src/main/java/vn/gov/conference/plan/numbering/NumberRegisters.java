package vn.gov.conference.plan.numbering;

import java.time.Clock;
import java.util.Date;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import vn.gov.conference.platform.web.ConflictException;
import vn.gov.conference.platform.web.InvalidInputException;

/**
 * The document registers ("sổ đăng ký văn bản"), one counter document per issuer and year. Numbers are unique
 * under any concurrency because a register only ever moves forward, by atomic single-document updates:
 * {@code $inc} to draw the next number, a conditional {@code $set} to claim a given number or to advance the
 * register past numbers the office used outside this system. Nothing moves it back except handing back the very
 * last number drawn when the approval that drew it could not be saved.
 */
@Component
public class NumberRegisters {

    /**
     * The highest number a register gives: seven digits, as an approval may write it ("276/KH-UBND"), far beyond
     * any issuer's year and far from the 32-bit limit, so no arithmetic on a number can overflow.
     */
    public static final int MAX_NUMBER = 9_999_999;

    static final String COLLECTION = "number_registers";
    private static final String LAST = "lastUsed";

    private final MongoTemplate mongo;
    private final Clock clock;

    NumberRegisters(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** Draws the next number. */
    public int next(RegisterKey key) {
        Update increment = new Update()
                .inc(LAST, 1L)
                .setOnInsert("issuer", key.issuer())
                .setOnInsert("year", key.year())
                .set("updatedAt", Date.from(clock.instant()));
        try {
            return draw(key, increment);
        } catch (DuplicateKeyException e) {
            // Two first draws of a new register raced to create it; it exists now, so this one increments it.
            return draw(key, increment);
        }
    }

    private int draw(RegisterKey key, Update increment) {
        Document register = mongo.findAndModify(
                byId(key),
                increment,
                FindAndModifyOptions.options().upsert(true).returnNew(true),
                Document.class,
                COLLECTION);
        long drawn = lastUsed(register);
        if (drawn > MAX_NUMBER) {
            giveBack(key, drawn);
            throw new ConflictException(
                    "register-full",
                    "The register of " + key.issuer() + " for " + key.year() + " has given its last number ("
                            + MAX_NUMBER + ").");
        }
        return (int) drawn;
    }

    /**
     * Takes {@code number} itself, which must lie beyond the last number used; numbers skipped on the way stay
     * unused (they were taken outside this system).
     */
    public int claim(RegisterKey key, int number) {
        requireInRange(number, "number");
        moveTo(
                key,
                number,
                Criteria.where(LAST).lt(number),
                "Number " + number + " of " + key.issuer() + " for " + key.year() + " is already used");
        return number;
    }

    /** The office sets the number the next approval takes; the register cannot go back. */
    public RegisterState advanceTo(RegisterKey key, long nextNumber) {
        requireInRange(nextNumber, "nextNumber");
        moveTo(
                key,
                nextNumber - 1,
                Criteria.where(LAST).lte(nextNumber - 1),
                "The register of " + key.issuer() + " for " + key.year() + " is already past " + nextNumber);
        return state(key);
    }

    /** Undoes {@link #next} or {@link #claim} of {@code number} if nothing was drawn since; otherwise leaves a gap. */
    public void giveBack(RegisterKey key, long number) {
        mongo.updateFirst(
                new Query(Criteria.where("_id").is(key.id()).and(LAST).is(number)),
                new Update().set(LAST, number - 1).set("updatedAt", Date.from(clock.instant())),
                COLLECTION);
    }

    public RegisterState state(RegisterKey key) {
        Document register = mongo.findOne(byId(key), Document.class, COLLECTION);
        return new RegisterState(key.issuer(), key.year(), register == null ? 0 : lastUsed(register));
    }

    /**
     * Stored as a 64-bit integer on every path; read as any number, because registers written before (or by
     * {@code $inc} on a server that keeps a 32-bit field 32-bit) may hold a 32-bit one.
     */
    private static long lastUsed(Document register) {
        return ((Number) register.get(LAST)).longValue();
    }

    /**
     * Sets the register to {@code last} if it is {@code behind} it: a conditional update of the existing register,
     * or the creation of a new one. Two racing creations meet the unique id, and the loser tries again.
     */
    private void moveTo(RegisterKey key, long last, Criteria behind, String refusal) {
        for (int attempt = 0; attempt < 3; attempt++) {
            Document moved = mongo.findAndModify(
                    new Query(Criteria.where("_id").is(key.id()).andOperator(behind)),
                    new Update().set(LAST, last).set("updatedAt", Date.from(clock.instant())),
                    FindAndModifyOptions.options().returnNew(true),
                    Document.class,
                    COLLECTION);
            if (moved != null) {
                return;
            }
            if (mongo.exists(byId(key), COLLECTION)) {
                throw conflict(key, refusal);
            }
            try {
                mongo.insert(
                        new Document("_id", key.id())
                                .append("issuer", key.issuer())
                                .append("year", key.year())
                                .append(LAST, last)
                                .append("updatedAt", Date.from(clock.instant())),
                        COLLECTION);
                return;
            } catch (DuplicateKeyException e) {
                // created meanwhile by another request: compare against it on the next attempt
            }
        }
        throw conflict(key, refusal);
    }

    private ConflictException conflict(RegisterKey key, String refusal) {
        return new ConflictException(
                "register-passed", refusal + " (next number: " + state(key).nextNumber() + ").");
    }

    private static Query byId(RegisterKey key) {
        return new Query(Criteria.where("_id").is(key.id()));
    }

    private static void requireInRange(long number, String field) {
        if (number < 1) {
            throw new InvalidInputException(field, "positive", "Document numbers start at 1.");
        }
        if (number > MAX_NUMBER) {
            throw new InvalidInputException(field, "max", "Document numbers go up to " + MAX_NUMBER + ".");
        }
    }
}
