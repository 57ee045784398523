package vn.gov.conference.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.gov.conference.gateway.GatewayClient;
import vn.gov.conference.gateway.StubBackend;

/**
 * plan-service is down (nothing listens on its port), agenda-service and notification-service answer slow paths
 * after 2 s while their routes allow 300 ms and their long requests (imports, documents) 5 s; a circuit opens after
 * 4 calls of which half failed.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "conference.gateway.routing.services.agenda-service.timeout=300ms",
            "conference.gateway.routing.services.notification-service.timeout=300ms",
            "conference.gateway.routing.services.web.timeout=300ms",
            "conference.gateway.routing.long-request-timeout=5s",
            "conference.gateway.routing.circuit-breaker.sliding-window=4",
            "conference.gateway.routing.circuit-breaker.minimum-calls=4",
            "conference.gateway.routing.circuit-breaker.failure-rate-threshold=50",
            "conference.gateway.routing.circuit-breaker.open-duration=30s",
            "conference.gateway.limits.max-body-size=64KB"
        })
class BackendFailureIntegrationTests {

    private static final StubBackend agenda = new StubBackend(Services.AGENDA);

    private static final StubBackend notifications = new StubBackend(Services.NOTIFICATION);

    private static final StubBackend documents = new StubBackend(Services.DOCUMENTS);

    private static final StubBackend pages = new StubBackend(Services.WEB);

    @LocalServerPort
    private int port;

    private GatewayClient gateway;

    @DynamicPropertySource
    static void backends(DynamicPropertyRegistry registry) throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String down = "http://127.0.0.1:" + closedPort;
        registry.add("conference.gateway.routing.services.plan-service.uri", () -> down);
        registry.add(
                "conference.gateway.routing.services.agenda-service.uri",
                () -> agenda.uri().toString());
        registry.add(
                "conference.gateway.routing.services.notification-service.uri",
                () -> notifications.uri().toString());
        registry.add(
                "conference.gateway.routing.services.documents-service.uri",
                () -> documents.uri().toString());
        registry.add(
                "conference.gateway.routing.services.web.uri", () -> pages.uri().toString());
    }

    @AfterAll
    static void stopBackends() {
        agenda.close();
        notifications.close();
        documents.close();
        pages.close();
    }

    @BeforeEach
    void connect() {
        this.gateway = new GatewayClient(this.port);
        agenda.answerSlowPathsAfter(Duration.ofSeconds(2));
        notifications.answerSlowPathsAfter(Duration.ofSeconds(2));
        pages.answerSlowPathsAfter(Duration.ofSeconds(2));
    }

    @Test
    void answers503WhenTheServiceCannotBeReached() {
        HttpResponse<String> response = this.gateway.get("/api/plans", "tg-office");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(GatewayClient.json(response))
                .containsEntry("type", "https://conference.gov.vn/problems/service-unavailable")
                .containsEntry("status", 503)
                .containsEntry("service", Services.PLAN)
                .containsKeys("title", "detail", "requestId");
    }

    @Test
    void answers504WhenTheServiceIsTooSlow() {
        long started = System.nanoTime();

        HttpResponse<String> response = this.gateway.get("/api/rooms/slow", "tg-office");

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(1800));
        assertThat(response.statusCode()).isEqualTo(504);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(GatewayClient.json(response))
                .containsEntry("type", "https://conference.gov.vn/problems/service-timeout")
                .containsEntry("service", Services.AGENDA);
        assertThat(this.gateway.get("/api/rooms", "tg-office").statusCode())
                .as("a fast call on the same route still goes through")
                .isEqualTo(200);
    }

    @Test
    void opensTheCircuitAfterRepeatedServerFailuresAndStopsCallingTheService() {
        for (int i = 0; i < 4; i++) {
            HttpResponse<String> failed = this.gateway.get("/api/emails/broken", "tg-office");
            assertThat(failed.statusCode())
                    .as("the service's own answer is relayed")
                    .isEqualTo(500);
        }
        int callsBefore = notifications.received().size();

        HttpResponse<String> response = this.gateway.get("/api/emails", "tg-office");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("30");
        assertThat(GatewayClient.json(response))
                .containsEntry("type", "https://conference.gov.vn/problems/service-unavailable")
                .containsEntry("service", Services.NOTIFICATION);
        assertThat(notifications.received())
                .as("an open circuit does not call the service")
                .hasSize(callsBefore);
    }

    /** One caller's slow answers (504 to that caller) must not cut the service off for everyone else. */
    @Test
    void keepsTheCircuitClosedUnderSlowAnswers() {
        for (int i = 0; i < 6; i++) {
            assertThat(this.gateway.get("/api/rooms/slow", "tg-office").statusCode())
                    .isEqualTo(504);
        }

        HttpResponse<String> next = this.gateway.get("/api/rooms", "tg-office");

        assertThat(next.statusCode()).as(next.body()).isEqualTo(200);
    }

    /** A 503 with Retry-After is a service shedding load on purpose (render-busy), not a sick service. */
    @Test
    void keepsTheCircuitClosedWhenTheServiceShedsLoad() {
        for (int i = 0; i < 6; i++) {
            HttpResponse<String> busy = this.gateway.get("/api/documents/d-1/busy", "tg-snv");
            assertThat(busy.statusCode()).isEqualTo(503);
            assertThat(busy.headers().firstValue("Retry-After")).hasValue("5");
        }

        assertThat(this.gateway.get("/api/documents/d-1", "tg-snv").statusCode())
                .isEqualTo(200);
    }

    /**
     * A rendered document or an import may take longer than an ordinary call: it waits for the long-request timeout
     * (5 s here, not the route's 300 ms) and its slowness counts against nobody's circuit.
     */
    @Test
    void letsTheLongRequestsTakeTheirOwnLongerTime() {
        HttpResponse<String> pdf = this.gateway.get("/api/plans/p-1/agenda/print?format=pdf&slow=1", "tg-office");
        HttpResponse<String> letter = this.gateway.get("/api/invitations/i-1/letter?slow=1", "tg-office");
        HttpResponse<String> imported = this.gateway.send(this.gateway
                .authorized("/api/plans/p-1/invitations/import?slow=1", "tg-office")
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString("name,email\n")));

        assertThat(pdf.statusCode()).as(pdf.body()).isEqualTo(200);
        assertThat(GatewayClient.json(pdf)).containsEntry("service", Services.AGENDA);
        assertThat(letter.statusCode()).as(letter.body()).isEqualTo(200);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(this.gateway.get("/api/plans/p-1/agenda?slow=1", "tg-office").statusCode())
                .as("an ordinary call keeps the route's timeout")
                .isEqualTo(504);
    }

    @Test
    void doesNotBlameTheServiceForBodiesOverTheLimit() {
        for (int i = 0; i < 6; i++) {
            HttpResponse<String> refused = this.gateway.send(this.gateway
                    .authorized("/api/documents/d-1", "tg-snv")
                    .header("Content-Type", "application/octet-stream")
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(new byte[200_000]))));
            assertThat(refused.statusCode()).isEqualTo(413);
        }

        assertThat(this.gateway.get("/api/documents/d-1", "tg-snv").statusCode())
                .isEqualTo(200);
    }

    @Test
    void answersABrowserWithAVietnamesePageWhenThePagesAreTooSlow() {
        HttpResponse<String> response = this.gateway.send(this.gateway
                .request("/moi/inv-1/slow?sig=abc")
                .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                .GET());

        assertThat(response.statusCode()).isEqualTo(504);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
        assertThat(response.body())
                .contains("<html lang=\"vi\">")
                .contains("Hệ thống đang bận, vui lòng thử lại sau ít phút")
                .doesNotContain("\"type\"");
    }

    @Test
    void answersAProblemOnAPagePathToACallerThatDoesNotAskForHtml() {
        HttpResponse<String> response = this.gateway.send(this.gateway
                .request("/tai-lieu/plan-1/slow?sig=abc")
                .header("Accept", "*/*")
                .GET());

        assertThat(response.statusCode()).isEqualTo(504);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(GatewayClient.json(response))
                .containsEntry("type", "https://conference.gov.vn/problems/service-timeout")
                .containsEntry("service", Services.WEB);
    }

    /** A client's unit cannot be checked while plan-service is down: refused for now, not created unchecked. */
    @Test
    void createsNoClientWhileTheReferenceDataCannotBeAsked() {
        HttpResponse<String> response = this.gateway.postJson(
                "/api/clients",
                "admin",
                "{\"name\":\"Sở Nội vụ\",\"role\":\"DEPARTMENT\",\"province\":\"ha-noi\",\"unit\":\"HN-SNV\"}");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(GatewayClient.json(response)).containsEntry("rule", "reference-data-unavailable");
        assertThat(GatewayClient.json(this.gateway.get("/api/clients?province=ha-noi", "admin")))
                .containsEntry("total", 0);
    }
}
