package vn.gov.conference.localstack;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.ByteBuffer;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;

/**
 * The value type of the stand-in's collections: a document is stored as its BSON, the form the server reads and
 * writes on the wire, instead of H2's Java serialization of mongo-java-server's {@code Document}. Writing pages
 * serialized every document through an {@code ObjectOutputStream} whose buffer grew by doubling: during uploads that
 * was three quarters of everything the stand-in allocated (a 255 kB chunk cost about 1 MB of garbage each time its
 * page was written) and most of its young collections, each a stall of every service at once (issue 18). BSON keeps
 * every value a client can store (it is the wire's own encoding), and is written through one reused buffer per thread.
 * <p>
 * Pages written before this type existed hold Java-serialized documents: they are read as H2 reads them, and written
 * as BSON the next time their page is. A value BSON cannot hold (none that a client can send) is still serialized.
 */
final class StoredDocumentType extends ObjectDataType {

    /** Precedes a BSON document; H2's own tags end at 119 and it refuses any other as a corrupt file. */
    static final byte TAG_BSON = 120;

    private static final int INITIAL_BUFFER = 64 * 1024;

    /** Larger buffers are not kept for the thread: a rare huge document does not pin its size in memory. */
    private static final int KEPT_BUFFER = 1024 * 1024;

    private static final ThreadLocal<ByteBuf> BUFFER = ThreadLocal.withInitial(() -> Unpooled.buffer(INITIAL_BUFFER));

    /** H2's estimate of a serialized value's memory: twice the size, as an average of the recent ones. */
    private volatile int averageSize = 10_000;

    @Override
    public int getMemory(Object obj) {
        return obj instanceof Document ? averageSize : super.getMemory(obj);
    }

    @Override
    public void write(WriteBuffer buff, Object obj) {
        if (!(obj instanceof Document document)) {
            super.write(buff, obj);
            return;
        }
        ByteBuf bson = BUFFER.get();
        bson.clear();
        try {
            BsonEncoder.encodeDocument(document, bson);
        } catch (IllegalArgumentException notBson) {
            super.write(buff, obj);
            return;
        }
        int size = bson.writerIndex();
        averageSize = (int) ((2L * size + 15L * averageSize) / 16);
        buff.put(TAG_BSON).put(bson.array(), bson.arrayOffset(), size);
        if (bson.capacity() > KEPT_BUFFER) {
            BUFFER.remove();
        }
    }

    @Override
    public Object read(ByteBuffer buff) {
        if (buff.get(buff.position()) != TAG_BSON) {
            return super.read(buff);
        }
        buff.get();
        ByteBuf bson = Unpooled.wrappedBuffer(buff.slice());
        Document document = BsonDecoder.decodeBson(bson);
        buff.position(buff.position() + bson.readerIndex());
        return document;
    }
}
