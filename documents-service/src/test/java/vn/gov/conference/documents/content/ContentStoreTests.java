package vn.gov.conference.documents.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.GridFSUploadStream;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.gov.conference.documents.testing.SampleFiles;
import vn.gov.conference.platform.web.BusyException;

class ContentStoreTests {

    private static final long LIMIT = 2 * 1024 * 1024;
    private static final int BUFFERS = 6;

    private static MongoServer server;
    private static MongoClient client;

    private MongoDatabase database;
    private ContentStore store;
    private ChunkBuffers buffers;

    @BeforeAll
    static void startMongo() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create(server.bindAndGetConnectionString());
    }

    @AfterAll
    static void stopMongo() {
        client.close();
        server.shutdownNow();
    }

    @BeforeEach
    void freshDatabase() {
        database = client.getDatabase("content-" + new ObjectId());
        buffers = new ChunkBuffers(BUFFERS, ContentStore.CHUNK_SIZE, Duration.ofSeconds(1));
        store = new ContentStore(database, "materials", LIMIT, buffers);
    }

    @Test
    void storesAFileAcrossManyChunksAndReadsItBackByteIdentical() throws IOException {
        byte[] pdf = padded(SampleFiles.pdf("Bao cao PAR Index 2023"), 1_500_000);

        StoredContent stored = store.store(
                new ByteArrayInputStream(pdf),
                new UploadClaim("Báo cáo PAR Index.pdf", "application/pdf"),
                Map.of("requestId", "r-1"));

        assertThat(stored.format()).isEqualTo(MaterialFormat.PDF);
        assertThat(stored.size()).isEqualTo(pdf.length);
        assertThat(stored.sha256()).isEqualTo(SampleFiles.sha256(pdf));
        assertThat(stored.fileName()).isEqualTo("Báo cáo PAR Index.pdf");
        assertThat(chunks()).isGreaterThan(5);
        try (InputStream in = store.open(stored.fileId())) {
            assertThat(in.readAllBytes()).isEqualTo(pdf);
        }
        Document file = database.getCollection("materials.files").find().first();
        assertThat(file.get("metadata", Document.class))
                .containsEntry("requestId", "r-1")
                .containsEntry("contentType", "application/pdf");
    }

    @Test
    void servesARangeBySkippingWholeChunks() throws IOException {
        byte[] pdf = padded(SampleFiles.pdf("Range"), 1_000_000);
        StoredContent stored = store.store(new ByteArrayInputStream(pdf), new UploadClaim("a.pdf", null), Map.of());

        try (InputStream in = store.open(stored.fileId())) {
            assertThat(in.skip(700_000)).isEqualTo(700_000);
            assertThat(in.readNBytes(10)).isEqualTo(java.util.Arrays.copyOfRange(pdf, 700_000, 700_010));
        }
    }

    @Test
    void readsAcrossChunkBoundariesAfterSkippingIntoTheMiddleOfAChunk() throws IOException {
        byte[] pdf = padded(SampleFiles.pdf("Boundaries"), ContentStore.CHUNK_SIZE * 3 + 17);
        StoredContent stored = store.store(new ByteArrayInputStream(pdf), new UploadClaim("a.pdf", null), Map.of());
        int from = ContentStore.CHUNK_SIZE - 5;

        try (InputStream in = store.open(stored.fileId())) {
            assertThat(in.skip(from)).isEqualTo(from);
            assertThat(in.readNBytes(ContentStore.CHUNK_SIZE + 10))
                    .isEqualTo(java.util.Arrays.copyOfRange(pdf, from, from + ContentStore.CHUNK_SIZE + 10));
            assertThat(in.skip(Long.MAX_VALUE)).isEqualTo(pdf.length - from - ContentStore.CHUNK_SIZE - 10);
            assertThat(in.read()).isEqualTo(-1);
        }
    }

    @Test
    void failsLoudlyWhenAStoredFileLostAChunkOrIsGone() {
        byte[] pdf = padded(SampleFiles.pdf("Hong"), ContentStore.CHUNK_SIZE * 2);
        StoredContent stored = store.store(new ByteArrayInputStream(pdf), new UploadClaim("a.pdf", null), Map.of());
        database.getCollection("materials.chunks")
                .deleteOne(new Document("files_id", new ObjectId(stored.fileId())).append("n", 1));

        assertThatThrownBy(() -> store.open(stored.fileId()).readAllBytes())
                .isInstanceOf(IOException.class)
                .hasMessageContaining("misses chunk 1");
        assertThatThrownBy(() -> store.open(new ObjectId().toHexString()))
                .isInstanceOf(StoredFileMissingException.class);
    }

    @Test
    void storesADocxWhateverTheClientCallsIt() {
        byte[] docx = SampleFiles.docx("Dự thảo phát biểu");
        StoredContent stored = store.store(
                new ByteArrayInputStream(docx),
                new UploadClaim("Dự thảo phát biểu", "application/octet-stream"),
                Map.of());

        assertThat(stored.format()).isEqualTo(MaterialFormat.DOCX);
        assertThat(stored.fileName()).isEqualTo("Dự thảo phát biểu.docx");
        assertThat(stored.sha256()).isEqualTo(SampleFiles.sha256(docx));
    }

    @Test
    void refusesAForgedContentTypeBeforeWritingAnything() {
        byte[] docx = SampleFiles.docx("Báo cáo");

        assertThatThrownBy(() -> store.store(
                        new ByteArrayInputStream(docx), new UploadClaim("bao-cao.docx", "application/pdf"), Map.of()))
                .isInstanceOfSatisfying(ContentTypeMismatchException.class, ex -> {
                    assertThat(ex.detected()).isEqualTo(MaterialFormat.DOCX);
                    assertThat(ex.claimed()).isEqualTo("application/pdf");
                });
        assertThat(files()).isZero();
        assertThat(chunks()).isZero();
    }

    @Test
    void refusesANameWhoseExtensionContradictsTheBytes() {
        assertThatThrownBy(() -> store.store(
                        new ByteArrayInputStream(SampleFiles.png()),
                        new UploadClaim("bao-cao.pdf", "application/octet-stream"),
                        Map.of()))
                .isInstanceOfSatisfying(
                        ContentTypeMismatchException.class,
                        ex -> assertThat(ex.claimed()).isEqualTo(".pdf"));
        assertThat(files()).isZero();
    }

    @Test
    void refusesUnsupportedContent() {
        assertThatThrownBy(() -> store.store(
                        new ByteArrayInputStream("<html></html>".getBytes()),
                        new UploadClaim("trang.pdf", "application/pdf"),
                        Map.of()))
                .isInstanceOf(UnsupportedContentException.class);
        assertThat(files()).isZero();
    }

    @Test
    void refusesAFileOverTheLimitAndLeavesNoChunks() {
        byte[] big = padded(SampleFiles.pdf("Qua lon"), (int) LIMIT + 1);

        assertThatThrownBy(() -> store.store(new ByteArrayInputStream(big), new UploadClaim("lon.pdf", null), Map.of()))
                .isInstanceOfSatisfying(
                        ContentTooLargeException.class,
                        ex -> assertThat(ex.limit()).isEqualTo(LIMIT));
        assertThat(files()).isZero();
        assertThat(chunks()).isZero();
    }

    @Test
    void givesEveryChunkBufferBackWhetherAnUploadIsStoredRefusedOrBroken() {
        byte[] pdf = padded(SampleFiles.pdf("Bo dem"), 1_500_000);
        store.store(new ByteArrayInputStream(pdf), new UploadClaim("du.pdf", null), Map.of());
        assertThat(buffers.available()).as("after a stored upload").isEqualTo(BUFFERS);

        byte[] big = padded(SampleFiles.pdf("Qua lon"), (int) LIMIT + 1);
        assertThatThrownBy(() -> store.store(new ByteArrayInputStream(big), new UploadClaim("lon.pdf", null), Map.of()))
                .isInstanceOf(ContentTooLargeException.class);
        assertThat(buffers.available()).as("after one over the limit").isEqualTo(BUFFERS);

        InputStream breaking = new ByteArrayInputStream(pdf) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                if (available() < 500_000) {
                    throw new UncheckedIOException(new IOException("Connection reset by peer"));
                }
                return super.read(b, off, len);
            }
        };
        assertThatThrownBy(() -> store.store(breaking, new UploadClaim("dut.pdf", null), Map.of()))
                .hasMessageContaining("Connection reset");
        assertThat(buffers.available()).as("after one broken off").isEqualTo(BUFFERS);
    }

    @Test
    void refusesAnUploadAsBusyWhileEveryChunkBufferIsTaken() {
        List<byte[]> taken = new ArrayList<>();
        for (int i = 0; i < BUFFERS; i++) {
            taken.add(buffers.first());
        }

        assertThatThrownBy(() -> store.store(
                        new ByteArrayInputStream(SampleFiles.pdf("Ban")), new UploadClaim("ban.pdf", null), Map.of()))
                .isInstanceOfSatisfying(BusyException.class, busy -> {
                    assertThat(busy.status().value()).isEqualTo(503);
                    assertThat(busy.retryAfter()).isPositive();
                });
        assertThat(files()).isZero();
        assertThat(chunks()).isZero();

        taken.forEach(buffers::release);
        assertThat(store.store(
                                new ByteArrayInputStream(SampleFiles.pdf("Ban")),
                                new UploadClaim("ban.pdf", null),
                                Map.of())
                        .size())
                .isPositive();
    }

    @Test
    void acceptsAFileOfExactlyTheLimit() {
        byte[] exact = padded(SampleFiles.pdf("Vua du"), (int) LIMIT);

        assertThat(store.store(new ByteArrayInputStream(exact), new UploadClaim("du.pdf", null), Map.of())
                        .size())
                .isEqualTo(LIMIT);
    }

    @Test
    void deletesTheChunksOfAnUploadThatBreaksOffMidway() {
        byte[] pdf = padded(SampleFiles.pdf("Dut giua chung"), 1_200_000);
        InputStream breaking = new ByteArrayInputStream(pdf) {
            private int delivered;

            @Override
            public synchronized int read(byte[] b, int off, int len) {
                if (delivered > 800_000) {
                    throw new UncheckedIOException(new IOException("Connection reset by peer"));
                }
                int read = super.read(b, off, len);
                delivered += Math.max(read, 0);
                return read;
            }
        };

        assertThatThrownBy(() -> store.store(breaking, new UploadClaim("dut.pdf", null), Map.of()))
                .hasMessageContaining("Connection reset");
        assertThat(files()).isZero();
        assertThat(chunks()).isZero();
    }

    @Test
    void sweepsOldUnreferencedFilesAndHeadlessChunksButKeepsTheRest() {
        StoredContent referenced = store.store(
                new ByteArrayInputStream(SampleFiles.pdf("giu")), new UploadClaim("giu.pdf", null), Map.of());
        StoredContent orphan =
                store.store(new ByteArrayInputStream(SampleFiles.pdf("bo")), new UploadClaim("bo.pdf", null), Map.of());
        GridFSUploadStream crashed = GridFSBuckets.create(database, "materials")
                .openUploadStream(
                        "crashed.pdf", new com.mongodb.client.gridfs.model.GridFSUploadOptions().chunkSizeBytes(1024));
        crashed.write(new byte[5000]);
        assertThat(chunks()).isGreaterThan(2);

        int swept = store.sweepOrphans(Instant.now().plusSeconds(5), candidates -> {
            assertThat(candidates).contains(referenced.fileId(), orphan.fileId());
            return Set.of(referenced.fileId());
        });

        assertThat(swept).isEqualTo(2);
        assertThat(files()).isEqualTo(1);
        assertThat(database.getCollection("materials.chunks")
                        .countDocuments(new Document("files_id", crashed.getObjectId())))
                .isZero();
        assertThat(store.open(referenced.fileId())).isNotNull();
    }

    @Test
    void leavesRecentUploadsAloneWhileTheyMayStillBeRecorded() {
        store.store(new ByteArrayInputStream(SampleFiles.pdf("moi")), new UploadClaim("moi.pdf", null), Map.of());

        int swept = store.sweepOrphans(Instant.now().minusSeconds(3600), candidates -> Set.of());

        assertThat(swept).isZero();
        assertThat(files()).isEqualTo(1);
    }

    private long files() {
        return database.getCollection("materials.files").countDocuments();
    }

    private long chunks() {
        return database.getCollection("materials.chunks").countDocuments();
    }

    /** A valid file followed by filler up to {@code size} bytes; PDF readers ignore bytes after %%EOF. */
    private static byte[] padded(byte[] file, int size) {
        byte[] padded = new byte[size];
        new Random(size).nextBytes(padded);
        System.arraycopy(file, 0, padded, 0, file.length);
        return padded;
    }
}
