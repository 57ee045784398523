package vn.gov.conference.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads every event on some topics, from the beginning, the way an independent consumer would. Tests wait for the
 * events they expect (filtered by subject or content, since the broker is shared by the whole test JVM) and check
 * that nothing else arrived.
 */
public final class EventRecorder implements AutoCloseable {

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final List<RecordedEvent> events = new CopyOnWriteArrayList<>();
    private final Thread poller;
    private volatile boolean running = true;

    private EventRecorder(String bootstrapServers, List<String> topics) {
        consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                        ConsumerConfig.GROUP_ID_CONFIG, "recorder-" + UUID.randomUUID(),
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                        ConsumerConfig.METADATA_MAX_AGE_CONFIG, "500"),
                new ByteArrayDeserializer(),
                new ByteArrayDeserializer());
        consumer.subscribe(topics);
        poller = Thread.ofPlatform().daemon().name("event-recorder").start(this::poll);
    }

    /** Records the given topics on the test JVM's shared broker. */
    public static EventRecorder listen(String... topics) {
        return new EventRecorder(TestInfrastructure.kafkaBootstrapServers(), List.of(topics));
    }

    public static EventRecorder listen(String bootstrapServers, List<String> topics) {
        return new EventRecorder(bootstrapServers, topics);
    }

    private void poll() {
        try {
            while (running) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                    events.add(new RecordedEvent(
                            record.topic(),
                            record.partition(),
                            record.offset(),
                            text(record.key()),
                            header(record, "ce_id"),
                            header(record, "ce_source"),
                            header(record, "ce_type"),
                            header(record, "ce_time"),
                            header(record, "ce_subject"),
                            header(record, "ce_tenant"),
                            text(record.value())));
                }
            }
        } catch (WakeupException ex) {
            // closing
        } finally {
            consumer.close();
        }
    }

    /** Waits until an event of {@code type} matching {@code filter} arrived, and returns the first. */
    public RecordedEvent await(String type, Predicate<RecordedEvent> filter, Duration timeout) {
        return awaitCount(type, filter, 1, timeout).get(0);
    }

    public RecordedEvent await(String type, Predicate<RecordedEvent> filter) {
        return await(type, filter, Duration.ofSeconds(30));
    }

    /** Waits until at least {@code count} matching events arrived; returns all that match. */
    public List<RecordedEvent> awaitCount(String type, Predicate<RecordedEvent> filter, int count, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            List<RecordedEvent> matching = all(type, filter);
            if (matching.size() >= count) {
                return matching;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Expected " + count + " event(s) of type " + type + " but saw "
                        + matching.size() + " within " + timeout + "; all recorded types: "
                        + events.stream().map(RecordedEvent::type).toList());
            }
            sleep(50);
        }
    }

    public List<RecordedEvent> all(String type, Predicate<RecordedEvent> filter) {
        List<RecordedEvent> matching = new ArrayList<>();
        for (RecordedEvent event : events) {
            if (type.equals(event.type()) && filter.test(event)) {
                matching.add(event);
            }
        }
        return matching;
    }

    public List<RecordedEvent> all() {
        return List.copyOf(events);
    }

    /** Lets the given time pass and returns what matched meanwhile: for asserting that nothing more arrived. */
    public List<RecordedEvent> during(Duration wait, String type, Predicate<RecordedEvent> filter) {
        sleep(wait.toMillis());
        return all(type, filter);
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : text(header.value());
    }

    private static String text(byte[] bytes) {
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            poller.join(5000);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }
}
