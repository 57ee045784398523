package vn.gov.conference.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.gov.conference.gateway.GatewayClient;
import vn.gov.conference.gateway.StubBackend;

/**
 * A service that dies halfway through its answer (here: a raw socket that sends the status, the headers and the
 * first bytes of the body, then closes). The caller must see its request fail at once, not hold a 200 and wait for
 * the rest of a body that never comes (declared length) or take a cut body for a whole one (chunked).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BrokenAnswerIntegrationTests {

    private static final BrokenBackend broken = new BrokenBackend();

    private static final StubBackend others = new StubBackend(Services.AGENDA);

    @LocalServerPort
    private int port;

    @DynamicPropertySource
    static void backends(DynamicPropertyRegistry registry) {
        registry.add("conference.gateway.routing.services.plan-service.uri", () -> "http://127.0.0.1:" + broken.port());
        for (String service : new String[] {"agenda-service", "notification-service", "documents-service"}) {
            registry.add(
                    "conference.gateway.routing.services." + service + ".uri",
                    () -> others.uri().toString());
        }
    }

    @AfterAll
    static void stopBackends() throws IOException {
        broken.close();
        others.close();
    }

    @Test
    void failsTheCallersRequestWhenTheAnswerEndsShortOfItsDeclaredLength() {
        long started = System.nanoTime();

        int status = statusOrBrokenConnection("/api/plans/declared-length");

        assertThat(status)
                .as("an error status, or the connection closed (-1); never a success")
                .isNotIn(200, 201, 202, 203, 204, 205, 206);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void failsTheCallersRequestWhenAChunkedAnswerBreaksOff() {
        int status = statusOrBrokenConnection("/api/plans/chunked");

        assertThat(status)
                .as("a cut chunked body must not reach the caller as a whole one")
                .isNotIn(200, 201, 202, 203, 204, 205, 206);
    }

    @Test
    void stillRelaysWholeAnswers() throws Exception {
        HttpResponse<String> whole = call("/api/plans/whole");

        assertThat(whole.statusCode()).isEqualTo(200);
        assertThat(whole.body()).isEqualTo("{\"plans\":[]}");
    }

    /** The status the caller got, or -1 when its connection was closed before the answer was whole. */
    private int statusOrBrokenConnection(String path) {
        try {
            return call(path).statusCode();
        } catch (HttpTimeoutException ex) {
            throw new AssertionError("The caller was left waiting for the rest of the answer", ex);
        } catch (IOException ex) {
            return -1;
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new AssertionError(ex);
        }
    }

    private HttpResponse<String> call(String path) throws IOException, InterruptedException {
        GatewayClient gateway = new GatewayClient(this.port);
        try (HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            return http.send(
                    gateway.authorized(path, "tg-office")
                            .timeout(Duration.ofSeconds(15))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
    }

    /** Answers by the last path segment: "whole", "declared-length" (cut short) or "chunked" (cut short). */
    private static final class BrokenBackend implements AutoCloseable {

        private final ServerSocket server;

        BrokenBackend() {
            try {
                this.server = new ServerSocket(0);
            } catch (IOException ex) {
                throw new IllegalStateException(ex);
            }
            Thread.ofVirtual().start(this::serve);
        }

        int port() {
            return this.server.getLocalPort();
        }

        private void serve() {
            while (!this.server.isClosed()) {
                try {
                    Socket socket = this.server.accept();
                    Thread.ofVirtual().start(() -> answer(socket));
                } catch (IOException ex) {
                    return;
                }
            }
        }

        private static void answer(Socket socket) {
            try (socket) {
                String head = readHead(socket.getInputStream());
                String path = head.substring(head.indexOf(' ') + 1, head.indexOf(' ', head.indexOf(' ') + 1));
                OutputStream out = socket.getOutputStream();
                String answer;
                if (path.endsWith("/whole")) {
                    answer = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 12\r\n"
                            + "Connection: close\r\n\r\n{\"plans\":[]}";
                } else if (path.endsWith("/chunked")) {
                    answer = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                            + "9\r\n{\"part\":\"\r\n";
                } else {
                    answer = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n"
                            + "{\"part\":\"";
                }
                out.write(answer.getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } catch (IOException ex) {
                // The gateway went away: nothing to answer.
            }
        }

        private static String readHead(InputStream in) throws IOException {
            StringBuilder head = new StringBuilder();
            int c;
            while ((c = in.read()) >= 0) {
                head.append((char) c);
                if (head.length() >= 4 && head.substring(head.length() - 4).equals("\r\n\r\n")) {
                    break;
                }
            }
            return head.toString();
        }

        @Override
        public void close() throws IOException {
            this.server.close();
        }
    }
}
