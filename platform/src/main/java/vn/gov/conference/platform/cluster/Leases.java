package vn.gov.conference.platform.cluster;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoCommandException;
import com.mongodb.MongoWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Updates;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Named leases in one MongoDB collection, shared by every replica of a service: a lease has one owner until it
 * expires, so work that must not run twice at once (a document's outbox, a sweep) runs on one replica, and another
 * takes over within the lease's duration when its owner dies without releasing it.
 * <p>
 * Claimed atomically: an expired lease by an update whose filter matches only while it is expired, a missing one by
 * an insert that collides on {@code _id} when another replica inserted it first. A held lease is seen by a read and
 * costs no failed write (the local stand-in logs every refused write at ERROR). Expiry is judged by the claiming replica's clock (the
 * real one, not the services' shifted domain clock), so replicas' clocks must agree to well within a lease's
 * duration, as NTP keeps them.
 */
public class Leases {

    private final MongoTemplate mongo;
    private final String collection;
    private final String owner;

    public Leases(MongoTemplate mongo, String collection) {
        this(mongo, collection, defaultOwner());
    }

    public Leases(MongoTemplate mongo, String collection, String owner) {
        this.mongo = mongo;
        this.collection = collection;
        this.owner = owner;
    }

    /** This process, readable in the collection: {@code pid@host/random}. */
    static String defaultOwner() {
        return ManagementFactory.getRuntimeMXBean().getName() + "/"
                + UUID.randomUUID().toString().substring(0, 8);
    }

    public String owner() {
        return owner;
    }

    /**
     * Takes the lease for {@code duration} if it is free or expired; false while it is held, by another owner or by
     * this one (a sweep held until its next turn must not run again on the same replica either; {@link #renew}
     * extends a lease its owner still needs).
     */
    public boolean tryAcquire(String name, Duration duration) {
        Instant now = Instant.now();
        Document current = leases().find(Filters.eq("_id", name)).first();
        if (current == null) {
            try {
                leases().insertOne(new Document("_id", name)
                        .append("owner", owner)
                        .append("until", Date.from(now.plus(duration))));
                return true;
            } catch (MongoWriteException | MongoCommandException | DuplicateKeyException ex) {
                if (isDuplicateKey(ex)) {
                    return false; // another owner inserted it first
                }
                throw ex;
            }
        }
        if (current.getDate("until").toInstant().isAfter(now)) {
            return false;
        }
        Bson expired = Filters.and(Filters.eq("_id", name), Filters.lte("until", Date.from(now)));
        return leases().updateOne(
                                expired,
                                Updates.combine(
                                        Updates.set("owner", owner),
                                        Updates.set("until", Date.from(now.plus(duration)))))
                        .getMatchedCount()
                == 1;
    }

    /**
     * {@link #tryAcquire} for a lease that is most likely free (a document this replica has just saved): the insert
     * comes first, one round trip instead of a read and an insert; a collision falls back to {@link #tryAcquire}.
     */
    public boolean tryAcquireLikelyFree(String name, Duration duration) {
        try {
            leases().insertOne(new Document("_id", name)
                    .append("owner", owner)
                    .append("until", Date.from(Instant.now().plus(duration))));
            return true;
        } catch (MongoWriteException | MongoCommandException | DuplicateKeyException ex) {
            if (isDuplicateKey(ex)) {
                return tryAcquire(name, duration); // held, or left expired by an owner that died
            }
            throw ex;
        }
    }

    /**
     * {@link #tryAcquireLikelyFree} for many leases at once: one insert of them all; those that collided are claimed
     * one by one as {@link #tryAcquire} does. Returns the names this owner now holds.
     */
    public Set<String> tryAcquireAllLikelyFree(Collection<String> names, Duration duration) {
        List<String> ordered = List.copyOf(new LinkedHashSet<>(names));
        if (ordered.isEmpty()) {
            return Set.of();
        }
        Date until = Date.from(Instant.now().plus(duration));
        List<Document> leases = new ArrayList<>(ordered.size());
        ordered.forEach(name ->
                leases.add(new Document("_id", name).append("owner", owner).append("until", until)));
        Set<String> held = new LinkedHashSet<>(ordered);
        try {
            leases().insertMany(leases, new InsertManyOptions().ordered(false));
        } catch (MongoBulkWriteException ex) {
            for (BulkWriteError error : ex.getWriteErrors()) {
                if (error.getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw ex;
                }
                String name = ordered.get(error.getIndex());
                if (!tryAcquire(name, duration)) {
                    held.remove(name);
                }
            }
        }
        return held;
    }

    /** {@link #renew} for many leases: true only when this owner still held every one of them. */
    public boolean renewAll(Collection<String> names, Duration duration) {
        if (names.isEmpty()) {
            return true;
        }
        return leases().updateMany(
                                Filters.and(Filters.in("_id", names), Filters.eq("owner", owner)),
                                Updates.set("until", Date.from(Instant.now().plus(duration))))
                        .getMatchedCount()
                == names.size();
    }

    /** {@link #release} for many leases, in one round trip. */
    public void releaseAll(Collection<String> names) {
        if (!names.isEmpty()) {
            leases().deleteMany(Filters.and(Filters.in("_id", names), Filters.eq("owner", owner)));
        }
    }

    /** Extends a lease this owner holds; false when it expired and another owner took it meanwhile. */
    public boolean renew(String name, Duration duration) {
        return leases().updateOne(
                                Filters.and(Filters.eq("_id", name), Filters.eq("owner", owner)),
                                Updates.set("until", Date.from(Instant.now().plus(duration))))
                        .getMatchedCount()
                == 1;
    }

    /** Gives the lease up at once, if this owner still holds it. */
    public void release(String name) {
        leases().deleteOne(Filters.and(Filters.eq("_id", name), Filters.eq("owner", owner)));
    }

    /**
     * Keeps a lease this owner holds until {@code until} at least (a sweep that must not run again on another
     * replica before its next turn), then lets it expire.
     */
    public void holdUntil(String name, Instant until) {
        leases().updateOne(
                        Filters.and(Filters.eq("_id", name), Filters.eq("owner", owner)),
                        Updates.set("until", Date.from(until)));
    }

    /** Leases whose owner stopped without releasing them, expired for longer than {@code age}. */
    public long forgetExpired(Duration age) {
        return leases().deleteMany(Filters.lt("until", Date.from(Instant.now().minus(age))))
                .getDeletedCount();
    }

    /** The current owner of a lease still in force, or null. */
    public String holder(String name) {
        Document lease = leases().find(
                        Filters.and(Filters.eq("_id", name), Filters.gt("until", Date.from(Instant.now()))))
                .first();
        return lease == null ? null : lease.getString("owner");
    }

    private MongoCollection<Document> leases() {
        return mongo.getCollection(collection);
    }

    private static boolean isDuplicateKey(RuntimeException ex) {
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
