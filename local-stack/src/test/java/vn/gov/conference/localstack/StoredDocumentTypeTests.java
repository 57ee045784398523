package vn.gov.conference.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.conference.localstack.ServedBackend.served;

import com.mongodb.client.model.Filters;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.BinData;
import de.bwaldvogel.mongo.bson.Decimal128;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.bson.types.Binary;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.WriteBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoredDocumentTypeTests {

    @TempDir
    Path folder;

    @Test
    void aDocumentOfEveryKindOfValueIsWrittenAsBsonAndReadBackEqual() {
        Document document = everyKind();
        StoredDocumentType type = new StoredDocumentType();
        WriteBuffer buffer = new WriteBuffer();
        type.write(buffer, document);
        type.write(buffer, "and a string after it");
        ByteBuffer written = buffer.getBuffer().flip();

        assertThat(written.get(0)).isEqualTo(StoredDocumentType.TAG_BSON);
        assertThat(type.read(written)).isEqualTo(document);
        assertThat(type.read(written)).isEqualTo("and a string after it");
        assertThat(written.hasRemaining()).isFalse();
    }

    @Test
    void aFileWrittenWithJavaSerializedDocumentsIsReadAndItsPagesAreRewrittenAsBson() {
        String file = folder.resolve("old.mv.db").toString();
        Document document = everyKind();
        try (MVStore old = new MVStore.Builder().fileName(file).open()) {
            MVMap<Object, Object> plain = old.openMap("data");
            plain.put("a", document);
            plain.put("b", new Document("_id", "b").append("n", 1));
            old.commit();
        }

        try (MVStore store = new MVStore.Builder().fileName(file).open()) {
            MVMap<Object, Document> data = storedDocuments(store);
            assertThat(data.get("a")).isEqualTo(document);
            data.put("c", new Document("_id", "c").append("n", 3));
            store.commit();
        }

        try (MVStore store = new MVStore.Builder().fileName(file).open()) {
            MVMap<Object, Document> data = storedDocuments(store);
            assertThat(data.get("a")).isEqualTo(document);
            assertThat(data.get("b")).isEqualTo(new Document("_id", "b").append("n", 1));
            assertThat(data.get("c")).isEqualTo(new Document("_id", "c").append("n", 3));
        }
    }

    @Test
    void theServerKeepsEveryValueAClientStoresAcrossARestartAndReadsTheFilesOfThePlainBackend() {
        String file = folder.resolve("db.mv.db").toString();
        byte[] chunk = new byte[255 * 1024];
        Arrays.fill(chunk, (byte) 7);
        org.bson.Document sent = new org.bson.Document("_id", new org.bson.types.ObjectId())
                .append("tên", "Sở Nội vụ tỉnh Thái Nguyên")
                .append("n", 42)
                .append("big", 1L << 40)
                .append("ratio", 0.7)
                .append("at", new java.util.Date(1_765_000_000_000L))
                .append("data", new Binary(chunk))
                .append("amount", new org.bson.types.Decimal128(new BigDecimal("12.50")))
                .append("tags", List.of("PAR Index", "SIPAS"))
                .append("nested", new org.bson.Document("ok", true).append("none", null));
        served(new H2Backend(file), "docs", docs -> docs.insertOne(sent));
        IdNarrowedH2Backend backend = new IdNarrowedH2Backend(file);
        served(backend, "docs", docs -> {
            assertThat(docs.find(Filters.eq("_id", sent.get("_id"))).first()).isEqualTo(sent);
            docs.insertOne(new org.bson.Document(sent).append("_id", "second"));
            assertThat(backend.store().openMap("databases.t.docs").getValueType())
                    .isInstanceOf(StoredDocumentType.class);
        });
        served(new IdNarrowedH2Backend(file), "docs", docs -> {
            assertThat(docs.find(Filters.eq("_id", sent.get("_id"))).first()).isEqualTo(sent);
            assertThat(docs.find(Filters.eq("_id", "second")).first())
                    .isEqualTo(new org.bson.Document(sent).append("_id", "second"));
        });
    }

    private static Document everyKind() {
        byte[] bytes = new byte[300_000];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31);
        }
        return new Document("_id", new ObjectId())
                .append("name", "Ủy ban nhân dân tỉnh Tuyên Quang")
                .append("int", 7)
                .append("long", 1L << 40)
                .append("double", 2.5)
                .append("true", true)
                .append("null", null)
                .append("at", Instant.ofEpochMilli(1_765_000_000_123L))
                .append("uuid", UUID.fromString("3f1c2a4e-8b7d-4c1e-9a0f-5d6e7f8a9b0c"))
                .append("decimal", Decimal128.fromNumber(new BigDecimal("3.25")))
                .append("data", new BinData(bytes))
                .append("list", List.of(1, "hai", new Document("ba", 3)))
                .append("nested", new Document("deeper", new Document("x", List.of())));
    }

    /** The file's map "data" with documents stored as the stand-in's collections store them. */
    private static MVMap<Object, Document> storedDocuments(MVStore store) {
        return store.openMap("data", new MVMap.Builder<Object, Document>().valueType(new StoredDocumentType()));
    }
}
