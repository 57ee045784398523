package vn.gov.conference.documents.content;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.bson.types.Binary;
import org.bson.types.ObjectId;

/**
 * One upload written into a GridFS bucket as the GridFS specification lays it out (chunks {@code files_id}, {@code n},
 * {@code data}; then the files document), so that the driver's {@code GridFSBucket} reads it like any other file. The
 * driver's own upload stream inserts one chunk per round trip; this inserts as many as {@link ChunkWriter} has ready.
 */
final class GridFsUpload implements ChunkSink {

    private final ObjectId id = new ObjectId();
    private final MongoCollection<Document> chunks;
    private final MongoCollection<Document> files;
    private final String fileName;
    private final int chunkSize;
    private final Document metadata;

    GridFsUpload(
            MongoCollection<Document> chunks,
            MongoCollection<Document> files,
            String fileName,
            int chunkSize,
            Document metadata) {
        this.chunks = chunks;
        this.files = files;
        this.fileName = fileName;
        this.chunkSize = chunkSize;
        this.metadata = metadata;
    }

    @Override
    public ObjectId id() {
        return id;
    }

    @Override
    public void store(int first, List<byte[]> data) {
        List<Document> batch = new ArrayList<>(data.size());
        for (int i = 0; i < data.size(); i++) {
            batch.add(new Document("_id", new ObjectId())
                    .append("files_id", id)
                    .append("n", first + i)
                    .append("data", new Binary(data.get(i))));
        }
        chunks.insertMany(batch);
    }

    @Override
    public void complete(long length) {
        files.insertOne(new Document("_id", id)
                .append("length", length)
                .append("chunkSize", chunkSize)
                .append("uploadDate", new Date())
                .append("filename", fileName)
                .append("metadata", metadata));
    }

    @Override
    public void abort() {
        chunks.deleteMany(Filters.eq("files_id", id));
    }
}
