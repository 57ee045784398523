package vn.gov.conference.gateway;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Calls the gateway under test over real HTTP, as an integrator's system would. */
public final class GatewayClient {

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private final URI base;

    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    public GatewayClient(int port) {
        this.base = URI.create("http://127.0.0.1:" + port);
    }

    public URI uri(String pathAndQuery) {
        return this.base.resolve(pathAndQuery);
    }

    /** A token for a demo client (secret "<id>-secret"), obtained once per client and context. */
    public String token(String clientId) {
        return this.tokens.computeIfAbsent(clientId, id -> {
            HttpResponse<String> response = requestToken(id, id + "-secret");
            if (response.statusCode() != 200) {
                throw new IllegalStateException("No token for " + id + ": " + response.body());
            }
            return (String) json(response).get("access_token");
        });
    }

    public HttpResponse<String> requestToken(String clientId, String secret) {
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(uri("/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")));
    }

    public HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(uri(pathAndQuery)).timeout(Duration.ofSeconds(30));
    }

    public HttpRequest.Builder authorized(String pathAndQuery, String clientId) {
        return request(pathAndQuery).header("Authorization", "Bearer " + token(clientId));
    }

    public HttpResponse<String> get(String pathAndQuery) {
        return send(request(pathAndQuery).GET());
    }

    public HttpResponse<String> get(String pathAndQuery, String clientId) {
        return send(authorized(pathAndQuery, clientId).GET());
    }

    public HttpResponse<String> postJson(String path, String clientId, String json) {
        return send(authorized(path, clientId)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException ex) {
            throw new IllegalStateException(ex);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    public static Map<String, Object> json(HttpResponse<String> response) {
        return JsonMapper.shared().readValue(response.body(), new TypeReference<Map<String, Object>>() {});
    }
}
