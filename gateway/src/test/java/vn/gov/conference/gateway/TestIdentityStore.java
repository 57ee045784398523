package vn.gov.conference.gateway;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import vn.gov.conference.testing.TestInfrastructure;

/**
 * Points every gateway context at a fresh database on test-support's MongoDB stand-in (one server per test JVM), so
 * that each context seeds its own clients and cached contexts do not see each other's, and at the JVM's SMTP server
 * ({@link MailSink}). Gateways started with {@code conference.test.database} all use that one.
 */
public class TestIdentityStore implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String connection = TestInfrastructure.mongoConnectionString();
        String base = connection.endsWith("/") ? connection : connection + "/";
        // Replicas of one test share theirs (TwoGatewaysIntegrationTests): they name it.
        String database = context.getEnvironment()
                .getProperty("conference.test.database", "gateway-test-" + DATABASES.incrementAndGet());
        TestPropertyValues.of(
                        "spring.mongodb.uri=" + base + database,
                        "spring.mail.host=127.0.0.1",
                        "spring.mail.port=" + MailSink.port())
                .applyTo(context);
    }
}
