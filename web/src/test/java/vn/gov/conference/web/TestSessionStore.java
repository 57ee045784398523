package vn.gov.conference.web;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The console's sessions in tests: one in-memory MongoDB-compatible server per test JVM, started on first use, and a
 * database of its own for each context, unless it names one ({@code conference.test.database}: replicas of one test
 * share it).
 */
public class TestSessionStore implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    private static MongoServer server;

    private static String connection;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String database = context.getEnvironment()
                .getProperty("conference.test.database", "web-test-" + DATABASES.incrementAndGet());
        TestPropertyValues.of("spring.mongodb.uri=" + connection() + database).applyTo(context);
    }

    private static synchronized String connection() {
        if (server == null) {
            server = new MongoServer(new MemoryBackend());
            String bound = server.bindAndGetConnectionString();
            connection = bound.endsWith("/") ? bound : bound + "/";
            Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow));
        }
        return connection;
    }
}
