package vn.gov.conference.bench.api;

import java.net.http.HttpHeaders;
import tools.jackson.databind.JsonNode;

/** An HTTP answer as the bench needs it: every status is returned, none is thrown. */
public record Response(int status, HttpHeaders headers, byte[] body) {

    public String text() {
        return new String(body, java.nio.charset.StandardCharsets.UTF_8);
    }

    public JsonNode json() {
        return Json.read(text());
    }

    public String header(String name) {
        return headers.firstValue(name).orElse(null);
    }

    public String contentType() {
        return headers.firstValue("Content-Type").orElse("");
    }

    public boolean isProblem() {
        return contentType().startsWith("application/problem+json");
    }

    public boolean ok() {
        return status >= 200 && status < 300;
    }

    /** The answer itself, for error messages: status, content type and the start of the body. */
    public String describe() {
        String text = text();
        return status + " " + contentType() + " " + (text.length() > 300 ? text.substring(0, 300) + "…" : text);
    }

    public Response requireOk(String what) {
        if (!ok()) {
            throw new IllegalStateException(what + " answered " + describe());
        }
        return this;
    }
}
