package vn.gov.conference.notification.email;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoCommandException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * A token bucket per tenant: a province sends at most {@code burst} emails at once and then {@code perMinute} a
 * minute, so that one province issuing 130 invitations neither trips its mail relay's limits nor delays another
 * province's reminders.
 * <p>
 * The bucket is one number per tenant (the generic cell rate algorithm): the time its bucket would be full again,
 * {@code tat}; a send is allowed while {@code tat} is at most {@code burst - 1} intervals ahead, and moves it one
 * interval on. With a database it is kept in the collection {@code send_rates}, so that every replica's relay draws
 * on the same bucket and a province sends at this rate whatever the number of replicas; each send costs one
 * conditional {@code findAndModify} (a read and a write more after a pause).
 * <p>
 * A {@code tat} further ahead than a forward clock can leave it ({@code tolerance + interval}, plus a minute for the
 * replicas' clocks to disagree) means the clock went back — a test stack, or a service whose clock was corrected —
 * and is taken as now: otherwise the province's bucket would stay empty for as long as the clock went back.
 */
public class SendRateLimiter {

    static final String COLLECTION = "send_rates";

    /** How far two replicas' clocks may disagree before a bucket ahead of now is taken as a clock that went back. */
    private static final long CLOCK_SKEW = Duration.ofMinutes(1).toNanos() / 1000;

    private final long interval;
    private final long tolerance;
    private final Clock clock;
    private final Store store;

    /** In this process's memory only: for one instance, and for tests. */
    public SendRateLimiter(int burst, int perMinute, Clock clock) {
        this(burst, perMinute, clock, new MemoryStore());
    }

    /** Shared by every replica through the service's database. */
    public SendRateLimiter(int burst, int perMinute, Clock clock, MongoTemplate mongo) {
        this(burst, perMinute, clock, new MongoStore(mongo.getCollection(COLLECTION)));
    }

    private SendRateLimiter(int burst, int perMinute, Clock clock, Store store) {
        if (burst < 1 || perMinute < 1) {
            throw new IllegalArgumentException("A rate limit needs a burst and a rate of at least 1.");
        }
        this.interval = Duration.ofMinutes(1).toNanos() / 1000 / perMinute;
        this.tolerance = (burst - 1) * interval;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.store = store;
    }

    /** Takes one send from the tenant's bucket; false when it is empty (the email waits for a later pass). */
    public boolean tryAcquire(String tenant) {
        Instant now = clock.instant();
        return store.take(
                Objects.toString(tenant, ""),
                now.getEpochSecond() * 1_000_000 + now.getNano() / 1000,
                interval,
                tolerance);
    }

    /** Where the tenants' {@code tat} (microseconds since the epoch) is kept. */
    private interface Store {

        /** Allowed when tat ≤ now + tolerance; then tat = max(tat, now) + interval. */
        boolean take(String tenant, long now, long interval, long tolerance);

        /** A tat no forward clock can have left: the clock went back since it was written. */
        static boolean fromALaterClock(long tat, long now, long interval, long tolerance) {
            return tat > now + tolerance + interval + CLOCK_SKEW;
        }
    }

    private static final class MemoryStore implements Store {

        private final Map<String, Long> tats = new HashMap<>();

        @Override
        public synchronized boolean take(String tenant, long now, long interval, long tolerance) {
            long stored = tats.getOrDefault(tenant, now);
            long tat = Store.fromALaterClock(stored, now, interval, tolerance) ? now : Math.max(stored, now);
            if (tat > now + tolerance) {
                return false;
            }
            tats.put(tenant, tat + interval);
            return true;
        }
    }

    private record MongoStore(MongoCollection<Document> rates) implements Store {

        @Override
        public boolean take(String tenant, long now, long interval, long tolerance) {
            for (int attempt = 0; attempt < 3; attempt++) {
                // Sending steadily: the bucket is neither full nor empty.
                if (rates.findOneAndUpdate(
                                Filters.and(
                                        Filters.eq("_id", tenant),
                                        Filters.gte("tat", now),
                                        Filters.lte("tat", now + tolerance)),
                                Updates.inc("tat", interval))
                        != null) {
                    return true;
                }
                // Empty, full after a pause, or the first send: read, then start from now with a write that collides
                // only in a race (the local stand-in logs every refused write at ERROR).
                Document current = rates.find(Filters.eq("_id", tenant)).first();
                if (current != null && Store.fromALaterClock(current.getLong("tat"), now, interval, tolerance)) {
                    if (rates.updateOne(
                                            Filters.and(
                                                    Filters.eq("_id", tenant),
                                                    Filters.eq("tat", current.getLong("tat"))),
                                            Updates.set("tat", now + interval))
                                    .getMatchedCount()
                            == 1) {
                        return true;
                    }
                    continue; // another replica restarted it first
                }
                if (current != null && current.getLong("tat") > now + tolerance) {
                    return false;
                }
                if (current == null) {
                    try {
                        rates.insertOne(new Document("_id", tenant).append("tat", now + interval));
                        return true;
                    } catch (MongoWriteException | MongoCommandException | DuplicateKeyException ex) {
                        if (!duplicateKey(ex)) {
                            throw ex;
                        }
                        continue; // another replica started it first
                    }
                }
                if (rates.updateOne(
                                        Filters.and(Filters.eq("_id", tenant), Filters.lt("tat", now)),
                                        Updates.set("tat", now + interval))
                                .getMatchedCount()
                        == 1) {
                    return true;
                }
            }
            return false; // contended: the email waits for the next pass
        }

        private static boolean duplicateKey(RuntimeException ex) {
            if (ex instanceof DuplicateKeyException) {
                return true;
            }
            if (ex instanceof MongoWriteException write) {
                return write.getError().getCategory() == ErrorCategory.DUPLICATE_KEY;
            }
            return ex instanceof MongoCommandException command
                    && ErrorCategory.fromErrorCode(command.getErrorCode()) == ErrorCategory.DUPLICATE_KEY;
        }
    }
}
