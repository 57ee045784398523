package vn.gov.conference.documents.content;

import java.util.List;
import org.bson.types.ObjectId;

/** Where one upload's chunks go ({@link GridFsUpload}; memory in unit tests), fed by a {@link ChunkWriter}. */
interface ChunkSink {

    /** The stored file's id. */
    ObjectId id();

    /** Stores chunks {@code first}, {@code first + 1}, … at once; all are whole chunks but the file's last. */
    void store(int first, List<byte[]> chunks);

    /** Writes the files document, after the last chunk: from then on the file exists. */
    void complete(long length);

    /** Deletes every chunk stored so far. */
    void abort();
}
