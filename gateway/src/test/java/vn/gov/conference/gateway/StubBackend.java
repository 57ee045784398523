package vn.gov.conference.gateway;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.json.JsonMapper;

/**
 * A stand-in for one service behind the gateway: a JDK {@link HttpServer} that records what reached it and answers
 * with what it saw (service, path, query, relayed headers, body size and SHA-256). It reads bodies as they arrive, so
 * a test can tell a streamed body from a buffered one, it answers paths containing {@code /slow} (or a query
 * containing {@code slow}) late, paths ending in {@code /broken} with a 500, in {@code /busy} with a 503 and
 * Retry-After, paths ending in {@code /redirect} with a 303 to an absolute address of its own, and {@code /api/reference/units/{code}} (the
 * list of a unit's versions) from a few units of the reference data (404 for others).
 */
public final class StubBackend implements AutoCloseable {

    /** plan-service's reference API, as the gateway asks it about a client's unit. */
    private static final String UNITS = "/api/reference/units/";

    private static final Map<String, Map<String, Object>> REFERENCE_UNITS = Map.of(
            "TG-SNV", unit("TG-SNV", "tien-giang", "2008-01-01", null),
            "TG-SKHDT", unit("TG-SKHDT", "tien-giang", "2008-01-01", "2025-02-28"),
            "DT-SNV", unit("DT-SNV", "dong-thap", "2008-01-01", null),
            "HN-SNV", unit("HN-SNV", "ha-noi", "2008-08-01", null),
            "HN-VPUBND", unit("HN-VPUBND", "ha-noi", "2008-08-01", null));

    private final String name;

    private final HttpServer server;

    private final List<Received> received = new CopyOnWriteArrayList<>();

    /** Bytes of the request body currently being read, counted as they arrive. */
    private final AtomicLong bytesArriving = new AtomicLong();

    private final Map<String, CountDownLatch> firstBytes = new ConcurrentHashMap<>();

    private volatile Duration slowness = Duration.ofSeconds(3);

    public record Received(
            String method,
            String path,
            String query,
            Map<String, List<String>> headers,
            long bodyBytes,
            String bodySha256,
            boolean complete) {

        public String header(String name) {
            return this.headers.entrySet().stream()
                    .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .map(entry -> entry.getValue().get(0))
                    .findFirst()
                    .orElse(null);
        }
    }

    public StubBackend(String name) {
        this.name = name;
        try {
            this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
        } catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
        this.server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        this.server.createContext("/", this::handle);
        this.server.start();
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + this.server.getAddress().getPort());
    }

    public String name() {
        return this.name;
    }

    public List<Received> received() {
        return List.copyOf(this.received);
    }

    public Received lastReceived() {
        return this.received.isEmpty() ? null : this.received.get(this.received.size() - 1);
    }

    public long bytesArriving() {
        return this.bytesArriving.get();
    }

    /** Counted down when the first body byte of a request to this path has arrived. */
    public CountDownLatch firstByteOf(String path) {
        return this.firstBytes.computeIfAbsent(path, p -> new CountDownLatch(1));
    }

    public void answerSlowPathsAfter(Duration slowness) {
        this.slowness = slowness;
    }

    public void reset() {
        this.received.clear();
        this.firstBytes.clear();
        this.bytesArriving.set(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (path.equals("/v3/api-docs")) {
                record(exchange, 0, "", true);
                json(
                        exchange,
                        200,
                        Map.of(
                                "openapi",
                                "3.1.0",
                                "info",
                                Map.of("title", this.name, "version", "v1"),
                                "servers",
                                List.of(Map.of("url", uri().toString())),
                                "paths",
                                Map.of()));
                return;
            }
            if (path.equals("/asyncapi.json")) {
                record(exchange, 0, "", true);
                json(
                        exchange,
                        200,
                        Map.of(
                                "asyncapi",
                                "3.0.0",
                                "info",
                                Map.of("title", this.name + " events", "version", "v1"),
                                "channels",
                                Map.of("conference." + this.name + ".v1", Map.of())));
                return;
            }
            Body body = readBody(exchange, path);
            record(exchange, body.bytes(), body.sha256(), body.complete());
            if (path.startsWith(UNITS)) {
                Map<String, Object> unit = REFERENCE_UNITS.get(path.substring(UNITS.length()));
                // plan-service answers every version of the unit, oldest first
                json(exchange, unit == null ? 404 : 200, unit == null ? Map.of("status", 404) : List.of(unit));
                return;
            }
            if (path.endsWith("/redirect")) {
                // What a page does after a form: see-other to an absolute address of its own, as Tomcat writes it.
                exchange.getResponseHeaders().set("Location", uri() + path.replace("/redirect", "/done") + "?sent=1");
                exchange.sendResponseHeaders(303, -1);
                return;
            }
            String query = exchange.getRequestURI().getRawQuery();
            if (path.contains("/slow") || query != null && query.contains("slow")) {
                sleep(this.slowness);
            }
            if (path.endsWith("/broken")) {
                json(exchange, 500, Map.of("status", 500, "rule", "internal"));
                return;
            }
            if (path.endsWith("/busy")) {
                exchange.getResponseHeaders().set("Retry-After", "5");
                json(exchange, 503, Map.of("status", 503, "rule", "render-busy"));
                return;
            }
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("service", this.name);
            answer.put("method", exchange.getRequestMethod());
            answer.put("path", path);
            answer.put("query", exchange.getRequestURI().getRawQuery());
            answer.put("authorization", exchange.getRequestHeaders().getFirst("Authorization"));
            answer.put("bodyBytes", body.bytes());
            answer.put("bodySha256", body.sha256());
            // Headers a careless service might add: the gateway must not pass them on twice.
            exchange.getResponseHeaders().add("Access-Control-Allow-Origin", "*");
            exchange.getResponseHeaders().add("X-Request-Id", "set-by-" + this.name);
            json(exchange, path.endsWith("/submissions") ? 201 : 200, answer);
        }
    }

    private record Body(long bytes, String sha256, boolean complete) {}

    private Body readBody(HttpExchange exchange, String path) {
        MessageDigest sha256 = sha256();
        this.bytesArriving.set(0);
        long total = 0;
        boolean complete = true;
        byte[] buffer = new byte[8192];
        try (InputStream in = exchange.getRequestBody()) {
            int read;
            while ((read = in.read(buffer)) >= 0) {
                if (read > 0 && total == 0) {
                    firstByteOf(path).countDown();
                }
                total += read;
                this.bytesArriving.set(total);
                sha256.update(buffer, 0, read);
            }
        } catch (IOException ex) {
            // The gateway aborted the upload (limit reached): what arrived so far is what we report.
            complete = false;
        }
        return new Body(total, HexFormat.of().formatHex(sha256.digest()), complete);
    }

    private void record(HttpExchange exchange, long bytes, String sha256, boolean complete) {
        Headers headers = exchange.getRequestHeaders();
        this.received.add(new Received(
                exchange.getRequestMethod(),
                exchange.getRequestURI().getPath(),
                exchange.getRequestURI().getRawQuery(),
                Map.copyOf(headers),
                bytes,
                sha256,
                complete));
    }

    private static void json(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = JsonMapper.shared().writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static Map<String, Object> unit(String code, String province, String validFrom, String validTo) {
        Map<String, Object> unit = new LinkedHashMap<>();
        unit.put("code", code);
        unit.put("province", province);
        unit.put("kind", "DEPARTMENT");
        unit.put("validFrom", validFrom);
        unit.put("validTo", validTo);
        return unit;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        this.server.stop(0);
    }
}
