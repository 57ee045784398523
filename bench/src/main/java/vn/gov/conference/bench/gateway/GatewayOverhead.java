package vn.gov.conference.bench.gateway;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import vn.gov.conference.bench.api.Api;
import vn.gov.conference.bench.api.Plans;
import vn.gov.conference.bench.report.Machine;
import vn.gov.conference.bench.report.Section;
import vn.gov.conference.bench.report.Table;
import vn.gov.conference.bench.stack.BenchStack;
import vn.gov.conference.bench.stats.Latencies;
import vn.gov.conference.bench.stats.Ratio;
import vn.gov.conference.localstack.ServiceDefinition;

/**
 * The cost of the gateway: the same read ({@code GET /api/plans/{id}}, an office's token, a plan of about 11 kB)
 * straight to plan-service and through the gateway, with 1 and 16 clients that each send the next request as soon
 * as the previous one is answered. Measured in alternating windows (direct, gateway, direct, ...) so that a change in
 * the machine's load hits both alike.
 */
public final class GatewayOverhead {

    /** Long enough for the full tiered compiler (as in production) to have compiled the gateway's hot path. */
    private static final Duration WARM_UP = Duration.ofSeconds(60);

    private static final Duration WINDOW = Duration.ofSeconds(8);
    private static final int ROUNDS = 2;
    private static final List<Integer> CLIENTS = List.of(1, 16);

    private GatewayOverhead() {}

    private record Key(String path, int clients) {}

    private static final class Measured {
        final List<Long> nanos = new ArrayList<>();
        long windowNanos;
        int failures;
    }

    public static Section run(BenchStack stack) {
        System.out.println("\n== Gateway overhead: GET /api/plans/{id}, direct vs through the gateway");
        stack.unthrottleGateway();
        String planId = stack.plans().createApproved(stack.plans().full());
        Api gateway = stack.gateway();
        String token = gateway.token(Plans.OFFICE);
        Map<String, URI> targets = new LinkedHashMap<>();
        targets.put(
                "direct",
                URI.create(stack.stack().addresses().serviceUrl(ServiceDefinition.PLAN) + "/api/plans/" + planId));
        targets.put("gateway", URI.create(gateway.baseUrl() + "/api/plans/" + planId));
        HttpClient http = Api.newClient();

        targets.values().forEach(uri -> window(http, uri, token, 16, WARM_UP));
        Map<Key, Measured> results = new LinkedHashMap<>();
        for (int round = 1; round <= ROUNDS; round++) {
            for (int clients : CLIENTS) {
                for (Map.Entry<String, URI> target : targets.entrySet()) {
                    Measured window = window(http, target.getValue(), token, clients, WINDOW);
                    Measured total = results.computeIfAbsent(new Key(target.getKey(), clients), k -> new Measured());
                    total.nanos.addAll(window.nanos);
                    total.windowNanos += window.windowNanos;
                    total.failures += window.failures;
                    System.out.printf(
                            "  round %d, %-7s %2d client(s): %6.0f req/s%n",
                            round, target.getKey(), clients, window.nanos.size() / (window.windowNanos / 1e9));
                }
            }
        }

        Table table = Table.of(
                "path",
                "clients",
                "requests",
                "throughput (req/s)",
                "vs direct",
                "p50 (ms)",
                "p99 (ms)",
                "added p50 (ms)",
                "errors");
        Map<Integer, double[]> checks = new LinkedHashMap<>();
        for (int clients : CLIENTS) {
            Measured direct = results.get(new Key("direct", clients));
            Measured viaGateway = results.get(new Key("gateway", clients));
            Latencies d = Latencies.ofNanos(direct.nanos);
            Latencies g = Latencies.ofNanos(viaGateway.nanos);
            double directRate = direct.nanos.size() / (direct.windowNanos / 1e9);
            double gatewayRate = viaGateway.nanos.size() / (viaGateway.windowNanos / 1e9);
            table.row(
                    "direct",
                    clients,
                    d.count(),
                    String.format("%.0f", directRate),
                    "1.00×",
                    String.format("%.2f", d.p50Millis()),
                    String.format("%.2f", d.p99Millis()),
                    "–",
                    direct.failures);
            table.row(
                    "gateway",
                    clients,
                    g.count(),
                    String.format("%.0f", gatewayRate),
                    Ratio.format(Ratio.of(gatewayRate, directRate)),
                    String.format("%.2f", g.p50Millis()),
                    String.format("%.2f", g.p99Millis()),
                    String.format("%.2f", g.p50Millis() - d.p50Millis()),
                    viaGateway.failures);
            checks.put(clients, new double[] {Ratio.of(gatewayRate, directRate), g.p50Millis() - d.p50Millis()});
        }
        double ratio16 = checks.get(16)[0];
        double added1 = checks.get(1)[1];
        // Issue 18's targets.
        boolean met = ratio16 >= 0.6 && added1 <= 1.5;
        System.out.println();
        System.out.print(table.toText());
        String verdict = String.format(
                "Targets: gateway throughput at 16 clients ≥ 0.6 × direct: %s (%s); added p50 "
                        + "≤ 1.5 ms (1 client): %s (%.2f ms).",
                ratio16 >= 0.6 ? "met" : "NOT met", Ratio.format(ratio16), added1 <= 1.5 ? "met" : "NOT met", added1);
        System.out.println(verdict);

        String markdown = "### Gateway overhead\n\n" + Machine.describe() + "\n\n"
                + "`GET /api/plans/{id}` (an office token, a plan of about 11 kB) straight to plan-service and through"
                + " the gateway; closed-loop clients (each sends its next request when the previous one is answered),"
                + " " + ROUNDS + " alternating windows of " + WINDOW.toSeconds() + " s per line after a "
                + WARM_UP.toSeconds() + " s warm-up. The gateway was restarted with a per-client rate limit high enough"
                + " never to refuse (the limiter still runs). Bench client, gateway and plan-service share the"
                + " machine's cores.\n\n" + table.toMarkdown() + "\n" + verdict + "\n";
        return new Section("gateway", markdown, met);
    }

    private static Measured window(HttpClient http, URI uri, String token, int clients, Duration length) {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(30))
                .GET()
                .build();
        ConcurrentLinkedQueue<Long> samples = new ConcurrentLinkedQueue<>();
        AtomicInteger failures = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(clients);
        long start = System.nanoTime();
        long end = start + length.toNanos();
        for (int i = 0; i < clients; i++) {
            Thread.ofPlatform().daemon().start(() -> {
                try {
                    while (System.nanoTime() < end) {
                        long sent = System.nanoTime();
                        try {
                            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                            if (response.statusCode() == 200 && response.body().length > 0) {
                                samples.add(System.nanoTime() - sent);
                            } else {
                                failures.incrementAndGet();
                            }
                        } catch (Exception e) {
                            failures.incrementAndGet();
                        }
                    }
                } finally {
                    done.countDown();
                }
            });
        }
        try {
            done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Measured measured = new Measured();
        measured.nanos.addAll(samples);
        measured.windowNanos = System.nanoTime() - start;
        measured.failures = failures.get();
        return measured;
    }
}
