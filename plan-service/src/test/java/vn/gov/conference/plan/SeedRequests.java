package vn.gov.conference.plan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The demo-data request bodies, as text to send or as a tree to vary. */
public final class SeedRequests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SeedRequests() {}

    public static String text(String file) {
        try {
            return Files.readString(Path.of("..", "demo-data", "plans", file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String tienGiang() {
        return text("tien-giang-276.json");
    }

    public static String dongThap() {
        return text("dong-thap-2021.json");
    }

    public static ObjectNode tree(String file) {
        return (ObjectNode) JSON.readTree(text(file));
    }

    public static String json(Object value) {
        return JSON.writeValueAsString(value);
    }
}
