package vn.gov.conference.gateway.limits;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.MongoCommandException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The callers' request budgets, shared by every gateway replica through MongoDB (collection {@code rate_limits}), so
 * that a client calling two replicas gets its limit once, not once per replica.
 * <p>
 * The same budget as a token bucket of {@code capacity} requests refilled over {@code period}, kept as one number per
 * caller (the generic cell rate algorithm): {@code tat}, the time at which the caller's bucket would be full again.
 * A request is allowed when {@code tat} is at most {@code period - interval} ahead (interval = period / capacity), and
 * moves it {@code interval} on. An active caller costs one conditional {@code findAndModify}; an idle one a read and
 * a write more to start again from now. A refusal is remembered here until the request it waits for is due, so a caller hammering a
 * replica past its limit costs no database call. Should the database fail, this replica falls back to counting in its
 * own memory ({@link RateLimiter}) rather than refusing or letting everything through.
 */
@Component
class SharedRateLimiter {

    private static final Logger log = LoggerFactory.getLogger(SharedRateLimiter.class);

    static final String COLLECTION = "rate_limits";

    private final MongoTemplate mongo;

    private final RateLimiter fallback = new RateLimiter();

    /** Callers refused until then (System.nanoTime), so that their next requests need no database call. */
    private final ConcurrentMap<String, Long> refusedUntil = new ConcurrentHashMap<>();

    private volatile boolean degraded;

    SharedRateLimiter(MongoTemplate mongo) {
        this.mongo = mongo;
        try {
            // Expired budgets go by themselves on MongoDB; the stand-in has no TTL expiry, so they are also swept.
            collection().createIndex(Indexes.ascending("expireAt"), new IndexOptions().expireAfter(0L, TimeUnit.SECONDS));
        }
        catch (RuntimeException ex) {
            log.debug("No TTL index on {}: {}", COLLECTION, ex.getMessage());
        }
    }

    /** Takes one request from the caller's budget, or says how long until one is available. */
    RateLimiter.Decision acquire(String caller, int capacity, Duration period) {
        long nanoNow = System.nanoTime();
        Long until = this.refusedUntil.get(caller);
        if (until != null) {
            if (until - nanoNow > 0) {
                return new RateLimiter.Decision(false, 0, Duration.ofNanos(until - nanoNow));
            }
            this.refusedUntil.remove(caller, until);
        }
        try {
            RateLimiter.Decision decision = shared(caller, capacity, period);
            if (this.degraded) {
                this.degraded = false;
                log.info("Rate limits shared through MongoDB again");
            }
            if (!decision.allowed()) {
                this.refusedUntil.put(caller, nanoNow + decision.retryAfter().toNanos());
                if (this.refusedUntil.size() > 10_000) {
                    this.refusedUntil.values().removeIf(time -> time - System.nanoTime() <= 0);
                }
            }
            return decision;
        }
        catch (DataAccessException | com.mongodb.MongoException ex) {
            if (!this.degraded) {
                this.degraded = true;
                log.warn("Rate limits counted per replica while MongoDB fails: {}", ex.getMessage());
            }
            return this.fallback.acquire(caller, capacity, period);
        }
    }

    private RateLimiter.Decision shared(String caller, int capacity, Duration period) {
        long interval = Math.max(1, period.toNanos() / 1000 / capacity); // microseconds
        long periodMicros = period.toNanos() / 1000;
        for (int attempt = 0; attempt < 5; attempt++) {
            long now = micros(Instant.now());
            long latest = now + periodMicros - interval;
            Date expireAt = new Date((now + 2 * periodMicros) / 1000);
            // An active caller: its bucket is not full, and not empty either.
            Document taken = collection().findOneAndUpdate(
                    Filters.and(Filters.eq("_id", caller), Filters.gte("tat", now), Filters.lte("tat", latest)),
                    Updates.combine(Updates.inc("tat", interval), Updates.set("expireAt", expireAt)),
                    new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
            if (taken != null) {
                long tat = taken.getLong("tat");
                return new RateLimiter.Decision(true, tat > latest ? 0 : (latest - tat) / interval + 1, Duration.ZERO);
            }
            // Used up, idle (a full bucket) or new: read, then start from now with a write that cannot collide but in
            // a race (the local stand-in logs every refused write at ERROR).
            Document current = collection().find(Filters.eq("_id", caller)).first();
            if (current != null && current.getLong("tat") > latest) {
                long wait = current.getLong("tat") - latest;
                return new RateLimiter.Decision(false, 0, Duration.ofNanos(wait * 1000));
            }
            boolean started;
            if (current == null) {
                try {
                    collection().insertOne(new Document("_id", caller).append("tat", now + interval)
                        .append("expireAt", expireAt));
                    started = true;
                }
                catch (MongoWriteException | MongoCommandException | DuplicateKeyException ex) {
                    if (!duplicateKey(ex)) {
                        throw ex;
                    }
                    started = false; // another replica started it first: look again
                }
            }
            else {
                started = collection().updateOne(Filters.and(Filters.eq("_id", caller), Filters.lt("tat", now)),
                        Updates.combine(Updates.set("tat", now + interval), Updates.set("expireAt", expireAt)))
                    .getMatchedCount() == 1;
            }
            if (started) {
                return new RateLimiter.Decision(true, capacity - 1L, Duration.ZERO);
            }
        }
        // Contended beyond reason: let it through rather than fail the request.
        return new RateLimiter.Decision(true, 0, Duration.ZERO);
    }

    /** The stand-in has no TTL expiry: budgets whose caller went quiet are removed here (any replica may). */
    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT10M")
    void sweep() {
        collection().deleteMany(Filters.lt("expireAt", new Date()));
    }

    private MongoCollection<Document> collection() {
        return this.mongo.getCollection(COLLECTION);
    }

    private static long micros(Instant instant) {
        return instant.getEpochSecond() * 1_000_000 + instant.getNano() / 1000;
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
