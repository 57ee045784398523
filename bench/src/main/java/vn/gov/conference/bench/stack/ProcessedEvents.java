package vn.gov.conference.bench.stack;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;

/**
 * What a consumer group recorded as applied: the platform's idempotent consumer writes
 * {@code processed_events {_id: "<group>|<source>|<id>", processedAt}} into the service's own database right after
 * the handler ran. The bench reads it as an observer, to learn when each event took effect.
 */
public final class ProcessedEvents implements AutoCloseable {

    private final MongoClient client;

    public ProcessedEvents(String mongoUri) {
        this.client = MongoClients.create(mongoUri);
    }

    /** Event id → when the group applied it, for those of {@code eventIds} it has applied. */
    public Map<String, Instant> appliedAt(String database, String group, String source, Collection<String> eventIds) {
        Map<String, String> keys = new HashMap<>();
        eventIds.forEach(id -> keys.put(group + "|" + source + "|" + id, id));
        Map<String, Instant> applied = new HashMap<>();
        List<String> batch = new ArrayList<>();
        for (String key : keys.keySet()) {
            batch.add(key);
            if (batch.size() == 500) {
                read(database, batch, keys, applied);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            read(database, batch, keys, applied);
        }
        return applied;
    }

    /** Waits until the group applied every one of {@code eventIds} or the time is up; returns what it applied. */
    public Map<String, Instant> awaitApplied(
            String database, String group, String source, Collection<String> eventIds, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<String, Instant> applied = appliedAt(database, group, source, eventIds);
        while (applied.size() < eventIds.size() && System.nanoTime() < deadline) {
            Pause.millis(500);
            applied = appliedAt(database, group, source, eventIds);
        }
        return applied;
    }

    private void read(String database, List<String> batch, Map<String, String> keys, Map<String, Instant> applied) {
        for (Document done :
                client.getDatabase(database).getCollection("processed_events").find(Filters.in("_id", batch))) {
            applied.put(
                    keys.get(done.getString("_id")), done.getDate("processedAt").toInstant());
        }
    }

    public MongoClient client() {
        return client;
    }

    @Override
    public void close() {
        client.close();
    }
}
