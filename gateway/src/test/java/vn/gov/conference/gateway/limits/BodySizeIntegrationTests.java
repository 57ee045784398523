package vn.gov.conference.gateway.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import vn.gov.conference.gateway.GatewayClient;
import vn.gov.conference.gateway.GatewayIntegrationTest;
import vn.gov.conference.gateway.StubBackend;
import vn.gov.conference.gateway.StubBackends;
import vn.gov.conference.gateway.routing.Services;

/** Limits of this context: 64 KB anywhere, 256 KB on material submissions. */
class BodySizeIntegrationTests extends GatewayIntegrationTest {

    private static final int LIMIT = 64 * 1024;

    private static final int UPLOAD_LIMIT = 256 * 1024;

    private final StubBackend plans = StubBackends.of(Services.PLAN);

    private final StubBackend documents = StubBackends.of(Services.DOCUMENTS);

    @Test
    void refusesADeclaredContentLengthOverTheLimitWithoutCallingTheService() {
        HttpResponse<String> response = this.gateway.send(this.gateway.authorized("/api/plans", "tg-office")
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(bytes(LIMIT + 1))));

        assertContentTooLarge(response, LIMIT);
        assertThat(this.plans.received()).isEmpty();
    }

    @Test
    void acceptsABodyOfExactlyTheLimit() {
        HttpResponse<String> response = this.gateway.send(this.gateway.authorized("/api/plans", "tg-office")
            .header("Content-Type", "application/octet-stream")
            .POST(HttpRequest.BodyPublishers.ofByteArray(bytes(LIMIT))));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(this.plans.lastReceived().bodyBytes()).isEqualTo(LIMIT);
    }

    @Test
    void refusesAChunkedBodyThatGrowsPastTheLimitWhileStreaming() {
        HttpResponse<String> response = this.gateway.send(this.gateway.authorized("/api/plans", "tg-office")
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
        HttpResponse<String> elsewhere = this.gateway.send(this.gateway.authorized("/api/plans/p-1/amend", "tg-snv")
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

    /**
     * The client holds back the rest of its upload until the service has received the first bytes: a gateway that
     * buffered the whole body before calling the service would never let that happen.
     */
    @Test
    void streamsTheBodyToTheServiceWhileTheCallerIsStillSending() {
        String path = "/api/material-requests/mr-2/submissions";
        AtomicBoolean serviceSawBytesBeforeTheEnd = new AtomicBoolean();
        InputStream rest = new InputStream() {

            private final InputStream remainder = new ByteArrayInputStream(bytes(96 * 1024));

            private boolean waited;

            @Override
            public int read() throws IOException {
                awaitService();
                return this.remainder.read();
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                awaitService();
                return this.remainder.read(buffer, offset, length);
            }

            private void awaitService() throws IOException {
                if (!this.waited) {
                    this.waited = true;
                    try {
                        serviceSawBytesBeforeTheEnd.set(
                                BodySizeIntegrationTests.this.documents.firstByteOf(path).await(10, TimeUnit.SECONDS));
                    }
                    catch (InterruptedException ex) {
                        throw new IOException(ex);
                    }
                }
            }
        };
        InputStream upload = new SequenceInputStream(new ByteArrayInputStream(bytes(32 * 1024)), rest);

        HttpResponse<String> response = this.gateway.send(this.gateway.authorized(path, "tg-snv")
            .header("Content-Type", "application/pdf")
            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> upload)));

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(serviceSawBytesBeforeTheEnd).as("the service received bytes before the upload ended").isTrue();
        assertThat(GatewayClient.json(response)).containsEntry("bodyBytes", 128 * 1024);
    }

    private static void assertContentTooLarge(HttpResponse<String> response, int limit) {
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(GatewayClient.json(response)).containsEntry("type", "urn:conference:problem:content-too-large")
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
