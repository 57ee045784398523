package vn.gov.conference.gateway;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The gateway as it runs locally (embedded authorization server with the demo clients, in-memory signing key) in
 * front of the four stub services, with small body limits so that tests can exceed them cheaply. Subclasses share one
 * application context.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "conference.gateway.limits.max-body-size=64KB",
            "conference.gateway.limits.max-upload-size=256KB",
            "conference.gateway.limits.rate.client-requests=100000",
            "conference.gateway.limits.rate.anonymous-requests=100000",
            "conference.gateway.limits.rate.token-requests=100000",
            "conference.gateway.auth.revocation-refresh=200ms",
            "conference.gateway.cors.allowed-origins=http://localhost:5173"
        })
public abstract class GatewayIntegrationTest {

    @LocalServerPort
    private int port;

    protected GatewayClient gateway;

    @DynamicPropertySource
    static void backends(DynamicPropertyRegistry registry) {
        StubBackends.routeAllTo(registry);
    }

    @BeforeEach
    void connect() {
        this.gateway = new GatewayClient(this.port);
        StubBackends.reset();
    }
}
