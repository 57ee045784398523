package vn.gov.conference.localstack;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import java.net.InetSocketAddress;
import java.util.function.Consumer;
import org.bson.Document;

/** A stand-in backend behind a real server and driver, for the tests of what the launcher's server stores. */
final class ServedBackend {

    private ServedBackend() {}

    /** Serves {@code backend} on a loopback port while {@code use} works on its collection t.{@code collection}. */
    static void served(MongoBackend backend, String collection, Consumer<MongoCollection<Document>> use) {
        MongoServer server = new MongoServer(backend);
        InetSocketAddress address = server.bind();
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
            use.accept(client.getDatabase("t").getCollection(collection));
        } finally {
            server.shutdownNow();
        }
    }
}
