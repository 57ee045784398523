package vn.gov.conference.documents.content;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.model.GridFSFile;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.bson.Document;
import org.bson.types.ObjectId;

/**
 * Files in GridFS, written as they stream in: the service never holds more than one buffer and a few GridFS chunks
 * of an upload ({@link ChunkWriter}, which stores chunks while the next ones are read), whatever its size, and the
 * chunks of all uploads at once come from one bounded pool ({@link ChunkBuffers}). The
 * SHA-256 and the size are computed on the way. An upload either completes with
 * its files document written, or its chunks are deleted at once; chunks left behind by a crashed process are found
 * later by {@link #sweepOrphans}.
 */
public class ContentStore {

    static final int CHUNK_SIZE = 255 * 1024;
    private static final int BUFFER_SIZE = 64 * 1024;

    private final MongoDatabase database;
    private final GridFSBucket bucket;
    private final long maxSize;
    private final ChunkBuffers buffers;
    private volatile boolean indexed;

    public ContentStore(MongoDatabase database, String bucketName, long maxSize, ChunkBuffers buffers) {
        if (buffers.chunkSize() != CHUNK_SIZE) {
            throw new IllegalArgumentException("Chunk buffers of " + buffers.chunkSize() + " bytes, not " + CHUNK_SIZE);
        }
        this.database = database;
        this.bucket = GridFSBuckets.create(database, bucketName);
        this.maxSize = maxSize;
        this.buffers = buffers;
    }

    public long maxSize() {
        return maxSize;
    }

    /**
     * Checks what the stream holds, then stores it whole under a safe version of the claimed name.
     *
     * @throws UnsupportedContentException  when the bytes are no accepted format
     * @throws ContentTypeMismatchException when the declared type or the name's extension says otherwise
     * @throws ContentTooLargeException     when the stream goes past the size limit
     */
    public StoredContent store(InputStream in, UploadClaim claim, Map<String, String> metadata) {
        byte[] head = readHead(in);
        MaterialFormat format = ContentSniffer.sniff(head, head.length)
                .orElseThrow(() -> new UnsupportedContentException(claim.declaredType()));
        if (!format.admitsDeclaredType(claim.declaredType())) {
            throw new ContentTypeMismatchException(format, MaterialFormat.baseType(claim.declaredType()));
        }
        FileNames.contradictingExtension(claim.fileName(), format).ifPresent(extension -> {
            throw new ContentTypeMismatchException(format, "." + extension);
        });
        String fileName = FileNames.sanitise(claim.fileName(), format);
        Document fileMetadata = new Document(Map.copyOf(metadata)).append("contentType", format.mediaType());
        ensureIndexes();
        GridFsUpload upload = new GridFsUpload(chunks(), files(), fileName, CHUNK_SIZE, fileMetadata);
        try (ChunkWriter chunks = new ChunkWriter(upload, buffers)) {
            try {
                MessageDigest sha256 = sha256();
                long size = write(head, head.length, 0, chunks, sha256);
                byte[] buffer = new byte[BUFFER_SIZE];
                for (int read; (read = in.read(buffer)) != -1; ) {
                    size = write(buffer, read, size, chunks, sha256);
                }
                ObjectId id = chunks.finish();
                return new StoredContent(
                        id.toHexString(), fileName, format, size, HexFormat.of().formatHex(sha256.digest()));
            } catch (IOException | UncheckedIOException ex) {
                chunks.abort();
                throw new UploadInterruptedException(ex);
            } catch (RuntimeException | Error ex) {
                chunks.abort();
                throw ex;
            }
        }
    }

    /**
     * The indexes the driver's GridFS upload stream creates before a bucket's first file, created here since uploads
     * are written by {@link GridFsUpload}: reading a file's chunks in order needs the chunks one; both are idempotent.
     */
    private void ensureIndexes() {
        if (indexed) {
            return;
        }
        files().createIndex(Indexes.ascending("filename", "uploadDate"));
        chunks().createIndex(Indexes.ascending("files_id", "n"), new IndexOptions().unique(true));
        indexed = true;
    }

    private MongoCollection<Document> chunks() {
        return database.getCollection(bucket.getBucketName() + ".chunks");
    }

    private MongoCollection<Document> files() {
        return database.getCollection(bucket.getBucketName() + ".files");
    }

    /** The stored bytes from the start; {@link InputStream#skip} jumps whole chunks, which serves Range requests. */
    public InputStream open(String fileId) {
        ObjectId id = new ObjectId(fileId);
        GridFSFile file = bucket.find(Filters.eq("_id", id)).first();
        if (file == null) {
            throw new StoredFileMissingException(fileId);
        }
        return new ChunkReader(chunks(), id, file.getLength(), file.getChunkSize());
    }

    public void delete(String fileId) {
        bucket.delete(new ObjectId(fileId));
    }

    /**
     * Deletes what uploads left behind: files older than {@code cutoff} that no record references, and chunks of
     * uploads that never got their files document (the process died mid-upload before it could abort).
     *
     * @param referenced given file ids, answers those a record still points to
     * @return how many files were deleted
     */
    public int sweepOrphans(Instant cutoff, Function<Set<String>, Set<String>> referenced) {
        Set<String> candidates = new HashSet<>();
        bucket.find(Filters.lt("uploadDate", Date.from(cutoff)))
                .map(GridFSFile::getObjectId)
                .forEach(id -> candidates.add(id.toHexString()));
        Set<String> orphans = new HashSet<>(candidates);
        if (!candidates.isEmpty()) {
            orphans.removeAll(referenced.apply(Set.copyOf(candidates)));
        }
        orphans.forEach(this::delete);
        return orphans.size() + sweepHeadlessChunks(cutoff);
    }

    private int sweepHeadlessChunks(Instant cutoff) {
        MongoCollection<Document> chunks = chunks();
        MongoCollection<Document> files = files();
        ObjectId newest = new ObjectId(Date.from(cutoff));
        List<ObjectId> uploads = chunks.distinct("files_id", Filters.lt("files_id", newest), ObjectId.class)
                .into(new ArrayList<>());
        int swept = 0;
        for (ObjectId upload : uploads) {
            if (files.countDocuments(Filters.eq("_id", upload)) == 0) {
                chunks.deleteMany(Filters.eq("files_id", upload));
                swept++;
            }
        }
        return swept;
    }

    private long write(byte[] bytes, int length, long written, ChunkWriter out, MessageDigest sha256) {
        long size = written + length;
        if (size > maxSize) {
            throw new ContentTooLargeException(maxSize);
        }
        sha256.update(bytes, 0, length);
        out.write(bytes, 0, length);
        return size;
    }

    private static byte[] readHead(InputStream in) {
        try {
            return in.readNBytes(ContentSniffer.WINDOW);
        } catch (IOException ex) {
            throw new UploadInterruptedException(ex);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("Every Java runtime has SHA-256", ex);
        }
    }
}
