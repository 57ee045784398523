package vn.gov.conference.platform.asyncapi;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.gov.conference.contracts.CloudEventHeaders;
import vn.gov.conference.contracts.EventCatalog;
import vn.gov.conference.contracts.EventType;
import vn.gov.conference.contracts.JsonSchemas;

/**
 * The service's events for consumers, as an AsyncAPI 3.0 document built from the same catalog and records that
 * produce the messages, so the document cannot drift from the code.
 */
@RestController
public class AsyncApiController {

    private static final JsonMapper JSON = JsonMapper.builder().build();

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
        root.putObject("info").put("title", application + " events").put("version", "1")
                .put("description", "CloudEvents 1.0 in Kafka binary mode: attributes are ce_* headers (ce_tenant is "
                        + "the province), data is JSON, the record key is the plan id.");
        root.putObject("servers").putObject("kafka").put("host", "localhost:9092").put("protocol", "kafka");
        ObjectNode channels = root.putObject("channels");
        ObjectNode operations = root.putObject("operations");
        ObjectNode messages = root.putObject("components").putObject("messages");
        Map<String, List<String>> sides = new TreeMap<>(Map.of("send", properties.publishes(),
                "receive", properties.consumes()));
        sides.forEach((action, types) -> {
            for (String typeName : types) {
                EventType<?> type = EventCatalog.byType(typeName)
                        .orElseThrow(() -> new IllegalStateException("Unknown event type " + typeName));
                String channel = type.topic();
                String messageName = type.payloadClass().getSimpleName();
                ObjectNode channelNode = channels.has(channel) ? (ObjectNode) channels.get(channel)
                        : channels.putObject(channel).put("address", channel);
                (channelNode.has("messages") ? (ObjectNode) channelNode.get("messages")
                        : channelNode.putObject("messages"))
                        .putObject(messageName).put("$ref", "#/components/messages/" + messageName);
                operations.putObject(action + messageName).put("action", action)
                        .set("channel", JSON.createObjectNode().put("$ref", "#/channels/" + channel));
                ObjectNode message = messages.putObject(messageName);
                message.put("name", typeName).put("contentType", "application/json");
                ObjectNode headers = message.putObject("headers").put("type", "object");
                ObjectNode headerProperties = headers.putObject("properties");
                for (String header : List.of(CloudEventHeaders.ID, CloudEventHeaders.SOURCE, CloudEventHeaders.TYPE,
                        CloudEventHeaders.TIME, CloudEventHeaders.SUBJECT, CloudEventHeaders.TENANT)) {
                    headerProperties.putObject(header).put("type", "string");
                }
                headerProperties.putObject(CloudEventHeaders.TYPE).put("type", "string").put("const", typeName);
                message.set("payload", JSON.readTree(JsonSchemas.of(type)));
            }
        });
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }
}
