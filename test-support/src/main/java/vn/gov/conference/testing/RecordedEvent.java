package vn.gov.conference.testing;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A CloudEvent as a test read it back from Kafka. */
public record RecordedEvent(
        String topic,
        int partition,
        long offset,
        String key,
        String id,
        String source,
        String type,
        String time,
        String subject,
        String tenant,
        String data) {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    public <T> T payload(Class<T> type) {
        return JSON.readValue(data, type);
    }

    public JsonNode json() {
        return JSON.readTree(data);
    }
}
