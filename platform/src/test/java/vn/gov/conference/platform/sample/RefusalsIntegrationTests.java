package vn.gov.conference.platform.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.ByteArrayInputStream;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.common.utils.LogContext;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import vn.gov.conference.testing.ApiClient;
import vn.gov.conference.testing.ApiClient.Response;
import vn.gov.conference.testing.IntegrationTest;
import vn.gov.conference.testing.TestTokens;

/**
 * What Spring MVC and the servlet container refuse on their own still answers problem+json with a rule-named type,
 * the service holds the gateway's body limits itself (small limits here: the defaults are the gateway's), it
 * listens on loopback unless told otherwise, and an idle consumer's high-watermark notice no longer fills the log.
 */
@IntegrationTest
@TestPropertySource(
        properties = {
            "conference.limits.max-body-size=8KB",
            "conference.limits.max-upload-size=64KB",
            "conference.limits.upload-paths=/api/parcels/*/files"
        })
class RefusalsIntegrationTests {

    @LocalServerPort
    int port;

    @Value("${server.address}")
    String bindAddress;

    private final String office = TestTokens.office("tien-giang");

    @Test
    void answersAnUnknownPathWithATypedProblem() {
        assertProblem(api().get("/api/nothing-here", office), 404, "not-found");
        assertProblem(api().get("/khong-co", office), 404, "not-found");
    }

    @Test
    void answersWhatTheFirewallAndTheContainerRejectWithATypedProblem() {
        assertProblem(api().get("/api/parcels/x;jsessionid=1", office), 400, "bad-request");
        assertProblem(api().get("/api/parcels/a%2F..%2Fb", office), 400, "bad-request");
        assertProblem(api().get("/api/parcels/%00", office), 400, "bad-request");
    }

    @Test
    void answersAnUnsupportedMethodWithATypedProblem() {
        Response response = api().delete("/api/parcels", office);
        assertProblem(response, 405, "method-not-allowed");
        assertThat(response.header("Allow")).isPresent();
    }

    @Test
    void answersAnUnsupportedBodyTypeWithATypedProblem() {
        assertProblem(
                api().send(api().request("/api/parcels", office)
                        .header("Content-Type", "text/plain")
                        .POST(HttpRequest.BodyPublishers.ofString("title=x"))
                        .build()),
                415,
                "unsupported-media-type");
    }

    @Test
    void answersAnUnacceptableAcceptHeaderWithATypedProblem() {
        String id = api().post("/api/parcels", office, "{\"title\":\"x\",\"seats\":1}")
                .json()
                .get("id")
                .asString();
        assertProblem(
                api().send(api().request("/api/parcels/" + id, office)
                        .header("Accept", "text/csv")
                        .GET()
                        .build()),
                406,
                "not-acceptable");
    }

    @Test
    void answersAMissingBodyWithATypedProblem() {
        assertProblem(
                api().send(api().request("/api/parcels", office)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build()),
                400,
                "unreadable-body");
    }

    @Test
    void refusesABodyThatDeclaresMoreThanTheLimitWith413() {
        Response response = api().post("/api/parcels", office, "{\"title\":\"" + "x".repeat(9 * 1024) + "\"}");
        assertProblem(response, 413, "content-too-large");
        assertThat(response.json().get("detail").asString()).contains("8192");
    }

    @Test
    void refusesAChunkedBodyThatGoesPastTheLimitWith413() {
        byte[] body = ("{\"title\":\"" + "x".repeat(20 * 1024) + "\",\"seats\":1}").getBytes();
        Response response = api().send(api().request("/api/parcels", office)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build());
        assertProblem(response, 413, "content-too-large");
    }

    @Test
    void givesUploadPathsTheUploadLimit() {
        byte[] file = new byte[20 * 1024];
        // Past the body limit, within the upload limit: not refused for its size (nothing serves the path here).
        Response upload = api().send(api().request("/api/parcels/p1/files", office)
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(file))
                .build());
        assertThat(upload.status()).as(upload.body()).isNotEqualTo(413);
        assertProblem(
                api().send(api().request("/api/parcels/p1/files", office)
                        .header("Content-Type", "application/octet-stream")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[65 * 1024]))
                        .build()),
                413,
                "content-too-large");
    }

    @Test
    void listensOnLoopbackOnly() throws Exception {
        assertThat(bindAddress).isEqualTo("127.0.0.1");
        try (Socket loopback = new Socket()) {
            loopback.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 2000);
        }
        Optional<InetAddress> other = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .filter(network -> !isLoopback(network))
                .flatMap(network -> Collections.list(network.getInetAddresses()).stream())
                .filter(address -> address instanceof Inet4Address)
                .findFirst();
        assumeTrue(other.isPresent(), "this machine has no other interface to try");
        assertThatThrownBy(() -> {
                    try (Socket outside = new Socket()) {
                        outside.connect(new InetSocketAddress(other.get(), port), 2000);
                    }
                })
                .as("connecting through %s", other.get())
                .isInstanceOf(java.io.IOException.class);
    }

    @Test
    void dropsTheIdleConsumersHighWatermarkNoticeOnlyNotKafkasOtherWarnings() throws Exception {
        String offsets = "org.apache.kafka.clients.consumer.internals.OffsetFetcherUtils";
        String coordinator = "org.apache.kafka.clients.consumer.internals.ConsumerCoordinator";
        ListAppender<ILoggingEvent> seen = new ListAppender<>();
        seen.start();
        List<ch.qos.logback.classic.Logger> watched = List.of(logback(offsets), logback(coordinator));
        watched.forEach(logger -> logger.addAppender(seen));
        try {
            // Through Kafka's own logger, which puts the client's prefix before the message.
            LogContext kafka = new LogContext("[Consumer clientId=sample-1, groupId=platform-sample] ");
            Logger fetcher = kafka.logger(Class.forName(offsets));
            fetcher.warn("Not updating high watermark for partition {} as it is no longer assigned", "plan-0");
            fetcher.warn("Not updating last stable offset for partition {} as it is no longer assigned", "plan-1");
            fetcher.warn(
                    "Attempt to fetch offsets for partition {} failed due to unexpected exception: {}, retrying.",
                    "plan-2",
                    "boom");
            kafka.logger(Class.forName(coordinator)).warn("Offset commit failed on partition {}", "plan-3");
        } finally {
            watched.forEach(logger -> logger.detachAppender(seen));
        }
        assertThat(seen.list)
                .extracting(ILoggingEvent::getFormattedMessage)
                .containsExactly(
                        "[Consumer clientId=sample-1, groupId=platform-sample] Attempt to fetch offsets for partition plan-2 "
                                + "failed due to unexpected exception: boom, retrying.",
                        "[Consumer clientId=sample-1, groupId=platform-sample] Offset commit failed on partition plan-3");
    }

    private static ch.qos.logback.classic.Logger logback(String name) {
        return (ch.qos.logback.classic.Logger) LoggerFactory.getLogger(name);
    }

    private static boolean isLoopback(NetworkInterface network) {
        try {
            return network.isLoopback() || !network.isUp();
        } catch (java.net.SocketException ex) {
            return true;
        }
    }

    private static void assertProblem(Response response, int status, String rule) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).as(response.body()).startsWith("application/problem+json");
        assertThat(response.json().get("type").asString()).isEqualTo("https://conference.gov.vn/problems/" + rule);
        assertThat(response.json().get("status").asInt()).isEqualTo(status);
    }

    private ApiClient api() {
        return ApiClient.onPort(port);
    }
}
