package vn.gov.conference.documents.content;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import vn.gov.conference.platform.web.BusyException;

/**
 * The chunk buffers every upload of this process shares, all allocated at start: what uploads hold in memory is
 * bounded by their number, not by how many uploads run at once (with four buffers per upload, 200 uploads at once
 * would need 200 MB of a 256 MB heap, and the buffers of 20 lived long enough to be promoted: issue 18). An upload
 * takes one buffer to start, waiting for it at most {@code wait} (then 503, to be retried), and another whenever it
 * has read a chunk while all it holds still wait to be stored, if one is free at that moment: an upload faster than
 * the database overlaps reading and writing with up to {@link ChunkWriter#BUFFERS}, a slow one (a phone on a weak
 * network) holds one.
 */
public final class ChunkBuffers {

    private final BlockingQueue<byte[]> free;
    private final int chunkSize;
    private final Duration wait;

    public ChunkBuffers(int count, int chunkSize, Duration wait) {
        if (count < 1) {
            throw new IllegalArgumentException("At least one chunk buffer, not " + count);
        }
        this.free = new ArrayBlockingQueue<>(count);
        for (int i = 0; i < count; i++) {
            free.add(new byte[chunkSize]);
        }
        this.chunkSize = chunkSize;
        this.wait = wait;
    }

    int chunkSize() {
        return chunkSize;
    }

    /** An upload's first buffer, waited for. */
    byte[] first() {
        byte[] buffer;
        try {
            buffer = free.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy();
        }
        if (buffer == null) {
            throw busy();
        }
        return buffer;
    }

    /** One more buffer if one is free right now, else null. */
    byte[] another() {
        return free.poll();
    }

    void release(byte[] buffer) {
        if (buffer.length == chunkSize) {
            free.offer(buffer);
        }
    }

    /** Buffers no upload holds now. */
    int available() {
        return free.size();
    }

    private BusyException busy() {
        return new BusyException(
                "uploads-busy",
                "This instance is receiving as many uploads as its memory allows; send the file again shortly",
                Duration.ofSeconds(5));
    }
}
