package vn.gov.conference.documents.content;

import com.mongodb.client.MongoCollection;
import java.io.IOException;
import java.io.InputStream;
import org.bson.Document;
import org.bson.types.Binary;
import org.bson.types.ObjectId;

/**
 * Reads a stored file chunk by chunk. The driver's own GridFS stream asks for all chunks in one cursor and leaves
 * batching to the server; the in-memory stand-in answers such a query with the whole file in one reply, which the
 * driver then has to hold. Asking for one chunk at a time keeps memory bounded on any server, and makes
 * {@link #skip} (Range requests) start at the right chunk without reading the ones before.
 */
final class ChunkReader extends InputStream {

    private final MongoCollection<Document> chunks;
    private final ObjectId fileId;
    private final long length;
    private final int chunkSize;
    private byte[] current;
    private int offset;
    private long position;
    private int nextChunk;

    ChunkReader(MongoCollection<Document> chunks, ObjectId fileId, long length, int chunkSize) {
        this.chunks = chunks;
        this.fileId = fileId;
        this.length = length;
        this.chunkSize = chunkSize;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) == -1 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (position >= length) {
            return -1;
        }
        if (current == null || offset >= current.length) {
            current = nextChunk();
            offset = (int) (position % chunkSize);
        }
        int count = (int) Math.min(Math.min(len, current.length - offset), length - position);
        System.arraycopy(current, offset, buffer, off, count);
        offset += count;
        position += count;
        return count;
    }

    @Override
    public long skip(long n) {
        long skipped = Math.max(0, Math.min(n, length - position));
        position += skipped;
        current = null;
        nextChunk = (int) (position / chunkSize);
        return skipped;
    }

    @Override
    public int available() {
        return current == null ? 0 : current.length - offset;
    }

    /**
     * One chunk per query, by its full key, which the unique (files_id, n) index answers on any server; written as a
     * plain document, because the stand-in cannot use an index for the {@code $and} that Filters.and renders.
     */
    private byte[] nextChunk() throws IOException {
        Document chunk = chunks.find(new Document("files_id", fileId).append("n", nextChunk))
                .first();
        if (chunk == null) {
            throw new IOException("Stored file " + fileId + " misses chunk " + nextChunk);
        }
        nextChunk++;
        return chunk.get("data", Binary.class).getData();
    }
}
