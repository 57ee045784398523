package vn.gov.conference.testing;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes events as another service would (CloudEvents binary mode), so a test can drive a consumer through the
 * real broker: a first delivery, a redelivery of the same id, or a poison message.
 */
public final class TestEvents {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();
    private static KafkaProducer<byte[], byte[]> producer;

    private TestEvents() {}

    /** Publishes {@code payload} as a new event; returns its id (publish again with that id to redeliver). */
    public static String publish(String topic, String type, String key, String tenant, Object payload) {
        String id = UUID.randomUUID().toString();
        publish(topic, id, "urn:conference:test", type, key, tenant, payload);
        return id;
    }

    public static void publish(
            String topic, String id, String source, String type, String key, String tenant, Object payload) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("ce_specversion", "1.0");
        headers.put("ce_id", id);
        headers.put("ce_source", source);
        headers.put("ce_type", type);
        headers.put("ce_time", OffsetDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString());
        headers.put("ce_subject", key);
        if (tenant != null) {
            headers.put("ce_tenant", tenant);
        }
        headers.put("content-type", "application/json");
        byte[] data = payload instanceof String text
                ? text.getBytes(StandardCharsets.UTF_8)
                : JSON.writeValueAsBytes(payload);
        publishRaw(topic, key, data, headers);
    }

    /** Anything at all, for poison-message tests. */
    public static synchronized void publishRaw(String topic, String key, byte[] value, Map<String, String> headers) {
        if (producer == null) {
            producer = new KafkaProducer<>(
                    Map.of(
                            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                            TestInfrastructure.kafkaBootstrapServers(),
                            ProducerConfig.ACKS_CONFIG,
                            "all"),
                    new ByteArraySerializer(),
                    new ByteArraySerializer());
        }
        ProducerRecord<byte[], byte[]> record =
                new ProducerRecord<>(topic, key == null ? null : key.getBytes(StandardCharsets.UTF_8), value);
        headers.forEach(
                (name, headerValue) -> record.headers().add(name, headerValue.getBytes(StandardCharsets.UTF_8)));
        try {
            producer.send(record).get();
        } catch (InterruptedException | ExecutionException ex) {
            throw new IllegalStateException("Could not publish the test event", ex);
        }
    }
}
