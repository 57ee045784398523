package vn.gov.conference.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServiceDefinitionTests {

    private final StackAddresses addresses = new StackAddresses(Ports.defaults().shiftedBy(1000));
    private static final Duration REAL_TIME = Duration.ZERO;

    private final Path signingKey = Path.of("/data/gateway/signing-key.pem");

    @Test
    void givesEachServiceItsOwnDatabaseAndTheSharedInfrastructure() {
        Map<String, String> env = ServiceDefinition.AGENDA.environment(addresses, "s3cret", signingKey, REAL_TIME);

        assertThat(env)
                .containsEntry("PORT", "9082")
                .containsEntry("MONGODB_URI", "mongodb://localhost:28017/conference-agenda")
                .containsEntry("KAFKA_BOOTSTRAP_SERVERS", "localhost:10092")
                .containsEntry("SMTP_HOST", "localhost")
                .containsEntry("SMTP_PORT", "4025")
                .containsEntry("CONFERENCE_PUBLIC_URL", "http://localhost:9080")
                .containsEntry("CONFERENCE_LINK_SECRET", "s3cret")
                .containsEntry("CONFERENCE_JWK_SET_URI", "http://localhost:9080/oauth2/jwks")
                .doesNotContainKeys("PLAN_SERVICE_URL", "CONFERENCE_AUTH_KEY_FILE", "CONFERENCE_CLOCK_OFFSET");
        assertThat(ServiceDefinition.PLAN.environment(addresses, "s", signingKey, REAL_TIME))
                .containsEntry("MONGODB_URI", "mongodb://localhost:28017/conference-plans");
        assertThat(ServiceDefinition.NOTIFICATION.environment(addresses, "s", signingKey, REAL_TIME))
                .containsEntry("MONGODB_URI", "mongodb://localhost:28017/conference-notifications");
        assertThat(ServiceDefinition.DOCUMENTS.environment(addresses, "s", signingKey, REAL_TIME))
                .containsEntry("MONGODB_URI", "mongodb://localhost:28017/conference-documents");
    }

    @Test
    void pointsTheGatewayAtEveryServiceTheWebPagesItsSigningKeyAndItsIdentityStore() {
        Map<String, String> env = ServiceDefinition.GATEWAY.environment(addresses, "s3cret", signingKey, REAL_TIME);

        assertThat(env)
                .containsEntry("PORT", "9080")
                .containsEntry("PLAN_SERVICE_URL", "http://localhost:9081")
                .containsEntry("AGENDA_SERVICE_URL", "http://localhost:9082")
                .containsEntry("NOTIFICATION_SERVICE_URL", "http://localhost:9083")
                .containsEntry("DOCUMENTS_SERVICE_URL", "http://localhost:9084")
                .containsEntry("WEB_SERVICE_URL", "http://localhost:9085")
                .containsEntry("CONFERENCE_AUTH_KEY_FILE", signingKey.toString())
                .containsEntry("MONGODB_URI", addresses.mongoUri("conference-identity"));
    }

    @Test
    void pointsTheWebPagesAtThePublicApiAndGivesThemADatabaseForTheConsolesSessionsOnly() {
        Map<String, String> env = ServiceDefinition.WEB.environment(addresses, "s3cret", signingKey, REAL_TIME);

        assertThat(env)
                .containsEntry("PORT", "9085")
                .containsEntry("CONFERENCE_API_URL", "http://localhost:9080")
                .containsEntry("MONGODB_URI", addresses.mongoUri("conference-web"))
                .doesNotContainKey("CONFERENCE_AUTH_KEY_FILE");
    }

    @Test
    void shiftsEveryServicesClockByTheSameOffset() {
        Duration back = Duration.ofDays(-850).plusHours(3);

        for (ServiceDefinition service : ServiceDefinition.values()) {
            assertThat(service.environment(addresses, "s", signingKey, back))
                    .containsEntry("CONFERENCE_CLOCK_OFFSET", "PT-20397H");
        }
        assertThat(Duration.parse("PT-20397H")).isEqualTo(back);
    }

    @Test
    void runsTheJarEachModuleBuilds() {
        assertThat(ServiceDefinition.NOTIFICATION.jar(Path.of("/repo")))
                .isEqualTo(Path.of("/repo/notification-service/target/notification-service.jar"));
    }
}
