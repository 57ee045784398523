package vn.gov.conference.bench.stack;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads topics from their beginning in a consumer group of its own, as an outside observer: every record with its
 * CloudEvents headers, its broker timestamp and when it reached this process. Keeps reading across a broker outage
 * (the client reconnects by itself).
 */
public final class TopicRecorder implements AutoCloseable {

    /** One record as it arrived. */
    public record Recorded(
            String topic,
            int partition,
            long offset,
            String key,
            Map<String, String> headers,
            long brokerTimestamp,
            long receivedAtMillis,
            byte[] value) {

        public String header(String name) {
            return headers.get(name);
        }

        public String id() {
            return header("ce_id");
        }

        public String type() {
            return header("ce_type");
        }

        /** ce_time: when the state change happened, as the producing service recorded it. */
        public Instant eventTime() {
            String time = header("ce_time");
            return time == null ? null : OffsetDateTime.parse(time).toInstant();
        }
    }

    private final KafkaConsumer<String, byte[]> consumer;
    private final ConcurrentLinkedQueue<Recorded> records = new ConcurrentLinkedQueue<>();
    /** topic/partition/offset of every record kept: after a broker restart the group may read some again. */
    private final java.util.Set<String> positions = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private final Thread poller;
    private volatile boolean closed;

    private TopicRecorder(KafkaConsumer<String, byte[]> consumer, List<String> topics) {
        this.consumer = consumer;
        consumer.subscribe(topics);
        this.poller = Thread.ofPlatform().daemon().name("topic-recorder").start(this::poll);
    }

    public static TopicRecorder start(String bootstrapServers, String... topics) {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-recorder-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        return new TopicRecorder(new KafkaConsumer<>(config), List.of(topics));
    }

    private void poll() {
        try {
            while (!closed) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                    long received = System.currentTimeMillis();
                    if (!positions.add(record.topic() + "/" + record.partition() + "/" + record.offset())) {
                        continue;
                    }
                    Map<String, String> headers = new HashMap<>();
                    for (Header header : record.headers()) {
                        headers.put(
                                header.key(),
                                header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8));
                    }
                    records.add(new Recorded(
                            record.topic(),
                            record.partition(),
                            record.offset(),
                            record.key(),
                            headers,
                            record.timestamp(),
                            received,
                            record.value()));
                }
            }
        } catch (WakeupException e) {
            // closing
        } finally {
            consumer.close(Duration.ofSeconds(2));
        }
    }

    public List<Recorded> matching(Predicate<Recorded> filter) {
        List<Recorded> found = new ArrayList<>();
        for (Recorded record : records) {
            if (filter.test(record)) {
                found.add(record);
            }
        }
        return found;
    }

    /** Waits until records with at least {@code count} distinct CloudEvents ids match; returns all that match. */
    public List<Recorded> awaitDistinct(Predicate<Recorded> filter, int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<Recorded> found = matching(filter);
        while (found.stream().map(Recorded::id).distinct().count() < count && System.nanoTime() < deadline) {
            Pause.millis(200);
            found = matching(filter);
        }
        return found;
    }

    /** Waits until at least {@code count} records match; returns those seen, however many that is. */
    public List<Recorded> await(Predicate<Recorded> filter, int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<Recorded> found = matching(filter);
        while (found.size() < count && System.nanoTime() < deadline) {
            Pause.millis(100);
            found = matching(filter);
        }
        return found;
    }

    @Override
    public void close() {
        closed = true;
        consumer.wakeup();
        try {
            poller.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
