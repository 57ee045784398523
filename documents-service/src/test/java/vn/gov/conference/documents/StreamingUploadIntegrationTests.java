package vn.gov.conference.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.conference.contracts.EventCatalog;
import vn.gov.conference.contracts.Topics;
import vn.gov.conference.contracts.plan.PlanEvents.PlanApproved;
import vn.gov.conference.contracts.plan.PlanSnapshot;
import vn.gov.conference.documents.testing.MaterialsApi;
import vn.gov.conference.documents.testing.Multipart;
import vn.gov.conference.documents.testing.Plans;
import vn.gov.conference.documents.testing.SampleFiles;
import vn.gov.conference.testing.ApiClient;
import vn.gov.conference.testing.TestEvents;
import vn.gov.conference.testing.TestInfrastructure;

/**
 * Proves that uploads and downloads stream: the service runs in a child JVM (the real application, from this test's
 * class path) whose heap is capped at {@value #HEAP_MB} MB, and takes a {@value #UPLOAD_MB} MB file generated on the
 * fly, never held in memory on either side; then it serves the file back. Had any layer (multipart parsing, hashing,
 * GridFS writing or reading) buffered the whole file, the child would die of OutOfMemoryError. The child is the whole
 * service, with Kafka, MongoDB and security, so nothing is proved on a stand-in. The in-memory MongoDB stand-in keeps
 * the stored chunks in this (test) JVM, which has gigabytes of heap.
 */
class StreamingUploadIntegrationTests {

    static final int HEAP_MB = 64;
    static final int UPLOAD_MB = 256;
    private static final long UPLOAD_BYTES = UPLOAD_MB * 1024L * 1024L;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static Process service;
    private static Path log;
    private static int port;

    @BeforeAll
    static void startServiceWithASmallHeap() throws Exception {
        port = freePort();
        log = Files.createTempFile("documents-service-streaming", ".log");
        String group = "documents-streaming-" + UUID.randomUUID();
        String mongo = TestInfrastructure.mongoConnectionString();
        List<String> command = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + HEAP_MB + "m",
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-Xss512k",
                "-XX:+ExitOnOutOfMemoryError",
                "-Duser.timezone=Asia/Ho_Chi_Minh",
                "-Dfile.encoding=UTF-8",
                "-cp",
                System.getProperty("java.class.path"),
                DocumentsServiceApplication.class.getName(),
                "--server.port=" + port,
                "--spring.mongodb.uri=" + (mongo.endsWith("/") ? mongo : mongo + "/") + group,
                "--spring.cloud.stream.kafka.binder.brokers=" + TestInfrastructure.kafkaBootstrapServers(),
                "--spring.cloud.stream.kafka.binder.consumer-properties.auto.offset.reset=earliest",
                "--spring.cloud.stream.bindings.planEvents-in-0.group=" + group,
                "--spring.cloud.stream.bindings.agendaEvents-in-0.group=" + group,
                "--conference.security.public-key-location=classpath:conference-test-keys/public.pem",
                "--conference.security.link-secret=test-link-secret-0123456789",
                "--documents.content.max-size=" + (UPLOAD_MB + 10) + "MB",
                "--conference.limits.max-upload-size=" + (UPLOAD_MB + 10) + "MB",
                "--springdoc.api-docs.enabled=false",
                "--logging.structured.format.console=");
        service = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        awaitHealthy(Duration.ofSeconds(90));
    }

    @AfterAll
    static void stopService() throws InterruptedException {
        if (service != null) {
            service.destroy();
            if (!service.waitFor(10, TimeUnit.SECONDS)) {
                service.destroyForcibly();
            }
        }
    }

    @Test
    void uploadsAndDownloadsAFileSeveralTimesLargerThanTheServicesHeap() throws Exception {
        long heap = maxHeap();
        assertThat(UPLOAD_BYTES).as("the upload is several times the heap").isGreaterThan(4 * heap);
        MaterialsApi api = new MaterialsApi(port);
        PlanSnapshot plan = Plans.tienGiang(7);
        TestEvents.publish(
                Topics.PLAN,
                EventCatalog.PLAN_APPROVED.type(),
                plan.planId(),
                "tien-giang",
                new PlanApproved(plan, java.time.OffsetDateTime.now(), "tg-approver"));
        String requestId = MaterialsApi.request(api.awaitRequests(plan.planId(), 6), Plans.SKHDT_REPORT)
                .get("id")
                .asString();
        GeneratedPdf upload = new GeneratedPdf(UPLOAD_BYTES);

        ApiClient.Response answer = api.submit(
                requestId,
                MaterialsApi.department("TG-SKHDT"),
                Multipart.file("Báo cáo PCI (bản đầy đủ).pdf", "application/pdf", () -> upload));

        assertThat(answer.status()).as(answer + "\n" + tail()).isEqualTo(201);
        JsonNode version = answer.json();
        assertThat(version.get("size").asLong()).isEqualTo(UPLOAD_BYTES);
        assertThat(version.get("sha256").asString()).isEqualTo(upload.sha256());
        assertThat(version.get("contentType").asString()).isEqualTo("application/pdf");

        HttpResponse<InputStream> download = HttpClient.newHttpClient()
                .send(
                        api.client()
                                .request(
                                        "/api/documents/"
                                                + version.get("documentId").asString() + "/content",
                                        MaterialsApi.office())
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofInputStream());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValueAsLong("Content-Length")).hasValue(UPLOAD_BYTES);
        assertThat(SampleFiles.sha256(download.body())).isEqualTo(upload.sha256());
        assertThat(service.isAlive()).as("the service survived").isTrue();
    }

    /** The heap limit the child JVM reports about itself, from its Prometheus metrics. */
    private static long maxHeap() throws Exception {
        String metrics = get("/actuator/prometheus").body();
        Matcher heap = Pattern.compile("jvm_memory_max_bytes\\{[^}]*area=\"heap\"[^}]*} ([0-9.E+]+)")
                .matcher(metrics);
        long total = 0;
        while (heap.find()) {
            total += (long) Double.parseDouble(heap.group(1));
        }
        assertThat(total).as("heap size reported").isPositive().isLessThanOrEqualTo(HEAP_MB * 1024L * 1024L);
        return total;
    }

    private static void awaitHealthy(Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!service.isAlive()) {
                throw new AssertionError("The service exited with " + service.exitValue() + ":\n" + tail());
            }
            try {
                if (get("/actuator/health").statusCode() == 200) {
                    return;
                }
            } catch (IOException ex) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("The service did not become healthy within " + timeout + ":\n" + tail());
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private static String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException ex) {
            return "(no log: " + ex.getMessage() + ")";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /**
     * A valid PDF followed by pseudo-random filler up to {@code size} bytes, produced as it is read and hashed on the
     * way, so the test never holds the file either.
     */
    static final class GeneratedPdf extends InputStream {

        private final byte[] head = SampleFiles.pdf("Bao cao PCI ban day du");
        private final long size;
        private final SplittableRandom random = new SplittableRandom(276);
        private final MessageDigest digest;
        private long position;
        private String sha256;

        GeneratedPdf(long size) throws NoSuchAlgorithmException {
            this.size = size;
            this.digest = MessageDigest.getInstance("SHA-256");
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) == -1 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (position >= size) {
                return -1;
            }
            int count = (int) Math.min(length, size - position);
            for (int i = 0; i < count; i++) {
                long at = position + i;
                buffer[offset + i] = at < head.length ? head[(int) at] : (byte) random.nextInt(256);
            }
            digest.update(buffer, offset, count);
            position += count;
            return count;
        }

        String sha256() {
            assertThat(position).as("the whole file was sent").isEqualTo(size);
            if (sha256 == null) {
                sha256 = HexFormat.of().formatHex(digest.digest());
            }
            return sha256;
        }
    }
}
