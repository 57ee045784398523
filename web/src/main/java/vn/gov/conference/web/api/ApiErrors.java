package vn.gov.conference.web.api;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.util.StreamUtils;
import org.springframework.web.client.RestClient;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * How every page reads an API error, the delegates' and the console's alike: a 5xx means the API is unavailable; a
 * 4xx is its problem+json, kept as an {@link ApiRefusal} with the rule, the detail and the field errors the pages show.
 */
public final class ApiErrors implements RestClient.ResponseSpec.ErrorHandler {

    private final JsonMapper json;

    public ApiErrors(JsonMapper json) {
        this.json = json;
    }

    @Override
    public void handle(HttpRequest request, ClientHttpResponse response) throws IOException {
        int status = response.getStatusCode().value();
        byte[] body = StreamUtils.copyToByteArray(response.getBody());
        if (status >= 500) {
            throw new ApiUnavailable(
                    "The API answered " + status + " to " + request.getURI().getPath(), null);
        }
        JsonNode problem = problem(body);
        List<ApiRefusal.FieldError> errors = new ArrayList<>();
        problem.path("errors")
                .forEach(error -> errors.add(new ApiRefusal.FieldError(
                        error.path("field").asString(null),
                        error.path("rule").asString(null),
                        error.path("message").asString(null))));
        throw new ApiRefusal(
                status,
                problem.path("rule").asString(null),
                problem.path("detail").asString(null),
                errors);
    }

    private JsonNode problem(byte[] body) {
        try {
            return body.length == 0 ? json.createObjectNode() : json.readTree(body);
        } catch (JacksonException notJson) {
            return json.createObjectNode();
        }
    }
}
