package vn.gov.conference.web.console;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.core.io.InputStreamSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.conference.web.WebProperties;
import vn.gov.conference.web.api.ApiErrors;
import vn.gov.conference.web.api.ApiRefusal;
import vn.gov.conference.web.api.ApiUnavailable;

/**
 * The API through the gateway with the signed-in person's access token as Bearer (refreshed when it has expired);
 * one request per call, no retries. A refusal becomes {@link ApiRefusal} with the API's own words, a failure
 * {@link ApiUnavailable}. Each part of the console reads its own records through it.
 */
@Component
public class ConsoleHttp {

    private final RestClient http;
    private final JsonMapper json;
    private final ApiErrors errors;

    ConsoleHttp(
            RestClient.Builder builder,
            JsonMapper json,
            WebProperties properties,
            OAuth2AuthorizedClientManager authorizedClients) {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .connectTimeout(properties.connectTimeout())
                .build());
        requests.setReadTimeout(properties.readTimeout());
        OAuth2ClientHttpRequestInterceptor bearer = new OAuth2ClientHttpRequestInterceptor(authorizedClients);
        bearer.setClientRegistrationIdResolver(request -> "conference");
        this.http = builder.clone()
                .baseUrl(properties.apiUrl())
                .requestFactory(requests)
                .requestInterceptor(bearer)
                .defaultHeader("Accept", MediaType.APPLICATION_JSON_VALUE)
                .build();
        this.json = json;
        this.errors = new ApiErrors(json);
    }

    /** GET, with every value a template variable so that it is encoded whole. */
    public <T> ResponseEntity<T> get(Class<T> type, String uri, Map<String, ?> variables) {
        return call(() -> http.get()
                .uri(uri, variables)
                .retrieve()
                .onStatus(HttpStatusCode::isError, this.errors)
                .toEntity(type));
    }

    /**
     * Every item of a list the API answers a page at a time ({@code items}, {@code page}, {@code size}, {@code total}),
     * read in pages of 100: the console shows a plan's whole list (invitees, requests, units), and the API keeps each
     * answer small. {@code uri} may carry its own query; {@code limit} bounds what one page of the console reads.
     */
    public <T> List<T> all(Class<T> type, String uri, Map<String, ?> variables, int limit) {
        List<T> all = new ArrayList<>();
        Map<String, Object> paged = new LinkedHashMap<>(variables);
        String pagedUri = uri + (uri.contains("?") ? "&" : "?") + "page={page}&size=100";
        for (int page = 0; all.size() < limit; page++) {
            paged.put("page", page);
            JsonNode found = get(JsonNode.class, pagedUri, paged).getBody();
            JsonNode items = found == null ? null : found.path("items");
            if (items == null || !items.isArray() || items.isEmpty()) {
                break;
            }
            items.forEach(item -> all.add(json.treeToValue(item, type)));
            if (all.size() >= found.path("total").asLong()) {
                break;
            }
        }
        return all.size() > limit ? all.subList(0, limit) : all;
    }

    /** POST of a JSON body, with {@code If-Match} when the caller read a version. */
    public <T> ResponseEntity<T> post(Class<T> type, String uri, Map<String, ?> variables, String etag, Object body) {
        return call(() -> {
            RestClient.RequestBodySpec request =
                    http.post().uri(uri, variables).contentType(MediaType.APPLICATION_JSON);
            if (etag != null && !etag.isBlank()) {
                request.header("If-Match", etag);
            }
            return request.body(body)
                    .retrieve()
                    .onStatus(HttpStatusCode::isError, this.errors)
                    .toEntity(type);
        });
    }

    /** PUT of a whole JSON document (an agenda), against the version the person read ({@code If-Match}). */
    public <T> ResponseEntity<T> put(Class<T> type, String uri, Map<String, ?> variables, String etag, Object body) {
        return call(() -> {
            RestClient.RequestBodySpec request = http.put().uri(uri, variables).contentType(MediaType.APPLICATION_JSON);
            if (etag != null && !etag.isBlank()) {
                request.header("If-Match", etag);
            }
            return request.body(json.writeValueAsBytes(body))
                    .retrieve()
                    .onStatus(HttpStatusCode::isError, this.errors)
                    .toEntity(type);
        });
    }

    /**
     * POST of a JSON body with an {@code Idempotency-Key} (when given): a form sent twice (a double click, a reload)
     * is then one request to the API.
     */
    public <T> ResponseEntity<T> postOnce(
            Class<T> type, String uri, Map<String, ?> variables, String idempotencyKey, Object body) {
        return call(() -> {
            RestClient.RequestBodySpec request =
                    http.post().uri(uri, variables).contentType(MediaType.APPLICATION_JSON);
            if (idempotencyKey != null && !idempotencyKey.isBlank()) {
                request.header("Idempotency-Key", idempotencyKey);
            }
            return request.body(body)
                    .retrieve()
                    .onStatus(HttpStatusCode::isError, this.errors)
                    .toEntity(type);
        });
    }

    /** PATCH of a JSON Merge Patch, against the version the person read ({@code If-Match}). */
    public <T> ResponseEntity<T> patch(
            Class<T> type, String uri, Map<String, ?> variables, String etag, Object mergePatch) {
        return call(() -> {
            RestClient.RequestBodySpec request = http.patch()
                    .uri(uri, variables)
                    .contentType(MediaType.parseMediaType("application/merge-patch+json"));
            if (etag != null && !etag.isBlank()) {
                request.header("If-Match", etag);
            }
            return request.body(json.writeValueAsBytes(mergePatch))
                    .retrieve()
                    .onStatus(HttpStatusCode::isError, this.errors)
                    .toEntity(type);
        });
    }

    /** POST of a JSON document as the person wrote it (a plan's request form): the API reads and judges it. */
    public <T> ResponseEntity<T> postJson(Class<T> type, String uri, Map<String, ?> variables, String json) {
        return call(() -> http.post()
                .uri(uri, variables)
                .contentType(MediaType.APPLICATION_JSON)
                .body(json.getBytes(StandardCharsets.UTF_8))
                .retrieve()
                .onStatus(HttpStatusCode::isError, this.errors)
                .toEntity(type));
    }

    /**
     * POST of bytes as they are, under the given content type and without a charset when the caller names none: a CSV
     * file goes to the API untouched, so that the API decides its encoding (UTF-8, Windows-1258, UTF-16).
     */
    public <T> ResponseEntity<T> postBytes(
            Class<T> type, String uri, Map<String, ?> variables, String contentType, byte[] body) {
        return call(() -> http.post()
                .uri(uri, variables)
                .contentType(MediaType.parseMediaType(contentType))
                .body(body)
                .retrieve()
                .onStatus(HttpStatusCode::isError, this.errors)
                .toEntity(type));
    }

    /** DELETE, answered with no body (204). */
    public void delete(String uri, Map<String, ?> variables) {
        call(() -> http.delete()
                .uri(uri, variables)
                .retrieve()
                .onStatus(HttpStatusCode::isError, this.errors)
                .toBodilessEntity());
    }

    /**
     * GET of a file, streamed to {@code sink} with the API's headers (type, length, name); a refusal is read as any
     * other, before anything is written.
     */
    public void download(String uri, Map<String, ?> variables, Download sink) {
        call(() -> http.get().uri(uri, variables).accept(MediaType.ALL).exchange((request, response) -> {
            if (response.getStatusCode().isError()) {
                this.errors.handle(request, response);
            }
            try (InputStream body = response.getBody()) {
                sink.write(response.getHeaders(), body);
            }
            return null;
        }));
    }

    /** Where a download goes: the API's headers first, then its bytes. */
    @FunctionalInterface
    public interface Download {
        void write(HttpHeaders headers, InputStream body) throws IOException;

        /**
         * To the browser as the API sent it (type, length, file name, ETag, then the bytes): the browser has no token
         * of its own, so a file the person may read comes through the console.
         */
        static Download relayTo(HttpServletResponse response) {
            return (headers, body) -> {
                for (String name : List.of(
                        HttpHeaders.CONTENT_TYPE,
                        HttpHeaders.CONTENT_LENGTH,
                        HttpHeaders.CONTENT_DISPOSITION,
                        HttpHeaders.ETAG)) {
                    String value = headers.getFirst(name);
                    if (value != null) {
                        response.setHeader(name, value);
                    }
                }
                response.setHeader("X-Content-Type-Options", "nosniff");
                body.transferTo(response.getOutputStream());
            };
        }
    }

    /**
     * POST of one file as the multipart part {@code partName}, streamed. Written here rather than by Spring's form
     * converter so that the file name goes in raw UTF-8, as browsers send it and documents-service reads it.
     */
    public <T> ResponseEntity<T> upload(
            Class<T> type,
            String uri,
            Map<String, ?> variables,
            String partName,
            String fileName,
            String contentType,
            InputStreamSource file) {
        String boundary = "console-" + UUID.randomUUID();
        String name = fileName.replace("\"", "'").replace("\r", " ").replace("\n", " ");
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + partName + "\"; filename=\""
                        + name + "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        return call(() -> http.post()
                .uri(uri, variables)
                .contentType(MediaType.parseMediaType("multipart/form-data; boundary=" + boundary))
                .body(out -> {
                    out.write(head);
                    try (InputStream content = file.getInputStream()) {
                        content.transferTo(out);
                    }
                    out.write(tail);
                })
                .retrieve()
                .onStatus(HttpStatusCode::isError, this.errors)
                .toEntity(type));
    }

    private static <T> T call(Supplier<T> request) {
        try {
            return request.get();
        } catch (ResourceAccessException ex) {
            throw new ApiUnavailable("The API did not answer: " + ex.getMessage(), ex);
        }
    }
}
