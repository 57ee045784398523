package vn.gov.conference.web.console.materials;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.conference.web.api.Portal;
import vn.gov.conference.web.console.ConsoleHttp;
import vn.gov.conference.web.console.department.MaterialRequest;

@Component
class HttpMaterialsApi implements MaterialsApi {

    private final ConsoleHttp http;
    private final JsonMapper json;

    HttpMaterialsApi(ConsoleHttp http, JsonMapper json) {
        this.http = http;
        this.json = json;
    }

    @Override
    public List<MaterialRequest> requests(String planId) {
        return http.all(MaterialRequest.class, "/api/plans/{id}/material-requests", Map.of("id", planId), 1_000);
    }

    @Override
    public MaterialRequest request(String requestId) {
        return http.get(MaterialRequest.class, "/api/material-requests/{id}", Map.of("id", requestId))
                .getBody();
    }

    @Override
    public MaterialRequest.History history(String documentId) {
        return http.get(MaterialRequest.History.class, "/api/documents/{id}", Map.of("id", documentId))
                .getBody();
    }

    @Override
    public void content(String documentId, Integer version, ConsoleHttp.Download sink) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("id", documentId);
        if (version != null) {
            variables.put("version", version);
        }
        http.download("/api/documents/{id}/content" + (version == null ? "" : "?version={version}"), variables, sink);
    }

    @Override
    public MaterialRequest accept(String requestId) {
        return http.post(
                        MaterialRequest.class,
                        "/api/material-requests/{id}/accept",
                        Map.of("id", requestId),
                        null,
                        Map.of())
                .getBody();
    }

    @Override
    public MaterialRequest returnForRevision(String requestId, String comment) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("comment", comment);
        return http.post(
                        MaterialRequest.class,
                        "/api/material-requests/{id}/return",
                        Map.of("id", requestId),
                        null,
                        body)
                .getBody();
    }

    @Override
    public Portal portal(String planId) {
        return http.get(Portal.class, "/api/plans/{id}/portal", Map.of("id", planId))
                .getBody();
    }

    @Override
    public Portal publish(String planId, List<Publication> documents) {
        return http.post(
                        Portal.class,
                        "/api/plans/{id}/publications",
                        Map.of("id", planId),
                        null,
                        Map.of("documents", documents))
                .getBody();
    }
}
