package vn.gov.conference.gateway.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.gov.conference.gateway.GatewayClient;
import vn.gov.conference.gateway.StubBackends;
import vn.gov.conference.gateway.routing.Services;

/** Five requests a minute per client, three per signed link or anonymous address: small enough to run out of in a test. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "conference.gateway.limits.rate.period=1m",
            "conference.gateway.limits.rate.client-requests=5",
            "conference.gateway.limits.rate.anonymous-requests=3"
        })
class RateLimitIntegrationTests {

    @LocalServerPort
    private int port;

    private GatewayClient gateway;

    @DynamicPropertySource
    static void backends(DynamicPropertyRegistry registry) {
        StubBackends.routeAllTo(registry);
    }

    @BeforeEach
    void connect() {
        this.gateway = new GatewayClient(this.port);
        StubBackends.reset();
    }

    @Test
    void answers429WithRetryAfterOnceAClientHasUsedUpItsRequests() {
        for (int i = 0; i < 5; i++) {
            assertThat(this.gateway.get("/api/plans", "tg-skhdt").statusCode()).isEqualTo(200);
        }

        HttpResponse<String> refused = this.gateway.get("/api/plans", "tg-skhdt");

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        long retryAfter =
                Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).as("one request comes back every 12 s").isBetween(1L, 12L);
        assertThat(GatewayClient.json(refused))
                .containsEntry("type", "https://conference.gov.vn/problems/rate-limited")
                .containsEntry("status", 429)
                .containsEntry("retryAfterSeconds", (int) retryAfter);
        assertThat(StubBackends.of(Services.PLAN).received()).hasSize(5);
    }

    @Test
    void countsEachClientSeparatelyWhereverItCallsFrom() {
        for (int i = 0; i < 6; i++) {
            this.gateway.get("/api/rooms", "dt-skhdt");
        }
        assertThat(this.gateway.get("/api/rooms", "dt-skhdt").statusCode()).isEqualTo(429);

        assertThat(this.gateway.get("/api/rooms", "dt-stttt").statusCode()).isEqualTo(200);
    }

    @Test
    void countsCallersWithoutATokenOrLinkByTheirAddress() {
        for (int i = 0; i < 3; i++) {
            assertThat(this.gateway.get("/moi/inv-1").statusCode()).isEqualTo(200);
        }

        HttpResponse<String> refused = this.gateway.get("/moi/inv-2");

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(this.gateway.get("/api/portal/plan-1", "tg-mttq").statusCode())
                .as("an authenticated client from the same address has its own allowance")
                .isEqualTo(200);
    }

    @Test
    void countsEachSignedLinkByItselfSoThatOneVenuesAddressDoesNotLockDelegatesOut() {
        for (int i = 0; i < 3; i++) {
            assertThat(this.gateway.get("/api/portal/plan-1?sig=c2ln").statusCode())
                    .isEqualTo(200);
        }
        HttpResponse<String> refused = this.gateway.get("/moi/inv-1?sig=c2ln");
        assertThat(refused.statusCode())
                .as("the page and the API call it makes share the link's budget")
                .isEqualTo(429);
        assertThat(GatewayClient.json(refused).get("detail").toString()).startsWith("This link");

        assertThat(this.gateway.get("/moi/inv-2?sig=b3RoZXI").statusCode())
                .as("another delegate's link from the same address")
                .isEqualTo(200);
    }

    @Test
    void doesNotCountThePagesStaticFiles() {
        for (int i = 0; i < 5; i++) {
            assertThat(this.gateway.get("/assets/app.css").statusCode()).isEqualTo(200);
            assertThat(this.gateway.get("/favicon.ico").statusCode()).isEqualTo(200);
        }
    }
}
