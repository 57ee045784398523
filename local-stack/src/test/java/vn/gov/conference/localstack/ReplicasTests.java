package vn.gov.conference.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code --replicas 2}: a second process of each service on its own port, and the gateway told about it. */
class ReplicasTests {

    private final StackAddresses addresses = new StackAddresses(Ports.defaults().shiftedBy(1000));
    private final Path signingKey = Path.of("/data/gateway/signing-key.pem");

    @Test
    void aSecondProcessListensOnItsOwnPortAndSharesEverythingElse() {
        Map<String, String> first = ServiceDefinition.PLAN.environment(addresses, "s", signingKey, Duration.ZERO, 0, 2);
        Map<String, String> second =
                ServiceDefinition.PLAN.environment(addresses, "s", signingKey, Duration.ZERO, 1, 2);

        assertThat(first).containsEntry("PORT", "9081");
        assertThat(second).containsEntry("PORT", "9181");
        first.remove("PORT");
        second.remove("PORT");
        assertThat(second).as("same database, broker, link secret, issuer").isEqualTo(first);
        assertThat(ServiceDefinition.PLAN.processName(1)).isEqualTo("plan-service-2");
        assertThat(ServiceDefinition.WEB.port(Ports.defaults(), 2)).isEqualTo(8285);
    }

    @Test
    void theOneGatewayIsToldEveryOtherProcessOfEachService() {
        Map<String, String> gateway =
                ServiceDefinition.GATEWAY.environment(addresses, "s", signingKey, Duration.ZERO, 0, 3);

        assertThat(gateway)
                .containsEntry("PLAN_SERVICE_URL", "http://localhost:9081")
                .containsEntry(
                        "CONFERENCE_GATEWAY_REPLICAS_PLAN_SERVICE", "http://localhost:9181,http://localhost:9281")
                .containsEntry(
                        "CONFERENCE_GATEWAY_REPLICAS_AGENDA_SERVICE", "http://localhost:9182,http://localhost:9282")
                .containsEntry(
                        "CONFERENCE_GATEWAY_REPLICAS_NOTIFICATION_SERVICE",
                        "http://localhost:9183,http://localhost:9283")
                .containsEntry(
                        "CONFERENCE_GATEWAY_REPLICAS_DOCUMENTS_SERVICE", "http://localhost:9184,http://localhost:9284")
                .containsEntry("CONFERENCE_GATEWAY_REPLICAS_WEB", "http://localhost:9185,http://localhost:9285");
        assertThat(ServiceDefinition.GATEWAY.replicated()).isFalse();
        assertThat(ServiceDefinition.GATEWAY.environment(addresses, "s", signingKey, Duration.ZERO))
                .doesNotContainKey("CONFERENCE_GATEWAY_REPLICAS_PLAN_SERVICE");
    }

    @Test
    void theLauncherTakesOneToThreeReplicas() {
        assertThat(Main.parse(new String[] {"--replicas", "2"}).replicas()).isEqualTo(2);
        assertThat(Main.parse(new String[] {}).replicas()).isEqualTo(1);
        assertThat(Main.parse(new String[] {"--replicas", "2", "--port-offset", "100"})
                        .replicas())
                .isEqualTo(2);
        assertThatThrownBy(() -> Main.parse(new String[] {"--replicas", "4"}))
                .hasMessage("--replicas takes 1, 2 or 3, not 4");
    }
}
