package vn.gov.conference.gateway.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.gov.conference.gateway.GatewayClient;
import vn.gov.conference.gateway.GatewayIntegrationTest;
import vn.gov.conference.gateway.StubBackend;
import vn.gov.conference.gateway.StubBackends;
import vn.gov.conference.gateway.routing.Services;

/** Limits of this context: 64 KB anywhere, 256 KB on material submissions and signed originals. */
class BodySizeIntegrationTests extends GatewayIntegrationTest {

    private static final int LIMIT = 64 * 1024;

    private static final int UPLOAD_LIMIT = 256 * 1024;

    private final StubBackend plans = StubBackends.of(Services.PLAN);

    private final StubBackend documents = StubBackends.of(Services.DOCUMENTS);

    @Test
    void refusesADeclaredContentLengthOverTheLimitWithoutCallingTheService() {
        HttpResponse<String> response = this.gateway.send(this.gateway
                .authorized("/api/plans", "tg-office")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes(LIMIT + 1))));

        assertContentTooLarge(response, LIMIT);
        assertThat(this.plans.received()).isEmpty();
    }

    @Test
    void acceptsABodyOfExactlyTheLimit() {
        HttpResponse<String> response = this.gateway.send(this.gateway
                .authorized("/api/plans", "tg-office")
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes(LIMIT))));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(this.plans.lastReceived().bodyBytes()).isEqualTo(LIMIT);
    }

    @Test
    void refusesAChunkedBodyThatGrowsPastTheLimitWhileStreaming() {
        HttpResponse<String> response = this.gateway.send(this.gateway
                .authorized("/api/plans", "tg-office")
                .header("Content-Type", "application/octet-stream")
                .POST(chunked(bytes(4 * LIMIT))));

        assertContentTooLarge(response, LIMIT);
        await().atMost(Duration.ofSeconds(5)).until(() -> !this.plans.received().isEmpty());
        StubBackend.Received cutOff = this.plans.lastReceived();
        assertThat(cutOff.complete()).as("the service saw the upload aborted").isFalse();
        assertThat(cutOff.bodyBytes()).isLessThanOrEqualTo(LIMIT);
    }

    @Test
    void allowsLargerBodiesOnlyWhereMaterialsAreUploaded() {
        byte[] material = bytes(200 * 1024);

        HttpResponse<String> upload = this.gateway.send(this.gateway
                .authorized("/api/material-requests/mr-1/submissions", "tg-snv")
                .header("Content-Type", "application/pdf")
                .POST(chunked(material)));
        HttpResponse<String> elsewhere = this.gateway.send(this.gateway
                .authorized("/api/plans/p-1/amend", "tg-snv")
                .header("Content-Type", "application/pdf")
                .POST(chunked(material)));
        HttpResponse<String> tooLargeUpload = this.gateway.send(this.gateway
                .authorized("/api/material-requests/mr-1/submissions", "tg-snv")
                .header("Content-Type", "application/pdf")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes(UPLOAD_LIMIT + 1))));

        assertThat(upload.statusCode()).isEqualTo(201);
        assertThat(GatewayClient.json(upload)).containsEntry("bodyBytes", material.length);
        assertContentTooLarge(elsewhere, LIMIT);
        assertContentTooLarge(tooLargeUpload, UPLOAD_LIMIT);
    }

    @Test
    void theConsolesUploadFormOverTheLimitIsAVietnamesePageSayingTheLimit() {
        HttpResponse<String> response = this.gateway.send(this.gateway
                .request("/console/nhiem-vu/mr-1/nop")
                .header("Accept", "text/html")
                .header("Content-Type", "multipart/form-data; boundary=x")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes(UPLOAD_LIMIT + 1))));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
        assertThat(response.body())
                .contains(
                        "<html lang=\"vi\">",
                        "<h1>Tệp quá lớn</h1>",
                        "vượt quá giới hạn 256 KB cho mỗi lần nộp",
                        "href=\"/console/nhiem-vu/mr-1\"")
                .doesNotContain("problem", "\"status\"");
    }

    @Test
    void takesASignedOriginalAsAnUpload() {
        byte[] signed = bytes(200 * 1024);

        HttpResponse<String> upload = this.gateway.send(this.gateway
                .authorized("/api/plans/p-1/signed-original", "tg-office")
                .header("Content-Type", "application/pdf")
                .POST(chunked(signed)));

        assertThat(upload.statusCode())
                .as("the upload limit, not the 64 KB one")
                .isNotEqualTo(413);
        assertThat(this.documents.lastReceived().bodyBytes()).isEqualTo(signed.length);
    }

    /**
     * The client holds back the rest of its upload until the service has received the first bytes: a gateway that
     * buffered the whole body before calling the service would never let that happen. The client writes chunked
     * HTTP/1.1 on a plain socket, so that nothing on the client side can hold the first part back either.
     */
    @Test
    void streamsTheBodyToTheServiceWhileTheCallerIsStillSending() throws IOException, InterruptedException {
        String path = "/api/material-requests/mr-2/submissions";
        URI gatewayUri = this.gateway.uri(path);
        try (Socket socket = new Socket(gatewayUri.getHost(), gatewayUri.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: " + gatewayUri.getAuthority() + "\r\nAuthorization: Bearer "
                            + this.gateway.token("tg-snv") + "\r\nContent-Type: application/pdf\r\n"
                            + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            writeChunk(out, bytes(32 * 1024));
            out.flush();

            boolean serviceSawBytesBeforeTheEnd =
                    this.documents.firstByteOf(path).await(20, TimeUnit.SECONDS);

            writeChunk(out, bytes(96 * 1024));
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(serviceSawBytesBeforeTheEnd)
                    .as("the service received bytes before the upload ended")
                    .isTrue();
            assertThat(answer).startsWith("HTTP/1.1 201");
            assertThat(answer).contains("\"bodyBytes\":" + 128 * 1024);
        }
    }

    private static void writeChunk(OutputStream out, byte[] chunk) throws IOException {
        out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(chunk);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    private static void assertContentTooLarge(HttpResponse<String> response, int limit) {
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(GatewayClient.json(response))
                .containsEntry("type", "https://conference.gov.vn/problems/content-too-large")
                .containsEntry("status", 413)
                .containsEntry("maxBytes", limit);
    }

    private static HttpRequest.BodyPublisher chunked(byte[] body) {
        return HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body));
    }

    private static byte[] bytes(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }
}
