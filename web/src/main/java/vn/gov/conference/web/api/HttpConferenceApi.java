package vn.gov.conference.web.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.util.UriBuilder;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.conference.web.WebProperties;

/** The API through the gateway, over HTTP; every call is one request (no retries: a page is simply reloaded). */
@Component
class HttpConferenceApi implements ConferenceApi {

    private final RestClient http;
    private final ApiErrors errors;

    HttpConferenceApi(RestClient.Builder builder, JsonMapper json, WebProperties properties) {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .connectTimeout(properties.connectTimeout())
                .build());
        requests.setReadTimeout(properties.readTimeout());
        this.http = builder.baseUrl(properties.apiUrl())
                .requestFactory(requests)
                .defaultHeader("Accept", MediaType.APPLICATION_JSON_VALUE)
                .build();
        this.errors = new ApiErrors(json);
    }

    @Override
    public Delegate invitation(String invitationId, String sig) {
        return call(() -> http.get()
                .uri(b -> uri(b, "/api/invitations/{id}", invitationId, query("sig", sig)))
                .retrieve()
                .onStatus(HttpStatusCode::isError, this.errors)
                .body(Delegate.class));
    }

    @Override
    public void answer(String invitationId, String sig, AnswerRequest answer) {
        call(() -> http.post()
                .uri(b -> uri(b, "/api/invitations/{id}/answer", invitationId, query("sig", sig)))
                .contentType(MediaType.APPLICATION_JSON)
                .body(answer)
                .retrieve()
                .onStatus(HttpStatusCode::isError, this.errors)
                .toBodilessEntity());
    }

    @Override
    public void checkIn(String invitationId, String sig, String day, String presence) {
        call(() -> http.post()
                .uri(b -> uri(b, "/api/invitations/{id}/check-in", invitationId, query("sig", sig, "day", day)))
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("presence", presence))
                .retrieve()
                .onStatus(HttpStatusCode::isError, this.errors)
                .toBodilessEntity());
    }

    @Override
    public DeskSearch search(String planId, String sig, String day, String query) {
        return call(() -> http.get()
                .uri(b -> uri(b, "/api/plans/{id}/invitations", planId, query("q", query, "sig", sig, "day", day)))
                .retrieve()
                .onStatus(HttpStatusCode::isError, this.errors)
                .body(DeskSearch.class));
    }

    @Override
    public Attendance attendance(String planId, String sig, String day) {
        return call(() -> http.get()
                .uri(b -> uri(b, "/api/plans/{id}/attendance", planId, query("sig", sig, "day", day)))
                .retrieve()
                .onStatus(HttpStatusCode::isError, this.errors)
                .body(Attendance.class));
    }

    @Override
    public Portal portal(String planId, String sig) {
        return call(() -> http.get()
                .uri(b -> uri(b, "/api/plans/{id}/portal", planId, query("sig", sig)))
                .retrieve()
                .onStatus(HttpStatusCode::isError, this.errors)
                .body(Portal.class));
    }

    @Override
    public void activate(String token, String password) {
        call(() -> http.post()
                .uri("/api/users/activation")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("token", token, "password", password))
                .retrieve()
                .onStatus(HttpStatusCode::isError, this.errors)
                .toBodilessEntity());
    }

    private static Map<String, String> query(String... namesAndValues) {
        Map<String, String> query = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null && !namesAndValues[i + 1].isBlank()) {
                query.put(namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return query;
    }

    /** Values go in as template variables, so that a token's or a name's every character is encoded. */
    private static URI uri(UriBuilder builder, String path, String id, Map<String, String> query) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("id", id);
        builder.path(path);
        query.forEach((name, value) -> {
            builder.queryParam(name, "{" + name + "}");
            variables.put(name, value);
        });
        return builder.build(variables);
    }

    private static <T> T call(Supplier<T> request) {
        try {
            return request.get();
        } catch (ResourceAccessException ex) {
            throw new ApiUnavailable("The API did not answer: " + ex.getMessage(), ex);
        } catch (RestClientException unreadable) {
            // An answer that is not the API's JSON (a proxy's page, a changed contract) is a fault on our side.
            throw new ApiUnavailable("The API's answer could not be read: " + unreadable.getMessage(), unreadable);
        }
    }
}
