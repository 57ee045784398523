package vn.gov.conference.documents.content;

import com.mongodb.client.gridfs.GridFSUploadStream;
import java.io.InterruptedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.bson.types.ObjectId;

/**
 * Stores an upload's chunks in GridFS on a thread of its own, so that the request thread reads (and hashes) the next
 * chunk from the network while the previous one is being written: the two waits overlap instead of adding up (a
 * 10 MB upload is 40 round trips to the database; issue 18). The bytes go through {@link #BUFFERS} reused buffers of
 * one chunk each: when all are waiting to be stored the reader waits too, so an upload still holds a bounded amount
 * of memory whatever its size. Used by one request thread; the first failure of a write is raised to it.
 */
final class ChunkWriter implements AutoCloseable {

    static final int BUFFERS = 3;

    private final GridFSUploadStream out;
    private final int chunkSize;
    private final BlockingQueue<byte[]> free;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(
            Thread.ofVirtual().name("gridfs-writer").factory());
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    private byte[] block;
    private int filled;

    ChunkWriter(GridFSUploadStream out, int chunkSize) {
        this.out = out;
        this.chunkSize = chunkSize;
        this.free = new ArrayBlockingQueue<>(BUFFERS);
        for (int i = 0; i < BUFFERS; i++) {
            free.add(new byte[chunkSize]);
        }
        this.block = take();
    }

    void write(byte[] bytes, int offset, int length) {
        while (length > 0) {
            int n = Math.min(length, chunkSize - filled);
            System.arraycopy(bytes, offset, block, filled, n);
            filled += n;
            offset += n;
            length -= n;
            if (filled == chunkSize) {
                hand();
            }
        }
    }

    /** Stores what is left, waits until every chunk is written, then writes the files document. */
    ObjectId finish() {
        if (filled > 0) {
            hand();
        }
        drain();
        raise();
        out.close();
        return out.getObjectId();
    }

    /** Waits for the writes under way, then deletes every chunk of the upload. */
    void abort() {
        drain();
        out.abort();
    }

    @Override
    public void close() {
        writer.shutdown();
    }

    private void hand() {
        raise();
        byte[] full = block;
        int size = filled;
        writer.execute(() -> {
            try {
                if (failure.get() == null) {
                    out.write(full, 0, size);
                }
            } catch (Throwable t) {
                failure.compareAndSet(null, t);
            } finally {
                free.add(full);
            }
        });
        block = take();
        filled = 0;
    }

    /** Every buffer back: no write is under way any more (the queue orders the writer's work before this). */
    private void drain() {
        byte[][] all = new byte[BUFFERS][];
        all[0] = block;
        for (int i = 1; i < BUFFERS; i++) {
            all[i] = take();
        }
        for (int i = 1; i < BUFFERS; i++) {
            free.add(all[i]);
        }
    }

    private byte[] take() {
        try {
            return free.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UploadInterruptedException(new InterruptedIOException("Interrupted while storing"));
        }
    }

    private void raise() {
        Throwable t = failure.get();
        if (t instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (t instanceof Error error) {
            throw error;
        }
        if (t != null) {
            throw new IllegalStateException(t);
        }
    }
}
