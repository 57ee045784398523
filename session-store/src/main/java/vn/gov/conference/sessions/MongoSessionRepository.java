package vn.gov.conference.sessions;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.Document;
import org.bson.types.Binary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.session.MapSession;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

/**
 * Spring Session's sessions in a MongoDB collection, one document a session: its times, and its attributes as one
 * allow-listed serialised map ({@link StoredObjects}). Every replica reads the same documents, so a request may land
 * on any of them.
 * <p>
 * A session that was stored is only ever replaced, never re-created, by a later save: a session ended (signed out,
 * expired) on one replica stays ended even if a request still under way on another saves it afterwards. An expired
 * session is deleted when found; MongoDB removes idle ones by the TTL index on {@code expireAt}, and since the local
 * stand-in has no TTL expiry, saves also sweep them now and then.
 */
public final class MongoSessionRepository implements SessionRepository<MongoSessionRepository.StoredSession> {

    private static final Logger log = LoggerFactory.getLogger(MongoSessionRepository.class);

    private static final Duration SWEEP_EVERY = Duration.ofMinutes(10);

    private final MongoTemplate mongo;

    private final String collection;

    private final Duration maxInactive;

    private final ClassLoader classLoader;

    private volatile boolean indexed;

    private final AtomicLong nextSweep = new AtomicLong();

    public MongoSessionRepository(MongoTemplate mongo, String collection, Duration maxInactive) {
        this.mongo = mongo;
        this.collection = collection;
        this.maxInactive = maxInactive;
        this.classLoader = MongoSessionRepository.class.getClassLoader();
    }

    @Override
    public StoredSession createSession() {
        MapSession session = new MapSession();
        session.setMaxInactiveInterval(this.maxInactive);
        return new StoredSession(session, null);
    }

    @Override
    public void save(StoredSession session) {
        prepare();
        Document document = document(session);
        String stored = session.storedId;
        if (stored == null) {
            collection().replaceOne(Filters.eq("_id", session.getId()), document, new ReplaceOptions().upsert(true));
        } else if (!stored.equals(session.getId())) {
            // A new id (signing in changes it): moved only if the old one was still there.
            if (collection().deleteOne(Filters.eq("_id", stored)).getDeletedCount() == 0) {
                return;
            }
            collection().replaceOne(Filters.eq("_id", session.getId()), document, new ReplaceOptions().upsert(true));
        } else if (collection().replaceOne(Filters.eq("_id", stored), document).getMatchedCount() == 0) {
            return; // ended elsewhere meanwhile: stays ended
        }
        session.storedId = session.getId();
    }

    @Override
    public StoredSession findById(String id) {
        Document document = collection().find(Filters.eq("_id", id)).first();
        if (document == null) {
            return null;
        }
        MapSession session = new MapSession(id);
        session.setCreationTime(document.getDate("created").toInstant());
        session.setLastAccessedTime(document.getDate("lastAccessed").toInstant());
        session.setMaxInactiveInterval(Duration.ofSeconds(document.getLong("maxInactive")));
        if (session.isExpired()) {
            deleteById(id);
            return null;
        }
        try {
            Object attributes =
                    StoredObjects.read(document.get("attributes", Binary.class).getData(), this.classLoader);
            ((Map<?, ?>) attributes).forEach((name, value) -> session.setAttribute((String) name, value));
        } catch (RuntimeException ex) {
            // Written by another version, or tampered with: the person signs in again.
            log.info("Session {}… unreadable, ended: {}", id.substring(0, Math.min(8, id.length())), ex.getMessage());
            deleteById(id);
            return null;
        }
        return new StoredSession(session, id);
    }

    @Override
    public void deleteById(String id) {
        collection().deleteOne(Filters.eq("_id", id));
    }

    private Document document(StoredSession session) {
        Map<String, Object> attributes = new HashMap<>();
        for (String name : session.getAttributeNames()) {
            attributes.put(name, session.getAttribute(name));
        }
        Instant lastAccessed = session.getLastAccessedTime();
        Document document = new Document("_id", session.getId())
                .append("created", Date.from(session.getCreationTime()))
                .append("lastAccessed", Date.from(lastAccessed))
                .append("maxInactive", session.getMaxInactiveInterval().toSeconds())
                .append("attributes", new Binary(StoredObjects.write(attributes)));
        if (session.getMaxInactiveInterval().isPositive()) {
            // A session that never idles out (a negative timeout) has none: the TTL index leaves it alone.
            document.append("expireAt", Date.from(lastAccessed.plus(session.getMaxInactiveInterval())));
        }
        return document;
    }

    /** The TTL index once, and a sweep of expired sessions every ten minutes (any replica may). */
    private void prepare() {
        if (!this.indexed) {
            try {
                collection()
                        .createIndex(
                                Indexes.ascending("expireAt"), new IndexOptions().expireAfter(0L, TimeUnit.SECONDS));
            } catch (RuntimeException ex) {
                log.debug("No TTL index on {}: {}", this.collection, ex.getMessage());
            }
            this.indexed = true;
        }
        long now = System.currentTimeMillis();
        long due = this.nextSweep.get();
        if (now >= due && this.nextSweep.compareAndSet(due, now + SWEEP_EVERY.toMillis())) {
            collection().deleteMany(Filters.lt("expireAt", new Date(now)));
        }
    }

    private MongoCollection<Document> collection() {
        return this.mongo.getCollection(this.collection);
    }

    /** A session and the id it is stored under (none before its first save). */
    public static final class StoredSession implements Session {

        private final MapSession session;

        private String storedId;

        StoredSession(MapSession session, String storedId) {
            this.session = session;
            this.storedId = storedId;
        }

        @Override
        public String getId() {
            return this.session.getId();
        }

        @Override
        public String changeSessionId() {
            return this.session.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String name) {
            return this.session.getAttribute(name);
        }

        @Override
        public Set<String> getAttributeNames() {
            return this.session.getAttributeNames();
        }

        @Override
        public void setAttribute(String name, Object value) {
            this.session.setAttribute(name, value);
        }

        @Override
        public void removeAttribute(String name) {
            this.session.removeAttribute(name);
        }

        @Override
        public Instant getCreationTime() {
            return this.session.getCreationTime();
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            this.session.setLastAccessedTime(lastAccessedTime);
        }

        @Override
        public Instant getLastAccessedTime() {
            return this.session.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            this.session.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return this.session.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return this.session.isExpired();
        }
    }
}
