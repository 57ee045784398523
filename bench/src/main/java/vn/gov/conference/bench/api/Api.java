package vn.gov.conference.bench.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * HTTP to the stack: the gateway (public API and tokens) or one service directly. Tokens come from the gateway's
 * authorization server with the demo clients' client credentials, cached per client for their lifetime.
 */
public final class Api {

    private static final Duration TIMEOUT = Duration.ofSeconds(120);
    /**
     * The gateway's tokens live ten minutes; a benchmark runs longer, so one older than half that is replaced (by the
     * clock of this JVM: the stack's shifted clock moves at the same pace).
     */
    private static final Duration TOKEN_REUSE = Duration.ofMinutes(5);

    private record Token(String value, long fetchedNanos) {}

    private final String baseUrl;
    private final String tokenUrl;
    private final HttpClient http;
    private final Map<String, Token> tokens;

    private Api(String baseUrl, String tokenUrl, HttpClient http, Map<String, Token> tokens) {
        this.baseUrl = baseUrl;
        this.tokenUrl = tokenUrl;
        this.http = http;
        this.tokens = tokens;
    }

    /** An API at {@code baseUrl} whose tokens come from the gateway at {@code gatewayUrl}. */
    public static Api at(String baseUrl, String gatewayUrl) {
        return new Api(baseUrl, gatewayUrl + "/oauth2/token", newClient(), new ConcurrentHashMap<>());
    }

    /** The same tokens, another address (a service directly instead of the gateway). */
    public Api sameTokensAt(String otherBaseUrl) {
        return new Api(otherBaseUrl, tokenUrl, http, tokens);
    }

    public static HttpClient newClient() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    public String baseUrl() {
        return baseUrl;
    }

    public HttpClient http() {
        return http;
    }

    /** A bearer token of the demo client {@code clientId} (secret {@code <id>-secret}). */
    public String token(String clientId) {
        return tokens.compute(
                        clientId,
                        (id, held) -> held != null && System.nanoTime() - held.fetchedNanos() < TOKEN_REUSE.toNanos()
                                ? held
                                : new Token(fetchToken(id), System.nanoTime()))
                .value();
    }

    private String fetchToken(String clientId) {
        String basic = Base64.getEncoder()
                .encodeToString((clientId + ":" + clientId + "-secret").getBytes(StandardCharsets.UTF_8));
        Response response = send(HttpRequest.newBuilder(URI.create(tokenUrl))
                .timeout(TIMEOUT)
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build());
        return response.requireOk("Token for " + clientId)
                .json()
                .get("access_token")
                .asString();
    }

    public HttpRequest.Builder request(String path, String clientId) {
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(TIMEOUT);
        if (clientId != null) {
            builder.header("Authorization", "Bearer " + token(clientId));
        }
        return builder;
    }

    public Response get(String path, String clientId) {
        return send(request(path, clientId).GET().build());
    }

    public Response postJson(String path, String clientId, String json) {
        return send(request(path, clientId)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json == null ? "" : json))
                .build());
    }

    public Response send(HttpRequest request) {
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Response(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
