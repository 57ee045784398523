package vn.gov.conference.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.gov.conference.gateway.GatewayClient;
import vn.gov.conference.gateway.StubBackends;

/** Four wrong secrets from one address, whatever the client ids, lock the address. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "conference.gateway.auth.lockout.client.max-failures=1000",
            "conference.gateway.auth.lockout.address.max-failures=4",
            "conference.gateway.auth.lockout.address.lock=2m"
        })
class AddressLockoutIntegrationTests {

    @LocalServerPort
    private int port;

    @DynamicPropertySource
    static void backends(DynamicPropertyRegistry registry) {
        StubBackends.routeAllTo(registry);
    }

    @Test
    void locksAnAddressThatTriesManyClientIds() {
        GatewayClient gateway = new GatewayClient(this.port);
        for (String client : new String[] {"tg-snv", "tg-ttt", "no-such-client", "dt-snv"}) {
            assertThat(gateway.requestToken(client, "guess").statusCode()).isEqualTo(401);
        }

        HttpResponse<String> locked = gateway.requestToken("tg-office", "tg-office-secret");

        assertThat(locked.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(locked.headers().firstValue("Retry-After").orElseThrow()))
                .isBetween(100L, 120L);
        assertThat(GatewayClient.json(locked).get("detail").toString()).startsWith("This address");
    }
}
