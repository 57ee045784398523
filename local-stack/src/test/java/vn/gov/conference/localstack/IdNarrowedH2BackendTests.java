package vn.gov.conference.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.conference.localstack.ServedBackend.served;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdNarrowedH2BackendTests {

    @TempDir
    Path folder;

    @Test
    void readsTheIndexesOfAFileWrittenByThePlainBackendAndOrdersTheirKeysWithoutSerializingThemEachTime() {
        String file = folder.resolve("old.mv.db").toString();
        served(new de.bwaldvogel.mongo.backend.h2.H2Backend(file), "requests", requests -> {
            requests.createIndex(new Document("code", 1), new com.mongodb.client.model.IndexOptions().unique(true));
            List<Document> many = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                many.add(new Document("_id", "r" + i).append("code", "TG-" + i));
            }
            requests.insertMany(many);
        });

        IdNarrowedH2Backend backend = new IdNarrowedH2Backend(file);
        served(backend, "requests", requests -> {
            for (int i = 0; i < 300; i += 7) {
                assertThat(requests.find(Filters.eq("_id", "r" + i)).first())
                        .extracting(d -> d.get("code"))
                        .isEqualTo("TG-" + i);
                assertThat(requests.find(Filters.eq("code", "TG-" + i)).first())
                        .extracting(d -> d.get("_id"))
                        .isEqualTo("r" + i);
            }
            assertThat(requests.insertOne(new Document("_id", "r300").append("code", "TG-300")))
                    .isNotNull();
            org.assertj.core.api.Assertions.assertThatThrownBy(
                            () -> requests.insertOne(new Document("_id", "r7").append("code", "other")))
                    .hasMessageContaining("duplicate key");
            assertThat(backend.store()
                            .<Object, Object>openMap("t.requests._index__id_")
                            .getKeyType())
                    .isInstanceOf(IndexKeyOrder.class);
            assertThat(backend.store()
                            .<Object, Object>openMap("t.requests._index_code_1")
                            .getKeyType())
                    .isInstanceOf(IndexKeyOrder.class);
        });
    }

    @Test
    void queriesNamingTheIdAndMoreAreAnsweredThroughTheIdIndexWithTheSameResults() {
        String file = folder.resolve("db.mv.db").toString();
        served(new IdNarrowedH2Backend(file), "emails", emails -> {
            List<Document> many = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                many.add(new Document("_id", "e" + i).append("version", 1L).append("status", "PENDING"));
            }
            emails.insertMany(many);
            long before = IdNarrowedH2Backend.narrowedQueries();

            // A versioned save: matches at the right version only.
            assertThat(emails.updateOne(
                                    Filters.and(Filters.eq("_id", "e7"), Filters.eq("version", 1L)),
                                    Updates.combine(Updates.set("status", "SENT"), Updates.inc("version", 1L)))
                            .getMatchedCount())
                    .isEqualTo(1);
            assertThat(emails.updateOne(
                                    Filters.and(Filters.eq("_id", "e7"), Filters.eq("version", 1L)),
                                    Updates.set("status", "LOST"))
                            .getMatchedCount())
                    .isZero();
            assertThat(emails.find(Filters.and(Filters.eq("_id", "e7"), Filters.eq("status", "SENT")))
                            .first())
                    .isNotNull()
                    .extracting(d -> d.get("version"))
                    .isEqualTo(2L);
            assertThat(emails.find(Filters.and(Filters.eq("_id", "nobody"), Filters.eq("status", "SENT")))
                            .first())
                    .isNull();
            assertThat(emails.deleteOne(Filters.and(Filters.eq("_id", "e8"), Filters.eq("status", "SENT")))
                            .getDeletedCount())
                    .isZero();
            assertThat(emails.deleteOne(Filters.and(Filters.eq("_id", "e8"), Filters.eq("status", "PENDING")))
                            .getDeletedCount())
                    .isEqualTo(1);
            assertThat(IdNarrowedH2Backend.narrowedQueries() - before).isGreaterThanOrEqualTo(6);

            // Queries the index cannot narrow (an operator on the id, no id) still scan and still answer right.
            assertThat(emails.countDocuments(
                            Filters.and(Filters.in("_id", "e1", "e2", "e7"), Filters.eq("status", "PENDING"))))
                    .isEqualTo(2);
            assertThat(emails.countDocuments(Filters.eq("status", "PENDING"))).isEqualTo(198);
        });

        // The file reopens through the same maps: nothing written is lost to the subclass's collections.
        IdNarrowedH2Backend reopened = new IdNarrowedH2Backend(file);
        served(reopened, "emails", emails -> {
            assertThat(emails.countDocuments()).isEqualTo(199);
            assertThat(emails.find(Filters.and(Filters.eq("_id", "e7"), Filters.eq("version", 2L)))
                            .first())
                    .isNotNull();
        });
        reopened.close();
    }
}
