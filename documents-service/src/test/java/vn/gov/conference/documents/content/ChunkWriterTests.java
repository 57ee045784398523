package vn.gov.conference.documents.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoSocketWriteException;
import com.mongodb.ServerAddress;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import vn.gov.conference.platform.web.BusyException;

class ChunkWriterTests {

    private static final int CHUNK = 1024;

    /** A pool with room for two uploads at full speed. */
    private final ChunkBuffers pool = new ChunkBuffers(2 * ChunkWriter.BUFFERS, CHUNK, Duration.ofSeconds(1));

    @Test
    void storesEveryByteInOrderInWholeChunksAndWritesTheFilesDocumentLast() {
        byte[] file = new byte[10 * CHUNK + 123];
        new Random(7).nextBytes(file);
        FakeSink sink = new FakeSink(-1);
        try (ChunkWriter writer = new ChunkWriter(sink, pool)) {
            for (int offset = 0; offset < file.length; offset += 700) {
                writer.write(file, offset, Math.min(700, file.length - offset));
            }
            assertThat(writer.finish()).isEqualTo(sink.id);
        }
        assertThat(sink.stored.toByteArray()).isEqualTo(file);
        assertThat(sink.chunkSizes).hasSize(11);
        assertThat(sink.chunkSizes.subList(0, 10)).containsOnly(CHUNK);
        assertThat(sink.chunkSizes.getLast()).isEqualTo(123);
        assertThat(sink.completedLength).isEqualTo(file.length);
        assertThat(sink.chunksWhenCompleted)
                .as("the files document after the last chunk")
                .isEqualTo(11);
        assertThat(pool.available()).as("every buffer back in the pool").isEqualTo(2 * ChunkWriter.BUFFERS);
    }

    @Test
    void readsOnWhileAChunkIsStoredAndStoresWhatPiledUpInOneInsert() throws InterruptedException {
        FakeSink sink = new FakeSink(-1);
        sink.blockFirstStore = new CountDownLatch(1);
        try (ChunkWriter writer = new ChunkWriter(sink, pool)) {
            writer.write(new byte[CHUNK], 0, CHUNK); // handed over; its insert now waits in the fake
            assertThat(sink.storing.await(5, TimeUnit.SECONDS)).isTrue();
            // The reader goes on while the first is stored: the other buffers but the one it fills next take chunks.
            for (int i = 0; i < ChunkWriter.BUFFERS - 2; i++) {
                writer.write(new byte[CHUNK], 0, CHUNK);
            }
            assertThat(sink.chunkSizes).isEmpty();
            assertThat(pool.available())
                    .as("one upload holds at most its " + ChunkWriter.BUFFERS + " buffers")
                    .isEqualTo(ChunkWriter.BUFFERS);
            sink.blockFirstStore.countDown();
            writer.finish();
        }
        assertThat(pool.available()).isEqualTo(2 * ChunkWriter.BUFFERS);
        assertThat(sink.batches).containsExactly(1, ChunkWriter.BUFFERS - 2);
        assertThat(sink.firsts).containsExactly(0, 1);
    }

    @Test
    void aFailedWriteReachesTheReaderAndTheUploadIsAbortedAfterTheWritesUnderWay() {
        FakeSink sink = new FakeSink(1);
        ChunkWriter writer = new ChunkWriter(sink, pool);
        assertThatThrownBy(() -> {
                    for (int i = 0; i < 20; i++) {
                        writer.write(new byte[CHUNK], 0, CHUNK);
                    }
                    writer.finish();
                })
                .isInstanceOf(MongoSocketWriteException.class);
        writer.abort();
        writer.close();
        assertThat(sink.aborted).isTrue();
        assertThat(sink.storesAfterAbort).hasValue(0);
        assertThat(sink.stores.get()).as("no insert after the failed one").isEqualTo(2);
        assertThat(sink.completedLength).as("no files document").isEqualTo(-1);
        assertThat(pool.available()).as("every buffer back in the pool").isEqualTo(2 * ChunkWriter.BUFFERS);
    }

    @Test
    void goesOnWithOneBufferWhenThePoolHasNoOtherFree() {
        ChunkBuffers one = new ChunkBuffers(1, CHUNK, Duration.ofSeconds(1));
        byte[] file = new byte[6 * CHUNK + 5];
        new Random(8).nextBytes(file);
        FakeSink sink = new FakeSink(-1);
        try (ChunkWriter writer = new ChunkWriter(sink, one)) {
            writer.write(file, 0, file.length);
            writer.finish();
        }
        assertThat(sink.stored.toByteArray()).isEqualTo(file);
        assertThat(sink.batches).as("one chunk at a time").containsOnly(1);
        assertThat(one.available()).isEqualTo(1);
    }

    @Test
    void anUploadWaitsForAFirstBufferAndIsRefusedAsBusyWhenNoneComesFree() throws InterruptedException {
        ChunkBuffers one = new ChunkBuffers(1, CHUNK, Duration.ofSeconds(1));
        ChunkWriter first = new ChunkWriter(new FakeSink(-1), one);

        assertThatThrownBy(() -> new ChunkWriter(new FakeSink(-1), one)).isInstanceOf(BusyException.class);

        FakeSink waiting = new FakeSink(-1);
        AtomicReference<Throwable> failed = new AtomicReference<>();
        Thread second = Thread.ofVirtual().start(() -> {
            try (ChunkWriter writer = new ChunkWriter(waiting, one)) {
                writer.write(new byte[CHUNK], 0, CHUNK);
                writer.finish();
            } catch (Throwable t) {
                failed.set(t);
            }
        });
        first.write(new byte[10], 0, 10);
        first.finish();
        first.close();
        second.join(5_000);
        assertThat(failed.get()).as("the waiting upload got the buffer").isNull();
        assertThat(waiting.completedLength).isEqualTo(CHUNK);
        assertThat(one.available()).isEqualTo(1);
    }

    /** GridFS in memory, whose n-th insert (counting from 0) can fail. */
    private static final class FakeSink implements ChunkSink {

        final ObjectId id = new ObjectId();
        final ByteArrayOutputStream stored = new ByteArrayOutputStream();
        final List<Integer> chunkSizes = new CopyOnWriteArrayList<>();
        final List<Integer> batches = new CopyOnWriteArrayList<>();
        final List<Integer> firsts = new CopyOnWriteArrayList<>();
        final AtomicInteger stores = new AtomicInteger();
        final AtomicInteger storesAfterAbort = new AtomicInteger();
        final int failAt;
        volatile boolean aborted;
        volatile long completedLength = -1;
        volatile int chunksWhenCompleted = -1;
        volatile CountDownLatch blockFirstStore;
        final CountDownLatch storing = new CountDownLatch(1);

        FakeSink(int failAt) {
            this.failAt = failAt;
        }

        @Override
        public ObjectId id() {
            return id;
        }

        @Override
        public synchronized void store(int first, List<byte[]> chunks) {
            storing.countDown();
            CountDownLatch latch = blockFirstStore;
            if (latch != null && stores.get() == 0) {
                try {
                    latch.await(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (aborted) {
                storesAfterAbort.incrementAndGet();
            }
            if (stores.getAndIncrement() == failAt) {
                throw new MongoSocketWriteException(
                        "connection lost", new ServerAddress(), new java.io.IOException("broken pipe"));
            }
            firsts.add(first);
            batches.add(chunks.size());
            for (byte[] chunk : chunks) {
                stored.writeBytes(chunk);
                chunkSizes.add(chunk.length);
            }
        }

        @Override
        public void complete(long length) {
            completedLength = length;
            chunksWhenCompleted = chunkSizes.size();
        }

        @Override
        public void abort() {
            aborted = true;
        }
    }
}
