package vn.gov.conference.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import ch.qos.logback.core.OutputStreamAppender;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.conference.gateway.GatewayIntegrationTest;
import vn.gov.conference.gateway.StubBackend;
import vn.gov.conference.gateway.StubBackends;
import vn.gov.conference.gateway.routing.Services;

class RequestIdIntegrationTests extends GatewayIntegrationTest {

    private final StubBackend plans = StubBackends.of(Services.PLAN);

    private final Logger root =
            ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

    private final RecordedEvents logged = new RecordedEvents();

    @BeforeEach
    void recordLogEvents() {
        this.logged.start();
        this.root.addAppender(this.logged);
    }

    @AfterEach
    void stopRecording() {
        this.root.detachAppender(this.logged);
    }

    @Test
    void relaysTheCallersRequestIdAndAnswersWithIt() {
        HttpResponse<String> response = this.gateway.send(this.gateway
                .authorized("/api/plans", "tg-office")
                .header("X-Request-Id", "tg-office-20240718-0001")
                .GET());

        assertThat(response.headers().firstValue("X-Request-Id")).hasValue("tg-office-20240718-0001");
        assertThat(this.plans.lastReceived().header("X-Request-Id")).isEqualTo("tg-office-20240718-0001");
    }

    @Test
    void generatesARequestIdWhenTheCallerSentNone() {
        HttpResponse<String> response = this.gateway.get("/api/plans", "tg-office");

        String generated = response.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(generated).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(this.plans.lastReceived().header("X-Request-Id")).isEqualTo(generated);
    }

    @Test
    void replacesARequestIdThatCouldForgeLogLines() {
        HttpResponse<String> response = this.gateway.send(this.gateway
                .authorized("/api/plans", "tg-office")
                .header("X-Request-Id", "x\" ,\"level\":\"ERROR")
                .GET());

        assertThat(response.headers().firstValue("X-Request-Id"))
                .hasValueSatisfying(id -> assertThat(id).doesNotContain("\"").hasSize(36));
    }

    @Test
    void writesTheRequestIdAndTraceIdIntoEachJsonLogLine() {
        HttpResponse<String> refused = this.gateway.send(this.gateway
                .request("/api/plans")
                .header("X-Request-Id", "refused-request-7")
                .GET());

        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.body()).contains("\"requestId\":\"refused-request-7\"");
        ILoggingEvent access = await().atMost(Duration.ofSeconds(5))
                .until(() -> this.logged.withRequestId("refused-request-7"), events -> !events.isEmpty())
                .get(0);
        Map<String, Object> line =
                JsonMapper.shared().readValue(consoleLine(access), new TypeReference<Map<String, Object>>() {});
        assertThat(line)
                .containsEntry("requestId", "refused-request-7")
                .containsEntry("message", access.getFormattedMessage())
                .containsKeys("@timestamp", "traceId", "spanId");
        assertThat(access.getFormattedMessage()).startsWith("GET /api/plans 401 ");
    }

    @Test
    void continuesTheGatewaysTraceInTheService() {
        this.gateway.send(this.gateway
                .authorized("/api/plans/p-1/readiness", "central")
                .header("X-Request-Id", "traced-request-3")
                .GET());

        ILoggingEvent access = await().atMost(Duration.ofSeconds(5))
                .until(() -> this.logged.withRequestId("traced-request-3"), events -> !events.isEmpty())
                .get(0);
        String traceId = access.getMDCPropertyMap().get("traceId");
        assertThat(traceId).matches("[0-9a-f]{32}");
        assertThat(this.plans.lastReceived().header("traceparent")).startsWith("00-" + traceId + "-");
    }

    @Test
    void leavesTheSignatureOfSignedLinksOutOfTheLogs() {
        this.gateway.send(this.gateway
                .request("/api/portal/plan-1?sig=very-secret-signature")
                .header("X-Request-Id", "portal-visit-1")
                .GET());

        await().atMost(Duration.ofSeconds(5))
                .until(() -> this.logged.withRequestId("portal-visit-1"), events -> !events.isEmpty());
        assertThat(this.logged.events).noneMatch(event -> consoleLine(event).contains("very-secret-signature"));
    }

    /** The line the console appender writes for this event (JSON: logging.structured.format.console=ecs). */
    @SuppressWarnings("unchecked")
    private String consoleLine(ILoggingEvent event) {
        OutputStreamAppender<ILoggingEvent> console =
                (OutputStreamAppender<ILoggingEvent>) this.root.getAppender("CONSOLE");
        return new String(console.getEncoder().encode(event), StandardCharsets.UTF_8);
    }

    private static final class RecordedEvents extends AppenderBase<ILoggingEvent> {

        private final List<ILoggingEvent> events = new CopyOnWriteArrayList<>();

        @Override
        protected void append(ILoggingEvent event) {
            this.events.add(event);
        }

        List<ILoggingEvent> withRequestId(String requestId) {
            return this.events.stream()
                    .filter(event -> requestId.equals(event.getMDCPropertyMap().get("requestId")))
                    .toList();
        }
    }
}
