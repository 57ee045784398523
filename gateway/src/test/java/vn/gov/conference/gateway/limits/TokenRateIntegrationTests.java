package vn.gov.conference.gateway.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.gov.conference.gateway.GatewayClient;
import vn.gov.conference.gateway.StubBackends;

/** Three token requests a minute per address; no wrong-secret lockout in reach. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"conference.gateway.limits.rate.token-requests=3"})
class TokenRateIntegrationTests {

    @LocalServerPort
    private int port;

    @DynamicPropertySource
    static void backends(DynamicPropertyRegistry registry) {
        StubBackends.routeAllTo(registry);
    }

    @Test
    void limitsTokenRequestsPerAddressRightSecretOrNot() {
        GatewayClient gateway = new GatewayClient(this.port);
        assertThat(gateway.requestToken("dt-office", "wrong").statusCode()).isEqualTo(401);
        assertThat(gateway.requestToken("dt-office", "dt-office-secret").statusCode())
                .isEqualTo(200);
        assertThat(gateway.requestToken("tg-office", "tg-office-secret").statusCode())
                .isEqualTo(200);

        HttpResponse<String> refused = gateway.requestToken("tg-office", "tg-office-secret");

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow()))
                .isBetween(1L, 20L);
        assertThat(GatewayClient.json(refused))
                .containsEntry("rule", "rate-limited")
                .containsEntry("error", "slow_down");
    }
}
