package vn.gov.conference.bench.pages;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import vn.gov.conference.bench.api.Api;
import vn.gov.conference.bench.api.Json;
import vn.gov.conference.bench.report.Machine;
import vn.gov.conference.bench.report.Section;
import vn.gov.conference.bench.report.Table;
import vn.gov.conference.bench.stack.BenchStack;
import vn.gov.conference.bench.stats.Latencies;
import vn.gov.conference.bench.stats.Ratio;

/**
 * What a delegate's phone waits for: the invitation page a letter's link opens ({@code GET /moi/{id}?sig=…}, rendered
 * by the web module from one API call) against the JSON call it wraps ({@code GET /api/invitations/{id}?sig=…}), both
 * through the gateway, one client, requests alternating so that the machine's load hits both alike.
 */
public final class InvitationPage {

    private static final int WARM_UP = 100;
    private static final int SAMPLES = 600;
    private static final Pattern PAGE_LINK =
            Pattern.compile("https?://[^\\s\"'<>]+/moi/([A-Za-z0-9_-]+)\\?sig=([^\\s\"'<>&]+)");

    private InvitationPage() {}

    public static Section run(BenchStack stack) {
        System.out.println(
                "\n== Invitation page: GET /moi/{id} (HTML) vs GET /api/invitations/{id} (JSON), via the gateway");
        stack.unthrottleGateway();
        String planId = stack.plans().createApproved(stack.plans().full());
        Matcher link = awaitLetterLink(stack.inboxUrl(), Duration.ofMinutes(2));
        String id = link.group(1);
        String sig = link.group(2);
        String base = stack.gateway().baseUrl();
        URI page = URI.create(base + "/moi/" + id + "?sig=" + sig);
        URI json = URI.create(base + "/api/invitations/" + id + "?sig=" + sig);
        HttpClient http = Api.newClient();
        for (int i = 0; i < WARM_UP; i++) {
            send(http, page, "text/html");
            send(http, json, "application/json");
        }
        List<Long> pageNanos = new ArrayList<>();
        List<Long> jsonNanos = new ArrayList<>();
        long pageBytes = 0;
        long jsonBytes = 0;
        int failures = 0;
        for (int i = 0; i < SAMPLES; i++) {
            Sample p = send(http, page, "text/html");
            Sample j = send(http, json, "application/json");
            if (p.ok()) {
                pageNanos.add(p.nanos());
                pageBytes = p.bytes();
            } else {
                failures++;
            }
            if (j.ok()) {
                jsonNanos.add(j.nanos());
                jsonBytes = j.bytes();
            } else {
                failures++;
            }
        }
        Latencies pl = Latencies.ofNanos(pageNanos);
        Latencies jl = Latencies.ofNanos(jsonNanos);
        Table table = Table.of("request", "samples", "p50 (ms)", "p99 (ms)", "p50 vs JSON", "p99 vs JSON", "bytes");
        table.row(
                "JSON  GET /api/invitations/{id}",
                jl.count(),
                String.format("%.2f", jl.p50Millis()),
                String.format("%.2f", jl.p99Millis()),
                "1.00×",
                "1.00×",
                jsonBytes);
        table.row(
                "page  GET /moi/{id}",
                pl.count(),
                String.format("%.2f", pl.p50Millis()),
                String.format("%.2f", pl.p99Millis()),
                Ratio.format(Ratio.of(pl.p50Millis(), jl.p50Millis())),
                Ratio.format(Ratio.of(pl.p99Millis(), jl.p99Millis())),
                pageBytes);
        System.out.println();
        System.out.print(table.toText());
        String summary = String.format(
                "Failed requests: %d. Plan %s, invitation %s; the page is rendered by the web "
                        + "module from one API call through the gateway (so it pays two gateway hops and the JSON's own call).",
                failures, planId, id);
        System.out.println(summary);
        String markdown = "### Invitation page\n\n" + Machine.describe() + "\n\n"
                + "The page a letter's link opens against the JSON call it wraps, both through the gateway with the "
                + "letter's signed link, one client, " + SAMPLES + " alternating pairs after " + WARM_UP
                + " warm-up pairs.\n\n" + table.toMarkdown() + "\n" + summary + "\n";
        return new Section("pages", markdown, failures == 0);
    }

    private record Sample(boolean ok, long nanos, long bytes) {}

    private static Sample send(HttpClient http, URI uri, String accept) {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .header("Accept", accept)
                .timeout(Duration.ofSeconds(30))
                .GET()
                .build();
        long sent = System.nanoTime();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            long nanos = System.nanoTime() - sent;
            return new Sample(response.statusCode() == 200, nanos, response.body().length);
        } catch (Exception e) {
            return new Sample(false, System.nanoTime() - sent, 0);
        }
    }

    /** The first answer link of an invitation letter the plan's approval sent. */
    private static Matcher awaitLetterLink(String inboxUrl, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (HttpClient client = Api.newClient()) {
            while (System.nanoTime() < deadline) {
                JsonNode list = Json.read(client.send(
                                HttpRequest.newBuilder(URI.create(inboxUrl + "/api/messages"))
                                        .timeout(Duration.ofSeconds(30))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .body());
                for (JsonNode message : list) {
                    JsonNode text = message.get("text");
                    Matcher matcher = PAGE_LINK.matcher(text == null || text.isNull() ? "" : text.asString());
                    if (matcher.find()) {
                        return matcher;
                    }
                }
                Thread.sleep(250);
            }
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read the inbox at " + inboxUrl, e);
        }
        throw new IllegalStateException("No letter with an invitation page link arrived within " + timeout);
    }
}
