package vn.gov.conference.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fault control of a running stack: the real broker stopped and started again on its storage, and a service killed
 * outright and started again with another setting. The services are stand-in jars that answer their health check
 * with the value of one environment variable, so the test sees which settings the running process got.
 */
class StackControlTests {

    private static final String SETTING = "STAND_IN_SETTING";

    @TempDir
    static Path folder;

    private static final List<String> progress = Collections.synchronizedList(new ArrayList<>());
    private static LocalStack stack;

    @BeforeAll
    static void startStack() throws IOException {
        stack = StandIns.start(folder, StandIn.class, Ports.ephemeral(), 1, progress::add);
    }

    @AfterAll
    static void stopStack() {
        stack.close();
    }

    @Test
    void stopsTheBrokerAndStartsItAgainOnItsOwnStorage() {
        String topic = "conference.outage." + UUID.randomUUID();
        produce(topic, "trước khi dừng");
        long brokerPid = stack.childProcessIds().get("kafka");

        stack.control().stopKafka();

        assertThat(stack.control().isKafkaRunning()).isFalse();
        assertThat(ProcessHandle.of(brokerPid).map(ProcessHandle::isAlive).orElse(false))
                .isFalse();

        stack.control().startKafka(Duration.ofSeconds(60));
        produce(topic, "sau khi chạy lại");

        assertThat(stack.control().isKafkaRunning()).isTrue();
        assertThat(stack.childProcessIds().get("kafka")).isNotEqualTo(brokerPid);
        assertThat(consume(topic, 2)).containsExactly("trước khi dừng", "sau khi chạy lại");
        assertThat(progress).noneMatch(line -> line.contains("stopped unexpectedly"));
    }

    @Test
    void killsAServiceOutrightAndStartsItAgainWithAnotherSetting() throws Exception {
        ServiceDefinition documents = ServiceDefinition.DOCUMENTS;
        long pid = stack.control().pid(documents).orElseThrow();
        assertThat(health(documents)).contains("\"setting\":\"none\"");

        stack.control().kill(documents);

        assertThat(stack.control().isRunning(documents)).isFalse();
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false))
                .isFalse();
        assertThatThrownBy(() -> health(documents)).isInstanceOf(ConnectException.class);

        stack.control().start(documents, Map.of(SETTING, "nâng giới hạn"), Duration.ofSeconds(60));

        assertThat(stack.control().pid(documents))
                .hasValueSatisfying(newPid -> assertThat(newPid).isNotEqualTo(pid));
        assertThat(health(documents)).contains("\"setting\":\"nâng giới hạn\"");
        assertThat(Files.readAllLines(stack.logFolder().resolve("documents-service.log")))
                .as("the log keeps both lives")
                .filteredOn(line -> line.startsWith("stand-in started"))
                .hasSize(2);
        Thread.sleep(500);
        assertThat(progress).noneMatch(line -> line.contains("stopped unexpectedly"));
    }

    @Test
    void refusesToStartAServiceThatIsStillRunning() {
        assertThatThrownBy(() -> stack.control().start(ServiceDefinition.AGENDA, Map.of(), Duration.ofSeconds(5)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("agenda-service is still running");
    }

    private static String health(ServiceDefinition service) throws IOException, InterruptedException {
        return StandIns.health(stack, service, 0);
    }

    private static void produce(String topic, String value) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.addresses().kafkaBootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
            producer.send(new ProducerRecord<>(topic, "plan-1", value)).get();
        } catch (Exception e) {
            throw new AssertionError("Could not produce to " + topic, e);
        }
    }

    private static List<String> consume(String topic, int expected) {
        List<String> received = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                stack.addresses().kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG,
                "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class))) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (received.size() < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    received.add(record.value());
                }
            }
        }
        return received;
    }

    /** Answers /actuator/health with UP and the value of {@value #SETTING} on $PORT. */
    static class StandIn {
        public static void main(String[] args) throws Exception {
            String setting = System.getenv().getOrDefault(SETTING, "none");
            HttpServer server = HttpServer.create(new InetSocketAddress(Integer.parseInt(System.getenv("PORT"))), 0);
            server.createContext("/actuator/health", exchange -> {
                byte[] body = ("{\"status\":\"UP\",\"setting\":\"" + setting + "\"}").getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.start();
            System.out.println(
                    "stand-in started as process " + ProcessHandle.current().pid());
            Thread.sleep(Duration.ofMinutes(5));
        }
    }
}
