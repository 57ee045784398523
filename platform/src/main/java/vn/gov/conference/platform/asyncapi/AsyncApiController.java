package vn.gov.conference.platform.asyncapi;

import io.swagger.v3.oas.annotations.Hidden;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.gov.conference.contracts.CloudEventHeaders;
import vn.gov.conference.contracts.EventCatalog;
import vn.gov.conference.contracts.EventType;
import vn.gov.conference.contracts.JsonSchemas;

/**
 * The service's events for consumers, as an AsyncAPI 3.0 document built from the same catalog and records that
 * produce the messages, so the document cannot drift from the code.
 *
 * <p>Each published JSON Schema is a standalone draft 2020-12 document whose nested records sit in its own
 * {@code $defs}. Pasted whole into a message, its {@code #/$defs/…} references would point at the AsyncAPI document's
 * root, where nothing is. So every record (payloads and the records they nest) becomes one entry of
 * {@code components/schemas}, its references rewritten to there, and each message's payload refers to its entry:
 * the AsyncAPI default schema format (a superset of draft-07) without {@code $schema}, {@code $id} or {@code $defs}.
 */
@RestController
@Hidden // a document about the API (like /v3/api-docs), public, not an operation of it
public class AsyncApiController {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String DEFS = "#/$defs/";

    private static final String SCHEMAS = "#/components/schemas/";

    private final String document;

    public AsyncApiController(AsyncApiProperties properties, @Value("${spring.application.name}") String application) {
        this.document = build(properties, application);
    }

    @GetMapping(path = "/asyncapi.json", produces = "application/json")
    String asyncApi() {
        return document;
    }

    static String build(AsyncApiProperties properties, String application) {
        ObjectNode root = JSON.createObjectNode();
        root.put("asyncapi", "3.0.0");
        root.putObject("info")
                .put("title", application + " events")
                .put("version", "1")
                .put(
                        "description",
                        "CloudEvents 1.0 in Kafka binary mode: attributes are ce_* headers (ce_tenant is "
                                + "the province), data is JSON, the record key is the plan id. Consumers ignore fields they "
                                + "do not know; a breaking change ships as a new type name (….v2) on a new topic.");
        root.put("defaultContentType", "application/json");
        root.putObject("servers")
                .putObject("kafka")
                .put("host", "localhost:9092")
                .put("protocol", "kafka")
                .put("description", "The local stack's broker; each deployment names its own.");
        ObjectNode channels = root.putObject("channels");
        ObjectNode operations = root.putObject("operations");
        ObjectNode components = root.putObject("components");
        ObjectNode messages = components.putObject("messages");
        ObjectNode schemas = components.putObject("schemas");
        Map<String, List<String>> sides =
                new TreeMap<>(Map.of("send", properties.publishes(), "receive", properties.consumes()));
        sides.forEach((action, types) -> {
            for (String typeName : types) {
                EventType<?> type = EventCatalog.byType(typeName)
                        .orElseThrow(() -> new IllegalStateException("Unknown event type " + typeName));
                String channel = type.topic();
                String messageName = type.payloadClass().getSimpleName();
                ObjectNode channelNode = channels.has(channel)
                        ? (ObjectNode) channels.get(channel)
                        : channels.putObject(channel).put("address", channel);
                (channelNode.has("messages")
                                ? (ObjectNode) channelNode.get("messages")
                                : channelNode.putObject("messages"))
                        .putObject(messageName)
                        .put("$ref", "#/components/messages/" + messageName);
                ObjectNode operation = operations
                        .putObject(action + messageName)
                        .put("action", action)
                        .put("summary", ("send".equals(action) ? "Publishes " : "Consumes ") + typeName);
                operation.set("channel", ref("#/channels/" + channel));
                operation.putArray("messages").add(ref("#/channels/" + channel + "/messages/" + messageName));
                ObjectNode message = messages.putObject(messageName);
                message.put("name", typeName).put("title", messageName).put("contentType", "application/json");
                ObjectNode headers = message.putObject("headers").put("type", "object");
                ObjectNode headerProperties = headers.putObject("properties");
                for (String header : List.of(
                        CloudEventHeaders.ID,
                        CloudEventHeaders.SOURCE,
                        CloudEventHeaders.TYPE,
                        CloudEventHeaders.TIME,
                        CloudEventHeaders.SUBJECT,
                        CloudEventHeaders.TENANT)) {
                    headerProperties.putObject(header).put("type", "string");
                }
                headerProperties
                        .putObject(CloudEventHeaders.TYPE)
                        .put("type", "string")
                        .put("const", typeName);
                message.put("description", "Data of CloudEvents type " + typeName + " on topic " + channel);
                message.set("payload", ref(SCHEMAS + addSchemas(type, schemas)));
            }
        });
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    /** Adds the payload's record and the records it nests to {@code schemas}; answers the payload's name there. */
    private static String addSchemas(EventType<?> type, ObjectNode schemas) {
        ObjectNode published = (ObjectNode) JSON.readTree(JsonSchemas.of(type));
        String name = type.payloadClass().getSimpleName();
        if (published.get("$defs") instanceof ObjectNode definitions) {
            definitions.properties().forEach(entry -> addSchema(schemas, entry.getKey(), entry.getValue()));
        }
        // Said by the message instead, so a payload record nested in another payload gets one identical entry.
        published.remove(List.of("$schema", "$id", "$defs", "title", "description"));
        addSchema(schemas, name, published);
        return name;
    }

    private static void addSchema(ObjectNode schemas, String name, JsonNode schema) {
        JsonNode rewritten = JSON.readTree(JSON.writeValueAsString(schema).replace("\"" + DEFS, "\"" + SCHEMAS));
        JsonNode existing = schemas.get(name);
        if (existing != null && !existing.equals(rewritten)) {
            // Two records of one simple name in different packages would otherwise overwrite each other silently.
            throw new IllegalStateException("Two different schemas named " + name);
        }
        schemas.set(name, rewritten);
    }

    private static ObjectNode ref(String target) {
        return JSON.createObjectNode().put("$ref", target);
    }
}
