package vn.gov.conference.localstack;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import java.util.List;
import java.util.Map;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * The H2 backend of mongo-java-server, with its documents stored as BSON ({@link StoredDocumentType}), its index keys
 * compared without serializing them each time ({@link IndexKeyOrder}), and one thing a real MongoDB does that the
 * stand-in does not: a query that names the {@code _id} by value <em>and</em> other fields is narrowed by the
 * {@code _id} index, then matched on the rest. The stand-in uses an index only when the query names exactly that
 * index's fields, so every versioned save (Spring Data's {@code {_id, version}} filter), every lease and every
 * conditional update scanned its whole collection: with 10,000 emails in the outbox each claim and each "delivered"
 * read all of them (issue 18). The matching itself is the stand-in's own, so the answers are the same; only the
 * documents read differ.
 */
final class IdNarrowedH2Backend extends H2Backend {

    /** Queries answered through the {@code _id} index that the stand-in alone would have scanned for. */
    private static final java.util.concurrent.atomic.LongAdder NARROWED = new java.util.concurrent.atomic.LongAdder();

    IdNarrowedH2Backend(String fileName) {
        super(fileName);
    }

    static long narrowedQueries() {
        return NARROWED.sum();
    }

    /** The file's maps, to check which key type an index got. */
    MVStore store() {
        return getMvStore();
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        // Called from H2Backend's constructor too (for the databases in the file): getMvStore() is set by then.
        OPENING.set(getMvStore());
        try {
            return new Database(databaseName, getMvStore(), getCursorRegistry());
        } finally {
            OPENING.remove();
        }
    }

    private static final class Database extends H2Database {

        private final MVStore store;

        Database(String name, MVStore store, CursorRegistry cursors) {
            super(name, store, cursors);
            this.store = store;
        }

        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            // The same maps H2Database opens (its naming), so data written before this class existed is found.
            String fullName = getFullCollectionNamespace(collectionName);
            MVMap<Object, Document> data = mapStore()
                    .openMap(
                            "databases." + fullName,
                            new MVMap.Builder<Object, Document>().valueType(new StoredDocumentType()));
            MVMap<String, Object> meta = mapStore().openMap("meta." + fullName);
            return new Collection(this, collectionName, options, data, meta, cursorRegistry);
        }

        /**
         * The index's map opened first with {@link IndexKeyOrder} as its key type (same name as H2Database gives it, same
         * order, same pages), then handed to H2Database, whose own {@code openMap} gets this already open map.
         */
        @Override
        protected Index<Object> openOrCreateUniqueIndex(
                String collectionName, String indexName, List<IndexKey> keys, boolean sparse) {
            mapStore()
                    .openMap(
                            getFullCollectionNamespace(collectionName) + "._index_" + indexName,
                            new MVMap.Builder<KeyValue, Object>().keyType(new IndexKeyOrder()));
            return super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse);
        }

        /** H2Database's constructor opens the existing collections before this class's field is assigned. */
        private MVStore mapStore() {
            return store != null ? store : OPENING.get();
        }
    }

    /** The store of the database being constructed (see {@link Database#mapStore()}). */
    private static final ThreadLocal<MVStore> OPENING = new ThreadLocal<>();

    private static final class Collection extends H2Collection {

        Collection(
                MongoDatabase database,
                String name,
                CollectionOptions options,
                MVMap<Object, Document> data,
                MVMap<String, Object> meta,
                CursorRegistry cursors) {
            super(database, name, options, data, meta, cursors);
        }

        /**
         * No running total of the collection's size: the stand-in kept it by encoding every document inserted or
         * deleted, and both versions of every document updated, as BSON once more (for an upload, another copy of
         * every chunk; for a save, two of the whole aggregate). Nothing in the system asks for it; {@code collStats}
         * reports the size the file held when this began.
         */
        @Override
        protected boolean tracksDataSize() {
            return false;
        }

        @Override
        protected QueryResult queryDocuments(
                Document query, Document orderBy, int skip, int limit, int batchSize, Document fieldSelector) {
            Object id = narrowingId(query);
            if (id != null) {
                Document byId = new Document(getIdField(), id);
                for (Index<Object> index : getIndexes()) {
                    if (index.canHandle(byId)) {
                        NARROWED.increment();
                        return matchDocuments(
                                query, index.getPositions(byId), orderBy, skip, limit, batchSize, fieldSelector);
                    }
                }
            }
            return super.queryDocuments(query, orderBy, skip, limit, batchSize, fieldSelector);
        }

        /**
         * The id a query asks for by value besides other conditions: {@code {_id: v, ...}} (Spring Data's versioned
         * save) or {@code {$and: [{_id: v}, ...]}} (the driver's {@code Filters.and}); null otherwise (a query on
         * the id alone already uses the index; an operator on the id is left to the stand-in).
         */
        private Object narrowingId(Document query) {
            if (query.size() > 1) {
                return plain(query.get(getIdField()));
            }
            if (query.get("$and") instanceof java.util.List<?> clauses) {
                for (Object clause : clauses) {
                    if (clause instanceof Document condition
                            && condition.size() == 1
                            && plain(condition.get(getIdField())) != null) {
                        return condition.get(getIdField());
                    }
                }
            }
            return null;
        }

        private static Object plain(Object value) {
            return value == null || value instanceof Document || value instanceof Map<?, ?> ? null : value;
        }
    }
}
