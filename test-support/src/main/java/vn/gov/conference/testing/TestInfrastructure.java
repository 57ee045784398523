package vn.gov.conference.testing;

import java.util.Map;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * One real Kafka broker (KRaft, in-process) and one in-memory MongoDB-compatible server per test JVM, started on
 * first use and shared by every Spring context of the module: starting a broker per test class would cost seconds
 * each. Each context gets its own database, so cached contexts do not see each other's documents.
 */
public final class TestInfrastructure {

    private static EmbeddedKafkaKraftBroker kafka;
    private static MongoServer mongo;
    private static String mongoConnection;
    private static int databases;

    private TestInfrastructure() {
    }

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
            Runtime.getRuntime().addShutdownHook(new Thread(kafka::destroy));
        }
        return kafka.getBrokersAsString();
    }

    /** The connection string of the shared server, without a database. */
    public static synchronized String mongoConnectionString() {
        if (mongo == null) {
            mongo = new MongoServer(new MemoryBackend());
            mongoConnection = mongo.bindAndGetConnectionString();
            Runtime.getRuntime().addShutdownHook(new Thread(mongo::shutdownNow));
        }
        return mongoConnection;
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
                    "conference.mongo.stand-in=true",
                    "conference.security.public-key-location=classpath:conference-test-keys/public.pem",
                    "conference.security.link-secret=test-link-secret-0123456789",
                    // A test may set its own (@TestPropertySource); these values would otherwise win.
                    "conference.events.relay-interval=" + context.getEnvironment()
                            .getProperty("conference.events.relay-interval", "50ms"),
                    "spring.cloud.stream.kafka.binder.consumer-properties.auto.offset.reset=earliest")
                    .applyTo(context);
        }
    }
}
