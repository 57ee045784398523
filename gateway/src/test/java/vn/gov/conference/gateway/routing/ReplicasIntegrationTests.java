package vn.gov.conference.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.gov.conference.gateway.GatewayClient;
import vn.gov.conference.gateway.StubBackend;
import vn.gov.conference.gateway.StubBackends;

/** plan-service as two processes: the gateway balances between them and leaves out the one that stopped. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReplicasIntegrationTests {

    private static final StubBackend SECOND = new StubBackend(Services.PLAN);

    private static final StubBackend SECOND_WEB = new StubBackend(Services.WEB);

    @LocalServerPort
    private int port;

    @Autowired
    private Replicas replicas;

    @DynamicPropertySource
    static void backends(DynamicPropertyRegistry registry) {
        StubBackends.routeAllTo(registry);
        registry.add(
                "conference.gateway.replicas." + Services.PLAN,
                () -> SECOND.uri().toString());
        registry.add(
                "conference.gateway.replicas." + Services.WEB,
                () -> SECOND_WEB.uri().toString());
    }

    @AfterAll
    static void stop() {
        SECOND.close();
        SECOND_WEB.close();
    }

    private static long apiCalls(StubBackend stub) {
        return calls(stub, "/api/");
    }

    private static long calls(StubBackend stub, String prefix) {
        return stub.received().stream()
                .filter(received -> received.path().startsWith(prefix))
                .count();
    }

    @Test
    void balancesTheConsoleAndTheDelegatesPagesAlike() {
        GatewayClient gateway = new GatewayClient(this.port);
        StubBackend first = StubBackends.of(Services.WEB);
        first.reset();
        SECOND_WEB.reset();

        for (int i = 0; i < 4; i++) {
            assertThat(gateway.get("/console/plans").statusCode()).isEqualTo(200);
        }
        for (int i = 0; i < 4; i++) {
            assertThat(gateway.get("/moi/inv-" + i).statusCode()).isEqualTo(200);
        }

        assertThat(calls(first, "/console"))
                .as("the sessions are shared: no process is pinned")
                .isEqualTo(2);
        assertThat(calls(SECOND_WEB, "/console")).isEqualTo(2);
        assertThat(calls(first, "/moi")).isEqualTo(2);
        assertThat(calls(SECOND_WEB, "/moi")).isEqualTo(2);
    }

    @Test
    void balancesBetweenTheReplicasAndLeavesOutOneThatStopped() {
        GatewayClient gateway = new GatewayClient(this.port);
        StubBackend first = StubBackends.of(Services.PLAN);
        first.reset();
        SECOND.reset();

        for (int i = 0; i < 10; i++) {
            assertThat(gateway.get("/api/plans", "tg-office").statusCode()).isEqualTo(200);
        }
        assertThat(apiCalls(first)).isEqualTo(5);
        assertThat(apiCalls(SECOND)).isEqualTo(5);

        java.net.URI stopped = SECOND.uri();
        SECOND.close();
        // Within a health check or two (every 2 s) it is left out, and every call goes to the one still running.
        await().atMost(Duration.ofSeconds(6)).until(() -> this.replicas.isLeftOut(stopped));
        first.reset();
        for (int i = 0; i < 6; i++) {
            assertThat(gateway.get("/api/plans", "tg-office").statusCode()).isEqualTo(200);
        }
        assertThat(apiCalls(first)).isEqualTo(6);
    }
}
