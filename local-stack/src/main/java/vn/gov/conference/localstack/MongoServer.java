package vn.gov.conference.localstack;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * The MongoDB-compatible server (mongo-java-server), storing every database in one H2 file so data survives a
 * restart. It runs in a child JVM of its own ({@link MongoProcess}, entry point {@link #main}): a database is a
 * process apart in production too, and in the launcher's JVM its garbage (every 255 kB GridFS chunk passes through
 * it) paused whatever else ran there, the bench's clients included. The oplog stays off: no service watches a change stream, and with it on every
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

    /**
     * The child's entry point: {@code <folder> <port>}. Serves until the process is asked to stop (SIGTERM), then
     * closes the file, so that everything written is on disk.
     */
    public static void main(String[] args) throws InterruptedException {
        MongoServer server = start(Path.of(args[0]), Integer.parseInt(args[1]));
        CountDownLatch closed = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            server.close();
                            closed.countDown();
                        },
                        "mongo-close"));
        System.out.println("MongoDB-compatible server listening on 127.0.0.1:" + args[1] + ", data in " + args[0]);
        closed.await();
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
