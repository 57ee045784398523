package vn.gov.conference.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gov.conference.gateway.GatewayClient;
import vn.gov.conference.gateway.GatewayIntegrationTest;

/**
 * The gateway's actuator: health's status for anyone, its details, metrics and the circuit breakers for ADMIN only.
 * And what Spring MVC refuses on its own answers a typed problem like every other refusal.
 */
class ActuatorAndRefusalsIntegrationTests extends GatewayIntegrationTest {

    @Test
    void answersHealthWithItsStatusAloneUnlessTheCallerIsAnAdmin() {
        Map<String, Object> anonymous = GatewayClient.json(this.gateway.get("/actuator/health"));
        assertThat(anonymous).containsEntry("status", "UP").doesNotContainKey("components");
        assertThat(GatewayClient.json(this.gateway.get("/actuator/health", "tg-office")))
                .doesNotContainKey("components");

        assertThat(GatewayClient.json(this.gateway.get("/actuator/health", "admin")))
                .containsKey("components");
    }

    @Test
    void keepsMetricsAndTheCircuitBreakersForAdmins() {
        for (String path : new String[] {"/actuator/metrics", "/actuator/circuitbreakers", "/actuator"}) {
            assertThat(this.gateway.get(path).statusCode()).as(path).isEqualTo(401);
            for (String client : new String[] {"tg-office", "central", "tg-snv"}) {
                HttpResponse<String> refused = this.gateway.get(path, client);
                assertThat(refused.statusCode()).as(path + " " + client).isEqualTo(403);
                assertThat(refused.headers().firstValue("Content-Type"))
                        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            }
        }
        assertThat(this.gateway.get("/actuator/metrics", "admin").statusCode()).isEqualTo(200);
        assertThat(this.gateway.get("/actuator/circuitbreakers", "admin").statusCode())
                .isEqualTo(200);
        assertThat(this.gateway.get("/actuator/prometheus").statusCode()).isEqualTo(200);
    }

    @Test
    void answersAnUnknownApiPathWithATypedProblem() {
        assertProblem(this.gateway.get("/api/nothing-here", "tg-office"), 404, "not-found");
    }

    @Test
    void answersAnUnsupportedMethodBodyTypeOrAcceptWithATypedProblem() {
        assertProblem(
                this.gateway.send(this.gateway
                        .authorized("/api/clients", "admin")
                        .PUT(HttpRequest.BodyPublishers.ofString("{}"))
                        .header("Content-Type", "application/json")),
                405,
                "method-not-allowed");
        assertProblem(
                this.gateway.send(this.gateway
                        .authorized("/api/clients", "admin")
                        .POST(HttpRequest.BodyPublishers.ofString("name=x"))
                        .header("Content-Type", "text/plain")),
                415,
                "unsupported-media-type");
        assertProblem(
                this.gateway.send(
                        this.gateway.authorized("/api/clients", "admin").GET().header("Accept", "text/csv")),
                406,
                "not-acceptable");
    }

    private static void assertProblem(HttpResponse<String> response, int status, String rule) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .as(response.body())
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(GatewayClient.json(response))
                .as(response.body())
                .containsEntry("type", "https://conference.gov.vn/problems/" + rule)
                .containsEntry("status", status);
    }
}
