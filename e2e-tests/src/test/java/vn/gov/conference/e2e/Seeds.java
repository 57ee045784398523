package vn.gov.conference.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The request bodies of the two seed plans and their agendas, from /demo-data (shared with the demo mode). */
final class Seeds {

    static final JsonMapper JSON = JsonMapper.builder().build();

    static final String TIEN_GIANG_PLAN = "plans/tien-giang-276.json";
    static final String TIEN_GIANG_AGENDA = "agendas/tien-giang-276.json";
    static final String DONG_THAP_PLAN = "plans/dong-thap-2021.json";
    static final String DONG_THAP_AGENDA = "agendas/dong-thap-2021.json";

    private Seeds() {}

    static ObjectNode read(String file) {
        Path path = EndToEndStack.repositoryRoot().resolve("demo-data").resolve(file);
        try {
            return (ObjectNode) JSON.readTree(Files.readString(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> texts(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        array.forEach(item ->
                texts.add(field == null ? item.asString() : item.path(field).asString(null)));
        return texts;
    }
}
