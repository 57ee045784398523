package vn.gov.conference.platform.events;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.cloud.stream.binder.kafka.KafkaMessageChannelBinder;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.support.MessageBuilder;

/**
 * Puts one event a consumer group cannot process on that group's dead-letter topic, {@code error.<topic>.<group>},
 * under its own key with all its headers, and the binder's own {@code x-original-*} and {@code x-exception-*} headers saying
 * where it came from and why. The consumer calls it for that event alone, so the rest of the poll goes on; the send
 * waits for the broker (the producer is synchronous), and a failed send fails the poll, which is then retried.
 */
public class DeadLetters {

    private final StreamBridge bridge;

    public DeadLetters(StreamBridge bridge) {
        this.bridge = bridge;
    }

    public static String topic(String topic, String group) {
        return "error." + topic + "." + group;
    }

    void send(ReceivedRecord record, String group, Exception cause) {
        MessageBuilder<byte[]> letter = MessageBuilder.withPayload(record.payload());
        // Every header the event came with (as the binder's dead letters keep them), none of the consumer's own.
        record.headers().forEach((name, value) -> {
            if (!name.startsWith("kafka_")
                    && !name.startsWith("scst_")
                    && !MessageHeaders.ID.equals(name)
                    && !MessageHeaders.TIMESTAMP.equals(name)
                    && !MessageHeaders.CONTENT_TYPE.equals(name)
                    && !"spring_json_header_types".equals(name)) {
                letter.setHeader(name, value);
            }
        });
        if (record.key() != null) {
            letter.setHeader(KafkaHeaders.KEY, record.key());
        }
        Map.of(
                        KafkaMessageChannelBinder.X_ORIGINAL_TOPIC, String.valueOf(record.topic()),
                        KafkaMessageChannelBinder.X_ORIGINAL_PARTITION, String.valueOf(record.partition()),
                        KafkaMessageChannelBinder.X_ORIGINAL_OFFSET, String.valueOf(record.offset()),
                        KafkaMessageChannelBinder.X_EXCEPTION_FQCN,
                                cause.getClass().getName(),
                        KafkaMessageChannelBinder.X_EXCEPTION_MESSAGE, String.valueOf(cause.getMessage()))
                .forEach((name, value) -> letter.setHeader(name, value.getBytes(StandardCharsets.UTF_8)));
        Message<byte[]> message = letter.build();
        if (!bridge.send(topic(record.topic(), group), message)) {
            throw new IllegalStateException("The dead-letter topic did not take event at " + record.describe());
        }
    }
}
