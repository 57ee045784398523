package vn.gov.conference.gateway.limits;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoCommandException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
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
 * moves it {@code interval} on. An idle caller costs a read and a write more to start again from now. A refusal is
 * remembered here until the request it waits for is due, so a caller hammering a replica past its limit costs no
 * database call. Should the database fail, this replica falls back to counting in its own memory
 * ({@link RateLimiter}) rather than refusing or letting everything through.
 * <p>
 * <b>Local reserve.</b> A busy caller does not cost a database call per request: the replica takes several requests
 * from the shared budget in one {@code findAndModify} (moving {@code tat} on by that many intervals) and hands them
 * out from memory for at most {@link #RESERVE_LIFETIME}; what is left then is dropped, never carried over. The batch
 * doubles while the caller uses it up in time and halves when it does not, up to {@code capacity / 50} (at most 100):
 * 12 for the default 600 a minute, 1 (no reserve, one call per request, as before) under 100. The shared count stays
 * honest: every request is taken from the shared budget before it is allowed, only up to one lifetime earlier, so in
 * any window of one period a client gets at most {@code capacity × (1 + lifetime / period)} requests across all
 * replicas (610 instead of 600 a minute), and a replica may waste at most one batch of a caller's requests when the
 * caller stops (their budget is back within a period).
 */
@Component
class SharedRateLimiter {

    private static final Logger log = LoggerFactory.getLogger(SharedRateLimiter.class);

    static final String COLLECTION = "rate_limits";

    /** How long requests taken from the shared budget may wait here to be used. */
    static final Duration RESERVE_LIFETIME = Duration.ofSeconds(1);

    private static final int MAX_RESERVE = 100;

    private static final int TIDY_ABOVE = 10_000;

    private final MongoTemplate mongo;

    private final RateLimiter fallback = new RateLimiter();

    /** Callers refused until then (System.nanoTime), so that their next requests need no database call. */
    private final ConcurrentMap<String, Long> refusedUntil = new ConcurrentHashMap<>();

    /** Requests of the shared budget taken in advance by this replica, per caller. */
    private final ConcurrentMap<String, Reserve> reserves = new ConcurrentHashMap<>();

    private volatile boolean degraded;

    SharedRateLimiter(MongoTemplate mongo) {
        this.mongo = mongo;
        try {
            // Expired budgets go by themselves on MongoDB; the stand-in has no TTL expiry, so they are also swept.
            collection()
                    .createIndex(Indexes.ascending("expireAt"), new IndexOptions().expireAfter(0L, TimeUnit.SECONDS));
        } catch (RuntimeException ex) {
            log.debug("No TTL index on {}: {}", COLLECTION, ex.getMessage());
        }
    }

    /** Takes one request from the caller's budget, or says how long until one is available. */
    RateLimiter.Decision acquire(String caller, int capacity, Duration period) {
        long nanoNow = System.nanoTime();
        Reserve reserve = this.reserves.get(caller);
        if (reserve != null) {
            long left = reserve.take(nanoNow);
            if (left >= 0) {
                return new RateLimiter.Decision(true, left, Duration.ZERO);
            }
        }
        Long until = this.refusedUntil.get(caller);
        if (until != null) {
            if (until - nanoNow > 0) {
                return new RateLimiter.Decision(false, 0, Duration.ofNanos(until - nanoNow));
            }
            this.refusedUntil.remove(caller, until);
        }
        int batch = reserve == null ? 1 : reserve.nextBatch(maxReserve(capacity));
        try {
            Taken taken = shared(caller, capacity, period, batch, reserve != null && reserve.wasFull());
            if (this.degraded) {
                this.degraded = false;
                log.info("Rate limits shared through MongoDB again");
            }
            if (!taken.decision().allowed()) {
                this.refusedUntil.put(
                        caller, nanoNow + taken.decision().retryAfter().toNanos());
                if (this.refusedUntil.size() > TIDY_ABOVE) {
                    this.refusedUntil.values().removeIf(time -> time - System.nanoTime() <= 0);
                }
            } else if (maxReserve(capacity) > 1) {
                keep(caller, taken, batch, nanoNow);
            }
            return taken.decision();
        } catch (DataAccessException | com.mongodb.MongoException ex) {
            if (!this.degraded) {
                this.degraded = true;
                log.warn("Rate limits counted per replica while MongoDB fails: {}", ex.getMessage());
            }
            return this.fallback.acquire(caller, capacity, period);
        }
    }

    /** The requests taken beyond this one go to the caller's reserve; a short grant says the budget is running low. */
    private void keep(String caller, Taken taken, int asked, long nanoNow) {
        if (this.reserves.size() > TIDY_ABOVE) {
            this.reserves.values().removeIf(reserve -> reserve.expired(System.nanoTime()));
        }
        this.reserves
                .computeIfAbsent(caller, key -> new Reserve())
                .refill(
                        taken.count() - 1,
                        taken.count() < asked ? 1 : asked,
                        taken.full(),
                        nanoNow,
                        nanoNow + RESERVE_LIFETIME.toNanos());
    }

    static int maxReserve(int capacity) {
        return Math.clamp(capacity / 50, 1, MAX_RESERVE);
    }

    /**
     * How many requests were taken from the shared budget (this one included), whether the caller's bucket was full
     * (the caller uses less than its limit), and the answer for this one.
     */
    private record Taken(int count, boolean full, RateLimiter.Decision decision) {}

    /**
     * One caller's requests taken in advance. {@code batch} adapts to the caller's pace: doubled when the last batch
     * was used up before it expired, halved when some of it expired unused.
     */
    private static final class Reserve {

        private int left;

        private long expiresAt;

        private int batch = 1;

        private boolean full;

        /** The number of requests still in the reserve after taking one, or -1 when it is empty or expired. */
        synchronized long take(long now) {
            if (this.left > 0 && now - this.expiresAt < 0) {
                this.left--;
                return this.left;
            }
            return -1;
        }

        synchronized int nextBatch(int max) {
            boolean usedUp = this.left == 0;
            this.batch = Math.clamp(usedUp ? this.batch * 2L : this.batch / 2, 1, max);
            this.left = 0;
            return this.batch;
        }

        synchronized boolean wasFull() {
            return this.full;
        }

        synchronized void refill(int extra, int batch, boolean full, long now, long expiresAt) {
            this.full = full;
            if (this.left > 0 && now - this.expiresAt < 0) {
                this.left += extra; // another thread's batch is still here: all of it keeps the earlier expiry
            } else {
                this.left = extra;
                this.expiresAt = expiresAt;
            }
            this.batch = batch;
        }

        synchronized boolean expired(long now) {
            return now - this.expiresAt >= 0;
        }
    }

    private Taken shared(String caller, int capacity, Duration period, int batch, boolean probablyFull) {
        long interval = Math.max(1, period.toNanos() / 1000 / capacity); // microseconds
        long periodMicros = period.toNanos() / 1000;
        for (int attempt = 0; attempt < 5; attempt++) {
            long now = micros(Instant.now());
            long latest = now + periodMicros - interval;
            Date expireAt = new Date((now + 2 * periodMicros) / 1000);
            // A caller well under its limit finds its bucket full each time: start it again from now in one write.
            if (attempt == 0 && probablyFull && restart(caller, now, batch * interval, expireAt)) {
                return new Taken(batch, true, new RateLimiter.Decision(true, capacity - (long) batch, Duration.ZERO));
            }
            // An active caller: its bucket is not full, and holds the batch (or, failing that, one request).
            for (int count : batch > 1 ? new int[] {batch, 1} : new int[] {1}) {
                long latestForCount = now + periodMicros - count * interval;
                Document taken = collection()
                        .findOneAndUpdate(
                                Filters.and(
                                        Filters.eq("_id", caller),
                                        Filters.gte("tat", now),
                                        Filters.lte("tat", latestForCount)),
                                Updates.combine(
                                        Updates.inc("tat", count * interval), Updates.set("expireAt", expireAt)),
                                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
                if (taken != null) {
                    long tat = taken.getLong("tat");
                    return new Taken(
                            count,
                            false,
                            new RateLimiter.Decision(
                                    true, tat > latest ? 0 : (latest - tat) / interval + 1, Duration.ZERO));
                }
            }
            // Used up, idle (a full bucket) or new: read, then start from now with a write that cannot collide but in
            // a race (the local stand-in logs every refused write at ERROR).
            Document current = collection().find(Filters.eq("_id", caller)).first();
            if (current != null && current.getLong("tat") > latest) {
                long wait = current.getLong("tat") - latest;
                return new Taken(0, false, new RateLimiter.Decision(false, 0, Duration.ofNanos(wait * 1000)));
            }
            if (current != null && current.getLong("tat") >= now) {
                continue; // not idle after all: another request moved it meanwhile
            }
            boolean started;
            if (current == null) {
                try {
                    collection()
                            .insertOne(new Document("_id", caller)
                                    .append("tat", now + batch * interval)
                                    .append("expireAt", expireAt));
                    started = true;
                } catch (MongoWriteException | MongoCommandException | DuplicateKeyException ex) {
                    if (!duplicateKey(ex)) {
                        throw ex;
                    }
                    started = false; // another replica started it first: look again
                }
            } else {
                started = restart(caller, now, batch * interval, expireAt);
            }
            if (started) {
                return new Taken(batch, true, new RateLimiter.Decision(true, capacity - (long) batch, Duration.ZERO));
            }
        }
        // Contended beyond reason: let it through rather than fail the request.
        return new Taken(1, false, new RateLimiter.Decision(true, 0, Duration.ZERO));
    }

    /** Starts a full bucket again from now, minus {@code taken} µs; false when it is not full (any more). */
    private boolean restart(String caller, long now, long taken, Date expireAt) {
        return collection()
                        .updateOne(
                                Filters.and(Filters.eq("_id", caller), Filters.lt("tat", now)),
                                Updates.combine(Updates.set("tat", now + taken), Updates.set("expireAt", expireAt)))
                        .getMatchedCount()
                == 1;
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
