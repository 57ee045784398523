package vn.gov.conference.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import vn.gov.conference.testing.ApiClient;
import vn.gov.conference.testing.ApiClient.Response;

/**
 * The public API, as the demo clients of the gateway's authorization server use it: each call names the client
 * (for example {@code tg-office}) and carries that client's token from {@code POST /oauth2/token}; {@code null}
 * calls without a token, as a delegate following a signed link does.
 */
final class Gateway {

    private final String baseUrl;
    private final ApiClient api;
    private static final Duration TOKEN_REUSE = Duration.ofMinutes(5);

    private record Token(String value, long fetchedNanos) {}

    private final Map<String, Token> tokens = new ConcurrentHashMap<>();
    private final Map<String, String> secrets = new ConcurrentHashMap<>();

    Gateway(String baseUrl) {
        this.baseUrl = baseUrl;
        this.api = new ApiClient(baseUrl);
    }

    String baseUrl() {
        return baseUrl;
    }

    Response get(String client, String path) {
        return api.get(path, token(client));
    }

    /**
     * Every item of a list the API answers a page at a time ({@code items, page, size, total}), its pages of 100
     * walked in order, as one array.
     */
    JsonNode all(String client, String path) {
        ArrayNode items = JsonNodeFactory.instance.arrayNode();
        for (int page = 0; ; page++) {
            JsonNode found =
                    expect(get(client, path + (path.contains("?") ? "&" : "?") + "size=100&page=" + page), 200);
            found.get("items").forEach(items::add);
            if (found.get("items").isEmpty()
                    || items.size() >= found.get("total").asLong()) {
                return items;
            }
        }
    }

    Response post(String client, String path, Object body) {
        return api.post(path, token(client), body);
    }

    Response put(String client, String path, Object body) {
        return api.put(path, token(client), body);
    }

    Response delete(String client, String path) {
        return api.delete(path, token(client));
    }

    /** A GET or POST of a link from an email: the link's own address, which must point at this gateway. */
    Response follow(String link) {
        return api.get(pathOf(link), null);
    }

    Response postTo(String link, Object body) {
        return api.post(pathOf(link), null, body);
    }

    /** {@code multipart/form-data} with the file in part {@code file}, as a department's system uploads it. */
    Response upload(String client, String path, String fileName, String contentType, byte[] content) {
        String boundary = "----conference-e2e-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\n"
                        + "Content-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
                        + "Content-Type: " + contentType + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = api.request(path, token(client))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        return api.send(request);
    }

    /** Signs a client in with its own secret (a client created through the API); later calls naming it use the token. */
    Response signIn(String client, String secret) {
        Response answer = requestToken(client, secret);
        if (answer.status() == 200) {
            secrets.put(client, secret);
            tokens.put(client, new Token(answer.json().get("access_token").asString(), System.nanoTime()));
        }
        return answer;
    }

    /**
     * The client's token; the demo clients' secret is "{@code <client>-secret}". The gateway's tokens live ten minutes
     * and one stack may serve several test classes, so a token older than half that is replaced.
     */
    String token(String client) {
        if (client == null) {
            return null;
        }
        return tokens.compute(client, (id, held) -> {
                    if (held != null && System.nanoTime() - held.fetchedNanos() < TOKEN_REUSE.toNanos()) {
                        return held;
                    }
                    Response answer = requestToken(id, secrets.getOrDefault(id, id + "-secret"));
                    assertThat(answer.status())
                            .as("token of %s: %s", id, answer.body())
                            .isEqualTo(200);
                    return new Token(answer.json().get("access_token").asString(), System.nanoTime());
                })
                .value();
    }

    private Response requestToken(String client, String secret) {
        String basic = Base64.getEncoder().encodeToString((client + ":" + secret).getBytes(StandardCharsets.UTF_8));
        return api.send(api.request("/oauth2/token", null)
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build());
    }

    private String pathOf(String link) {
        assertThat(link).as("a link into this stack's gateway").startsWith(baseUrl + "/");
        URI uri = URI.create(link);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    /** The JSON of an answer that must have the given status, with the body in the message when it has not. */
    static JsonNode expect(Response response, int status) {
        assertThat(response.status()).as("%s", response).isEqualTo(status);
        return response.bytes().length == 0 ? null : response.json();
    }

    /** A refusal: its status and the problem's {@code rule}, when the service names one. */
    static void refused(Response response, int status, String rule) {
        assertThat(response.status()).as("%s", response).isEqualTo(status);
        if (rule != null) {
            assertThat(response.json().path("rule").asString())
                    .as("%s", response)
                    .isEqualTo(rule);
        }
    }
}
