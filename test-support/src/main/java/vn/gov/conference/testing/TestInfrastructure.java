package vn.gov.conference.testing;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * One real Kafka broker (KRaft, in-process) and one in-memory MongoDB-compatible server per test JVM, started on
 * first use and shared by every Spring context of the module: starting a broker per test class would cost seconds
 * each. Each context gets its own database, so cached contexts do not see each other's documents.
 * <p>
 * The database is the in-memory stand-in unless {@code -Dconference.test.mongo-server=mongo} (Maven property
 * {@code test.database}, e.g. {@code ./mvnw verify -Dtest.database=mongo}) asks for the real {@code mongo} image (a
 * single-node replica set, through Testcontainers), so that every service's integration tests can also run on real
 * MongoDB where Docker exists. Without Docker that switch fails at once, naming the cause, rather than silently
 * falling back to the stand-in.
 */
public final class TestInfrastructure {

    private static EmbeddedKafkaKraftBroker kafka;
    /** Which database the tests run on: {@code stand-in} (default) or {@code mongo} (the real image). */
    static final String DATABASE = System.getProperty("conference.test.mongo-server", "stand-in");

    private static MongoServer mongo;
    private static MongoDBContainer mongoContainer;
    private static String mongoConnection;
    private static int databases;

    private TestInfrastructure() {}

    public static synchronized String kafkaBootstrapServers() {
        if (kafka == null) {
            kafka = new EmbeddedKafkaKraftBroker(1, 3);
            kafka.brokerProperties(Map.of(
                    "auto.create.topics.enable", "true",
                    "num.partitions", "3",
                    "offsets.topic.num.partitions", "3",
                    "group.initial.rebalance.delay.ms", "0"));
            kafka.kafkaPorts(0);
            kafka.afterPropertiesSet();
            // After the cached contexts closed (Boot's handlers run once its shutdown hook closed them): a JVM hook
            // of its own would stop the broker beside them, and a producer closing then retried the dead broker for
            // its 30 s close timeout, holding the test JVM past Surefire's exit timeout.
            SpringApplication.getShutdownHandlers().add(kafka::destroy);
        }
        return kafka.getBrokersAsString();
    }

    /** The connection string of the shared server, without a database. */
    public static synchronized String mongoConnectionString() {
        if (realMongo()) {
            if (mongoContainer == null) {
                if (!DockerClientFactory.instance().isDockerAvailable()) {
                    throw new IllegalStateException(
                            "conference.test.mongo-server=mongo (test.database) needs Docker for the mongo image; none is reachable");
                }
                mongoContainer = Containers.mongo();
                mongoContainer.start();
                mongoConnection = mongoContainer.getReplicaSetUrl().replaceFirst("/[^/?]*(\\?|$)", "/$1");
                Runtime.getRuntime().addShutdownHook(new Thread(mongoContainer::stop));
            }
            return mongoConnection;
        }
        if (mongo == null) {
            mongo = new MongoServer(new MemoryBackend());
            mongoConnection = mongo.bindAndGetConnectionString();
            SpringApplication.getShutdownHandlers().add(mongo::shutdownNow);
        }
        return mongoConnection;
    }

    /** True when the tests run on the real {@code mongo} image rather than the stand-in. */
    public static boolean realMongo() {
        return "mongo".equals(DATABASE);
    }

    static synchronized String nextDatabase(String application) {
        return application.replaceAll("[^A-Za-z0-9-]", "-") + "-test-" + (++databases);
    }

    /**
     * Points a Spring Boot test at the shared broker and server, and makes the service verify tokens with the test
     * key that {@link TestTokens} signs with.
     */
    public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            String application = context.getEnvironment().getProperty("spring.application.name", "service");
            String brokers = kafkaBootstrapServers();
            String connection = mongoConnectionString();
            String base = connection.endsWith("/") ? connection : connection + "/";
            TestPropertyValues.of(
                            "spring.cloud.stream.kafka.binder.brokers=" + brokers,
                            "spring.kafka.bootstrap-servers=" + brokers,
                            "spring.mongodb.uri=" + base + nextDatabase(application),
                            "conference.mongo.stand-in=" + !realMongo(),
                            "conference.security.public-key-location=classpath:conference-test-keys/public.pem",
                            "conference.security.link-secret=test-link-secret-0123456789",
                            // A test may set its own (@TestPropertySource); these values would otherwise win.
                            "conference.events.relay-interval="
                                    + context.getEnvironment().getProperty("conference.events.relay-interval", "50ms"),
                            "spring.cloud.stream.kafka.binder.consumer-properties.auto.offset.reset=earliest")
                    .applyTo(context);
        }
    }
}
