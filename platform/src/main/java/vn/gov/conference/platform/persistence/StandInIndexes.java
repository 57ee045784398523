package vn.gov.conference.platform.persistence;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.data.mongodb.core.mapping.MongoPersistentProperty;

/**
 * Gives the local MongoDB stand-in (mongo-java-server) the lookup a versioned save needs.
 * <p>
 * A save under optimistic locking updates {@code {_id: …, version: …}}. Real MongoDB answers that from the
 * {@code _id} index; the stand-in uses an index only when a query names exactly that index's keys, so it scans and
 * decodes the whole collection, under the collection's lock, for every save. With a few thousand documents that
 * turns each save into milliseconds and a fan-out of 10,000 letters into minutes. A unique {@code (_id, version)}
 * index per versioned collection (unique because {@code _id} is, and the stand-in ignores non-unique indexes) makes
 * those saves lookups again.
 * <p>
 * Created only where {@code conference.mongo.stand-in=true} (the local launcher and the tests): real MongoDB does
 * not need it and would only pay for maintaining it.
 */
public class StandInIndexes implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(StandInIndexes.class);
    static final String NAME = "stand_in_versioned_save";

    private final MongoTemplate mongo;

    public StandInIndexes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Runs after every singleton exists and before any lifecycle starts: before consumers, relays and requests. */
    @Override
    public void afterSingletonsInstantiated() {
        List<String> indexed = new ArrayList<>();
        for (MongoPersistentEntity<?> entity :
                mongo.getConverter().getMappingContext().getPersistentEntities()) {
            MongoPersistentProperty version = entity.getVersionProperty();
            if (version == null || entity.getCollection() == null) {
                continue;
            }
            mongo.indexOps(entity.getCollection())
                    .createIndex(new Index()
                            .on("_id", Sort.Direction.ASC)
                            .on(version.getFieldName(), Sort.Direction.ASC)
                            .unique()
                            .named(NAME));
            indexed.add(entity.getCollection());
        }
        log.info("MongoDB stand-in: versioned saves served by an index in {}", indexed);
    }
}
