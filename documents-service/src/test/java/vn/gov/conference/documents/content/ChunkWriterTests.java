package vn.gov.conference.documents.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoSocketWriteException;
import com.mongodb.ServerAddress;
import com.mongodb.client.gridfs.GridFSUploadStream;
import java.io.ByteArrayOutputStream;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.BsonObjectId;
import org.bson.BsonValue;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

class ChunkWriterTests {

    private static final int CHUNK = 1024;

    @Test
    void storesEveryByteInOrderInWholeChunksAndClosesTheFileLast() {
        byte[] file = new byte[10 * CHUNK + 123];
        new Random(7).nextBytes(file);
        FakeUpload upload = new FakeUpload(-1);
        try (ChunkWriter writer = new ChunkWriter(upload, CHUNK)) {
            for (int offset = 0; offset < file.length; offset += 700) {
                writer.write(file, offset, Math.min(700, file.length - offset));
            }
            assertThat(writer.finish()).isEqualTo(upload.id);
        }
        assertThat(upload.stored.toByteArray()).isEqualTo(file);
        assertThat(upload.writes).hasValue(11);
        assertThat(upload.writesWhenClosed)
                .as("the files document after the last chunk")
                .isEqualTo(11);
    }

    @Test
    void readsTheNextChunkWhileTheLastOneIsStillBeingStored() throws InterruptedException {
        FakeUpload upload = new FakeUpload(-1);
        upload.blockFirstWrite = new CountDownLatch(1);
        try (ChunkWriter writer = new ChunkWriter(upload, CHUNK)) {
            writer.write(new byte[CHUNK], 0, CHUNK); // handed over; its write now waits in the fake
            // The reader goes on: a second chunk fits in another buffer while the first is still being stored.
            writer.write(new byte[CHUNK], 0, CHUNK);
            assertThat(upload.writes).hasValue(0);
            upload.blockFirstWrite.countDown();
            writer.finish();
        }
        assertThat(upload.writes).hasValue(2);
    }

    @Test
    void aFailedWriteReachesTheReaderAndTheUploadIsAbortedAfterTheWritesUnderWay() {
        FakeUpload upload = new FakeUpload(2);
        ChunkWriter writer = new ChunkWriter(upload, CHUNK);
        assertThatThrownBy(() -> {
                    for (int i = 0; i < 20; i++) {
                        writer.write(new byte[CHUNK], 0, CHUNK);
                    }
                    writer.finish();
                })
                .isInstanceOf(MongoSocketWriteException.class);
        writer.abort();
        writer.close();
        assertThat(upload.aborted).isTrue();
        assertThat(upload.writesAfterAbort).hasValue(0);
        assertThat(upload.writes.get()).as("nothing written after the failure").isEqualTo(2);
    }

    /** A GridFS upload in memory that can fail its n-th chunk write. */
    private static final class FakeUpload extends GridFSUploadStream {

        final ObjectId id = new ObjectId();
        final ByteArrayOutputStream stored = new ByteArrayOutputStream();
        final AtomicInteger writes = new AtomicInteger();
        final AtomicInteger writesAfterAbort = new AtomicInteger();
        final int failAt;
        volatile boolean aborted;
        volatile int writesWhenClosed = -1;
        volatile CountDownLatch blockFirstWrite;

        FakeUpload(int failAt) {
            this.failAt = failAt;
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            CountDownLatch latch = blockFirstWrite;
            if (latch != null && writes.get() == 0) {
                try {
                    latch.await(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (aborted) {
                writesAfterAbort.incrementAndGet();
            }
            if (writes.get() == failAt) {
                throw new MongoSocketWriteException(
                        "connection lost", new ServerAddress(), new java.io.IOException("broken pipe"));
            }
            stored.write(b, off, len);
            writes.incrementAndGet();
        }

        @Override
        public void write(byte[] b) {
            write(b, 0, b.length);
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void close() {
            writesWhenClosed = writes.get();
        }

        @Override
        public void abort() {
            aborted = true;
        }

        @Override
        public ObjectId getObjectId() {
            return id;
        }

        @Override
        public BsonValue getId() {
            return new BsonObjectId(id);
        }
    }
}
