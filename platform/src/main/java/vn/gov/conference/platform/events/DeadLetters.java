package vn.gov.conference.platform.events;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.support.MessageBuilder;

/**
 * Puts one event a consumer group cannot process on that group's dead-letter topic, {@code error.<topic>.<group>},
 * under its own key with all its headers, and the binder's {@code x-original-*} and {@code x-exception-*} headers saying
 * where it came from and why. The consumer calls it for that event alone, so the rest of the poll goes on; the send
 * waits for the broker (the producer is synchronous), and a failed send fails the poll, which is then retried.
 */
public class DeadLetters {

    /** Header names as the Kafka binder writes them (KafkaMessageChannelBinder), so operators read one format. */
    static final String ORIGINAL_TOPIC = "x-original-topic";

    static final String ORIGINAL_PARTITION = "x-original-partition";
    static final String ORIGINAL_OFFSET = "x-original-offset";
    static final String EXCEPTION_FQCN = "x-exception-fqcn";
    static final String EXCEPTION_MESSAGE = "x-exception-message";

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
                        ORIGINAL_TOPIC, String.valueOf(record.topic()),
                        ORIGINAL_PARTITION, String.valueOf(record.partition()),
                        ORIGINAL_OFFSET, String.valueOf(record.offset()),
                        EXCEPTION_FQCN, cause.getClass().getName(),
                        EXCEPTION_MESSAGE, String.valueOf(cause.getMessage()))
                .forEach((name, value) -> letter.setHeader(name, value.getBytes(StandardCharsets.UTF_8)));
        Message<byte[]> message = letter.build();
        if (!bridge.send(topic(record.topic(), group), message)) {
            throw new IllegalStateException("The dead-letter topic did not take event at " + record.describe());
        }
    }
}
