package vn.gov.conference.platform.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.support.GenericMessage;

/**
 * One record of a poll as the Kafka binder hands a batch to a function: the payloads in a list, each record's own
 * headers in {@code kafka_batchConvertedHeaders}, and its topic, partition, offset and key in parallel lists.
 */
record ReceivedRecord(
        byte[] payload, Map<String, Object> headers, String topic, Integer partition, Long offset, Object key) {

    static List<ReceivedRecord> of(Message<List<byte[]>> batch) {
        MessageHeaders headers = batch.getHeaders();
        List<byte[]> payloads = batch.getPayload();
        List<?> converted = list(headers, KafkaHeaders.BATCH_CONVERTED_HEADERS);
        List<?> topics = list(headers, KafkaHeaders.RECEIVED_TOPIC);
        List<?> partitions = list(headers, KafkaHeaders.RECEIVED_PARTITION);
        List<?> offsets = list(headers, KafkaHeaders.OFFSET);
        List<?> keys = list(headers, KafkaHeaders.RECEIVED_KEY);
        ArrayList<ReceivedRecord> records = new ArrayList<>(payloads.size());
        for (int i = 0; i < payloads.size(); i++) {
            @SuppressWarnings("unchecked")
            Map<String, Object> own = at(converted, i) instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
            records.add(new ReceivedRecord(
                    payloads.get(i),
                    own,
                    at(topics, i) instanceof String topic ? topic : null,
                    at(partitions, i) instanceof Integer partition ? partition : null,
                    at(offsets, i) instanceof Long offset ? offset : null,
                    at(keys, i)));
        }
        return records;
    }

    /** The record as the one-at-a-time consumer saw it: its payload under its own headers. */
    Message<byte[]> message() {
        return new GenericMessage<>(payload == null ? new byte[0] : payload, headers);
    }

    String describe() {
        return topic + "-" + partition + "@" + offset;
    }

    private static List<?> list(MessageHeaders headers, String name) {
        return headers.get(name) instanceof List<?> list ? list : List.of();
    }

    private static Object at(List<?> list, int index) {
        return index < list.size() ? list.get(index) : null;
    }
}
