package vn.gov.conference.localstack;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.file.Path;

/**
 * The MongoDB-compatible server (mongo-java-server) inside the launcher, storing every database in one H2 file
 * so data survives a restart. The oplog stays off: no service watches a change stream, and with it on every
 * write was written a second time into one synchronized oplog collection that all writers queued for (issue 18).
 * What it lacks compared with a real MongoDB (transactions, TTL, partial and non-unique indexes, $text) is
 * listed in docs/running.md; the services are written not to need it.
 */
final class MongoServer implements AutoCloseable {

    private final de.bwaldvogel.mongo.MongoServer server;
    private final H2Backend backend;

    private MongoServer(de.bwaldvogel.mongo.MongoServer server, H2Backend backend) {
        this.server = server;
        this.backend = backend;
    }

    /** Opens (or creates) {@code <folder>/databases.mv.db} and listens on the loopback interface. */
    static MongoServer start(Path folder, int port) {
        H2Backend backend =
                new IdNarrowedH2Backend(folder.resolve("databases.mv.db").toString());
        de.bwaldvogel.mongo.MongoServer server = new de.bwaldvogel.mongo.MongoServer(backend);
        try {
            server.bind("127.0.0.1", port);
        } catch (RuntimeException e) {
            backend.close();
            throw new StartupFailure(
                    "The MongoDB-compatible server cannot listen on port " + port + ": " + e.getMessage(), e);
        }
        return new MongoServer(server, backend);
    }

    /** Stops accepting connections, then writes everything to the file and closes it. */
    @Override
    public void close() {
        server.shutdownNow();
        backend.close();
    }
}
