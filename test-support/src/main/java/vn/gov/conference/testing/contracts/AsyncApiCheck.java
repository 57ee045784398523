package vn.gov.conference.testing.contracts;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a consumer's AsyncAPI 3.0 tooling needs of our documents, checked in the build. The document is valid against
 * the official AsyncAPI 3.0.0 JSON Schema (vendored in {@code asyncapi/}). Beyond what that schema can say, and since
 * the official JavaScript parser is not a Java library, this checks what the parser reported broken and what the
 * specification requires of the parts we use: every {@code $ref} resolves inside the document; the root, info,
 * servers, channels, operations and messages have their required fields, allowed values and key patterns; an
 * operation's messages are messages of its channel; and every schema is a valid JSON Schema draft-07 (the AsyncAPI
 * default schema format is a superset of draft-07), with no 2020-12-only {@code $defs}.
 */
public final class AsyncApiCheck {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The spec's pattern for component and channel keys. */
    private static final Pattern KEY = Pattern.compile("^[\\w\\d.\\-_]+$");

    private static final Schema DRAFT_07 = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
            .getSchema(SchemaLocation.of("http://json-schema.org/draft-07/schema#"));

    /**
     * The official AsyncAPI 3.0.0 JSON Schema, from the npm package {@code @asyncapi/specs} (Apache-2.0; see
     * {@code asyncapi/README.md} beside it): what the JavaScript parser validates a document against first.
     */
    private static final Schema ASYNCAPI_3_0_0 = official();

    private AsyncApiCheck() {}

    /** Every problem found, each naming where it is; empty when the document is valid. */
    public static List<String> problems(String document) {
        JsonNode root = JSON.readTree(document);
        List<String> problems = new ArrayList<>();
        for (Error error : ASYNCAPI_3_0_0.validate(root)) {
            problems.add("AsyncAPI 3.0.0 schema: #" + error.getInstanceLocation() + ": " + error.getMessage());
        }
        unresolvedReferences(root, root, "#", problems);
        if (!"3.0.0".equals(text(root, "asyncapi"))) {
            problems.add("#/asyncapi must be 3.0.0");
        }
        require(root, "info", List.of("title", "version"), problems);
        root.path("servers").properties().forEach(server -> {
            for (String field : List.of("host", "protocol")) {
                if (text(server.getValue(), field) == null) {
                    problems.add("#/servers/" + server.getKey() + " has no " + field);
                }
            }
        });
        for (Map.Entry<String, JsonNode> channel : root.path("channels").properties()) {
            String at = "#/channels/" + channel.getKey();
            key(channel.getKey(), at, problems);
            channel.getValue()
                    .path("messages")
                    .properties()
                    .forEach(message -> key(message.getKey(), at + "/messages/" + message.getKey(), problems));
        }
        for (Map.Entry<String, JsonNode> entry : root.path("operations").properties()) {
            String at = "#/operations/" + entry.getKey();
            JsonNode operation = entry.getValue();
            if (!Set.of("send", "receive").contains(text(operation, "action"))) {
                problems.add(at + "/action must be send or receive");
            }
            String channel = text(operation.path("channel"), "$ref");
            if (channel == null || !channel.startsWith("#/channels/")) {
                problems.add(at + "/channel must refer to a channel");
                continue;
            }
            for (JsonNode message : operation.path("messages")) {
                String target = text(message, "$ref");
                if (target == null || !target.startsWith(channel + "/messages/")) {
                    problems.add(at + "/messages: " + target + " is not a message of " + channel);
                }
            }
        }
        root.path("components").path("messages").properties().forEach(message -> {
            String at = "#/components/messages/" + message.getKey();
            key(message.getKey(), at, problems);
            for (String part : List.of("headers", "payload")) {
                JsonNode schema = message.getValue().get(part);
                if (schema != null) {
                    schema(schema, at + "/" + part, problems);
                }
            }
        });
        root.path("components").path("schemas").properties().forEach(schema -> {
            key(schema.getKey(), "#/components/schemas/" + schema.getKey(), problems);
            schema(schema.getValue(), "#/components/schemas/" + schema.getKey(), problems);
        });
        return problems;
    }

    private static Schema official() {
        try (InputStream in = AsyncApiCheck.class.getResourceAsStream("/asyncapi/asyncapi-3.0.0.schema.json")) {
            if (in == null) {
                throw new IllegalStateException("asyncapi/asyncapi-3.0.0.schema.json is not on the classpath");
            }
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                    .getSchema(in);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static void schema(JsonNode schema, String at, List<String> problems) {
        for (Error error : DRAFT_07.validate(schema)) {
            problems.add(at + error.getInstanceLocation() + ": " + error.getMessage());
        }
        if (schema.findValue("$defs") != null || schema.findValue("$schema") != null) {
            problems.add(at + " carries $defs or $schema of a standalone JSON Schema document");
        }
    }

    private static void unresolvedReferences(JsonNode root, JsonNode node, String at, List<String> problems) {
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.isString() && resolve(root, ref.asString()) == null) {
                problems.add(at + ": $ref " + ref.asString() + " resolves to nothing");
            }
            node.properties()
                    .forEach(
                            child -> unresolvedReferences(root, child.getValue(), at + "/" + child.getKey(), problems));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                unresolvedReferences(root, node.get(i), at + "/" + i, problems);
            }
        }
    }

    /** A local JSON Pointer reference; anything else (another file, a URL) counts as unresolvable here. */
    private static JsonNode resolve(JsonNode root, String ref) {
        if (!ref.startsWith("#/")) {
            return null;
        }
        JsonNode target = root.at(ref.substring(1));
        return target.isMissingNode() ? null : target;
    }

    private static void require(JsonNode root, String object, List<String> fields, List<String> problems) {
        for (String field : fields) {
            if (text(root.path(object), field) == null) {
                problems.add("#/" + object + " has no " + field);
            }
        }
    }

    private static void key(String key, String at, List<String> problems) {
        if (!KEY.matcher(key).matches()) {
            problems.add(at + ": the key does not match " + KEY);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isString() && !value.asString().isBlank() ? value.asString() : null;
    }
}
