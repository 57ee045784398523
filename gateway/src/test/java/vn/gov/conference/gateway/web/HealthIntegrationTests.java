package vn.gov.conference.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import vn.gov.conference.gateway.GatewayClient;
import vn.gov.conference.gateway.GatewayIntegrationTest;

/** What the launcher and docker-compose wait for: UP, with the identity store answering a ping on the stand-in too. */
class HealthIntegrationTests extends GatewayIntegrationTest {

    @Test
    void isUpWithItsIdentityStore() {
        HttpResponse<String> health = this.gateway.get("/actuator/health");

        assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
        assertThat(GatewayClient.json(health)).containsEntry("status", "UP");
    }
}
