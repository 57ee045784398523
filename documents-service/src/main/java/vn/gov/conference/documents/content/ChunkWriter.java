package vn.gov.conference.documents.content;

import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicReference;
import org.bson.types.ObjectId;

/**
 * Stores an upload's chunks on a virtual thread of its own, so that the request thread reads (and hashes) the next
 * chunks from the network while earlier ones are being written: the two waits overlap instead of adding up. The
 * chunks that are full when the writer is free go to the database together, up to {@link #MAX_BATCH} in one insert
 * (fewer round trips when the database is the slower side: issue 18, docs/performance.md). The bytes go through
 * buffers of one chunk each, taken from the process's {@link ChunkBuffers}: one to start with, another only when
 * every one the upload holds is waiting to be stored and the pool has one free, at most {@link #BUFFERS}; when all
 * it holds are waiting, the reader waits too. They go back to the pool when the upload ends, however it ends. Used
 * by one request thread; the first failure of a write is raised to it.
 */
final class ChunkWriter implements AutoCloseable {

    /** The most buffers one upload holds. */
    static final int BUFFERS = 4;

    /** The reader always has a buffer to fill while the others are stored. */
    static final int MAX_BATCH = BUFFERS - 1;

    /** Handed over after the last chunk: the writer stops when it reaches it. */
    private static final Filled END = new Filled(new byte[0], 0);

    private final ChunkSink sink;
    private final ChunkBuffers buffers;
    private final int chunkSize;
    /** The buffers this upload holds that are stored and free to fill again. */
    private final BlockingQueue<byte[]> free = new LinkedBlockingQueue<>();

    private final BlockingQueue<Filled> filled = new LinkedBlockingQueue<>();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final Thread writer;

    private byte[] block;
    private int held;
    private int used;
    private long length;
    private boolean ended;

    /** @throws vn.gov.conference.platform.web.BusyException when no buffer came free in time */
    ChunkWriter(ChunkSink sink, ChunkBuffers buffers) {
        this.sink = sink;
        this.buffers = buffers;
        this.chunkSize = buffers.chunkSize();
        this.block = buffers.first();
        this.held = 1;
        this.writer = Thread.ofVirtual().name("gridfs-writer").start(this::storeUntilEnd);
    }

    void write(byte[] bytes, int offset, int count) {
        length += count;
        while (count > 0) {
            int n = Math.min(count, chunkSize - used);
            System.arraycopy(bytes, offset, block, used, n);
            used += n;
            offset += n;
            count -= n;
            if (used == chunkSize) {
                hand();
            }
        }
    }

    /** Stores what is left, waits until every chunk is written, then writes the files document. */
    ObjectId finish() {
        if (used > 0) {
            hand();
        }
        end();
        raise();
        sink.complete(length);
        return sink.id();
    }

    /** Waits for the writes under way, then deletes every chunk of the upload. */
    void abort() {
        end();
        sink.abort();
    }

    /** Ends the writer if neither {@link #finish} nor {@link #abort} did. */
    @Override
    public void close() {
        end();
    }

    private void hand() {
        raise();
        filled.add(new Filled(block, used));
        block = null; // the writer's now: not given back twice if no other comes
        used = 0;
        block = take();
    }

    private void end() {
        if (ended) {
            return;
        }
        ended = true;
        filled.add(END);
        boolean interrupted = false;
        while (true) {
            try {
                writer.join();
                break;
            } catch (InterruptedException e) {
                // The writer still holds buffers and a connection: wait for it, and keep the interrupt for the caller.
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        giveBuffersBack();
    }

    /** Once the writer has stopped: every buffer is the one being filled, a free one, or one it never took. */
    private void giveBuffersBack() {
        if (block != null) {
            buffers.release(block);
            block = null;
        }
        for (byte[] buffer; (buffer = free.poll()) != null; ) {
            buffers.release(buffer);
        }
        for (Filled chunk; (chunk = filled.poll()) != null; ) {
            if (chunk != END) {
                buffers.release(chunk.buffer());
            }
        }
    }

    /** The writer's loop: whatever is full when it is free, in one insert; nothing more after a failure. */
    private void storeUntilEnd() {
        List<Filled> batch = new ArrayList<>(MAX_BATCH + 1);
        int next = 0;
        while (true) {
            try {
                batch.add(filled.take());
            } catch (InterruptedException e) {
                failure.compareAndSet(null, e);
                return;
            }
            filled.drainTo(batch, MAX_BATCH - 1);
            boolean last = batch.getLast() == END;
            if (last) {
                batch.removeLast();
            }
            if (!batch.isEmpty() && failure.get() == null) {
                try {
                    sink.store(next, batch.stream().map(this::bytes).toList());
                } catch (Throwable t) {
                    failure.compareAndSet(null, t);
                }
            }
            next += batch.size();
            batch.forEach(chunk -> free.add(chunk.buffer()));
            batch.clear();
            if (last) {
                return;
            }
        }
    }

    /** A chunk's bytes: the buffer itself when full (stored before it is reused), else a copy of its length. */
    private byte[] bytes(Filled chunk) {
        return chunk.size() == chunkSize ? chunk.buffer() : Arrays.copyOf(chunk.buffer(), chunk.size());
    }

    private byte[] take() {
        byte[] buffer = free.poll();
        if (buffer == null && held < BUFFERS) {
            buffer = buffers.another();
            if (buffer != null) {
                held++;
            }
        }
        if (buffer != null) {
            return buffer;
        }
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

    private record Filled(byte[] buffer, int size) {}
}
