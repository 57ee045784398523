package vn.gov.conference.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.gov.conference.gateway.GatewayApplication;
import vn.gov.conference.gateway.GatewayClient;
import vn.gov.conference.gateway.StubBackends;

/** docker-compose: no clients file, so a fresh store gets the admin client alone, with the secret it is given. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "conference.gateway.auth.clients-file=",
            "conference.gateway.auth.admin-secret=a-long-secret-from-the-environment"
        })
class ProductionBootstrapIntegrationTests {

    @LocalServerPort
    private int port;

    @DynamicPropertySource
    static void backends(DynamicPropertyRegistry registry) {
        StubBackends.routeAllTo(registry);
    }

    @Test
    void startsWithTheAdminClientAloneAndNoDemoSecret() {
        GatewayClient gateway = new GatewayClient(this.port);

        assertThat(gateway.requestToken("admin", "admin-secret").statusCode()).isEqualTo(401);
        assertThat(gateway.requestToken("tg-office", "tg-office-secret").statusCode())
                .isEqualTo(401);
        HttpResponse<String> token = gateway.requestToken("admin", "a-long-secret-from-the-environment");
        assertThat(token.statusCode()).isEqualTo(200);

        HttpResponse<String> clients = gateway.send(gateway.request("/api/clients")
                .header("Authorization", "Bearer " + GatewayClient.json(token).get("access_token"))
                .GET());
        assertThat(GatewayClient.json(clients)).containsEntry("total", 1);
    }

    /** Its own fresh database comes from the test initializer (TestIdentityStore), as for every context here. */
    @Test
    void refusesToStartAFreshStoreWithoutTheAdminSecret() {
        SpringApplicationBuilder gateway = new SpringApplicationBuilder(GatewayApplication.class);

        assertThatThrownBy(() -> gateway.run(
                                "--server.port=0",
                                "--conference.gateway.auth.clients-file=",
                                "--conference.gateway.auth.admin-secret=")
                        .close())
                .hasStackTraceContaining("CONFERENCE_AUTH_ADMIN_SECRET");
    }
}
