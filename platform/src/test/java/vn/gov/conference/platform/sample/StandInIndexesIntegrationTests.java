package vn.gov.conference.platform.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.gov.conference.testing.IntegrationTest;

/**
 * The stand-in's (_id, version) index: present on every versioned collection, and optimistic locking works through
 * it — a document saved again and again is found by its new version each time, a stale copy is still refused.
 */
@IntegrationTest
class StandInIndexesIntegrationTests {

    @Autowired
    Parcels parcels;

    @Autowired
    MongoTemplate mongo;

    @Test
    void indexesEveryVersionedCollectionByIdAndVersion() {
        Document index = mongo.getCollection("parcels").listIndexes().into(new java.util.ArrayList<>()).stream()
                .filter(i -> "stand_in_versioned_save".equals(i.getString("name")))
                .findFirst()
                .orElseThrow();

        assertThat(index.get("key", Document.class).keySet()).containsExactly("_id", "version");
        assertThat(index.getBoolean("unique")).isTrue();
    }

    @Test
    void savesThroughTheIndexAndStillRefusesAStaleCopy() {
        Parcel parcel = parcels.save(Parcel.create("dong-thap"));
        Parcel stale = parcels.findById(parcel.id()).orElseThrow();
        for (int change = 1; change <= 3; change++) {
            Parcel current = parcels.findById(parcel.id()).orElseThrow();
            current.cancel("lần " + change, Instant.now());
            parcels.save(current);
        }

        assertThat(mongo.getCollection("parcels")
                        .find(new Document("_id", parcel.id()))
                        .first()
                        .getLong("version"))
                .isEqualTo(3L);
        stale.cancel("bản cũ", Instant.now());
        assertThatThrownBy(() -> parcels.save(stale)).isInstanceOf(OptimisticLockingFailureException.class);
    }
}
