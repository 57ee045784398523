package vn.gov.conference.contracts;

/**
 * A published event type: its CloudEvents {@code type}, the topic it travels on and the record its data
 * binds to. {@code schemaPath} is the JSON Schema of the data inside this module's resources.
 */
public record EventType<T>(String type, String topic, Class<T> payloadClass) {

    public String schemaPath() {
        return "schemas/" + type + ".json";
    }
}
