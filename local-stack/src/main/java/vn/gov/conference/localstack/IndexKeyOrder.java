package vn.gov.conference.localstack;

import de.bwaldvogel.mongo.backend.KeyValue;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import org.h2.mvstore.type.ObjectDataType;

/**
 * The key type of the stand-in's unique indexes ({@code _id} included), ordering keys exactly as H2 does but without
 * its cost. mongo-java-server's index keys ({@link KeyValue}) are not {@code Comparable}, so H2's {@link ObjectDataType}
 * orders them by their Java-serialized bytes and serializes <em>both</em> keys on every comparison: each lookup's
 * binary search serialized a dozen keys, and at 50 submissions a second that was 40 % of everything the stand-in
 * allocated: twice the young collections, each a pause of 10–100 ms that holds every service at once (issue 18). Here each
 * key is serialized once and its bytes kept while the key lives (the index's pages hold the stored ones), so the order,
 * and with it every index file written before, is unchanged. Reading and writing pages stay H2's own.
 */
final class IndexKeyOrder extends ObjectDataType {

    /** Serialized form of the keys compared lately; weak, so a key dropped from the page cache is forgotten too. */
    private final Map<KeyValue, byte[]> serialized = Collections.synchronizedMap(new WeakHashMap<>());

    @Override
    public int compare(Object a, Object b) {
        if (a != b && a instanceof KeyValue left && b instanceof KeyValue right) {
            return compareNotNull(bytes(left), bytes(right));
        }
        return super.compare(a, b);
    }

    private byte[] bytes(KeyValue key) {
        byte[] known = serialized.get(key);
        if (known == null) {
            known = serialize(key);
            serialized.put(key, known);
        }
        return known;
    }
}
