package vn.gov.conference.localstack.demo;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public API as the demo loader uses it: tokens of the demo clients from the gateway's authorization server,
 * then JSON calls through the gateway. Every status comes back as it is; the loader decides what it means.
 */
final class DemoApi {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final String gateway;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, String> tokens = new HashMap<>();

    DemoApi(String gatewayUrl) {
        this.gateway = gatewayUrl;
    }

    record Answer(int status, JsonNode body) {

        boolean ok() {
            return status >= 200 && status < 300;
        }

        /** The problem's {@code rule} (the platform's problem details), or "" for anything else. */
        String rule() {
            return body != null && body.has("rule") ? body.get("rule").asString() : "";
        }

        JsonNode require(String what) {
            if (!ok()) {
                throw new IllegalStateException(what + " answered " + status + ": " + body);
            }
            return body;
        }
    }

    Answer get(String client, String path) {
        return send(client, HttpRequest.newBuilder(URI.create(gateway + path)).GET());
    }

    Answer post(String client, String path, Object body) {
        return send(client, json(path).POST(HttpRequest.BodyPublishers.ofString(text(body))));
    }

    Answer put(String client, String path, Object body) {
        return send(client, json(path).PUT(HttpRequest.BodyPublishers.ofString(text(body))));
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private HttpRequest.Builder json(String path) {
        return HttpRequest.newBuilder(URI.create(gateway + path)).header("Content-Type", "application/json");
    }

    private Answer send(String client, HttpRequest.Builder request) {
        request.header("Authorization", "Bearer " + token(client)).timeout(Duration.ofSeconds(30));
        HttpResponse<byte[]> response = exchange(request.build());
        byte[] bytes = response.body();
        JsonNode body = bytes.length == 0 ? null : JSON.readTree(bytes);
        return new Answer(response.statusCode(), body);
    }

    /** A demo client's token (client credentials; the secret is "{@code <client>-secret}"). */
    private String token(String client) {
        return tokens.computeIfAbsent(client, id -> {
            String basic =
                    Base64.getEncoder().encodeToString((id + ":" + id + "-secret").getBytes(StandardCharsets.UTF_8));
            HttpResponse<byte[]> response = exchange(HttpRequest.newBuilder(URI.create(gateway + "/oauth2/token"))
                    .header("Authorization", "Basic " + basic)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                    .build());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("No token for " + id + ": " + response.statusCode() + " "
                        + new String(response.body(), StandardCharsets.UTF_8));
            }
            return JSON.readTree(response.body()).get("access_token").asString();
        });
    }

    private HttpResponse<byte[]> exchange(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while calling " + request.uri(), e);
        }
    }

    private static String text(Object body) {
        return body instanceof String s ? s : JSON.writeValueAsString(body);
    }
}
