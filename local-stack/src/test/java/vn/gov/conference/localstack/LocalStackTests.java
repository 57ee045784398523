package vn.gov.conference.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The infrastructure half of the stack, for real: a Kafka broker in a child JVM, the MongoDB-compatible
 * server and the mail sink, on free ports in a temporary folder. The services are not started here (their
 * jars may not be built yet in the reactor); the end-to-end module covers that path.
 */
class LocalStackTests {

    @TempDir
    static Path folder;

    private static StackOptions options;
    private static LocalStack stack;

    @BeforeAll
    static void startInfrastructure() {
        options = StackOptions.forRepository(folder.resolve("no-jars-needed"))
                .dataFolder(folder.resolve("data"))
                .ports(Ports.ephemeral())
                .infrastructureOnly()
                .startupTimeout(Duration.ofSeconds(90));
        stack = LocalStack.start(options);
    }

    @AfterAll
    static void stopInfrastructure() {
        stack.close();
    }

    @Test
    void carriesARecordFromAProducerToAConsumerThroughTheBroker() {
        String topic = "conference.test." + UUID.randomUUID();

        produce(topic, "plan-276", "Kế hoạch 276/KH-UBND đã được phê duyệt");

        assertThat(consumeAll(topic)).containsExactly("plan-276=Kế hoạch 276/KH-UBND đã được phê duyệt");
    }

    @Test
    void relaysMailSentOverSmtpToTheInboxApi() throws Exception {
        Properties smtp = new Properties();
        smtp.setProperty("mail.smtp.host", stack.addresses().smtpHost());
        smtp.setProperty("mail.smtp.port", String.valueOf(stack.addresses().smtpPort()));
        MimeMessage message = new MimeMessage(Session.getInstance(smtp));
        message.setFrom(new InternetAddress("noreply@conference.local"));
        message.setRecipient(RecipientType.TO, new InternetAddress("dt-snv@dongthap.gov.vn"));
        message.setSubject("Thư mời họp – Đồng Tháp", "UTF-8");
        message.setText("Trân trọng kính mời.", "UTF-8");
        Transport.send(message);

        HttpResponse<String> inbox;
        try (HttpClient http = HttpClient.newHttpClient()) {
            inbox = http.send(
                    HttpRequest.newBuilder(URI.create(
                                    stack.addresses().mailInboxUrl() + "/api/messages?to=dt-snv@dongthap.gov.vn"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        assertThat(inbox.statusCode()).isEqualTo(200);
        assertThat(inbox.body()).contains("\"subject\":\"Thư mời họp – Đồng Tháp\"");
    }

    /**
     * Restarts the shared stack on the same folder and ports: what was written before must be read after,
     * and closing must leave no child process behind.
     */
    @Test
    void keepsDocumentsAndRecordsAcrossARestartAndLeavesNoProcessBehind() {
        String topic = "conference.restart." + UUID.randomUUID();
        produce(topic, "p1", "trước khi khởi động lại");
        try (MongoClient client = MongoClients.create(stack.addresses().mongoUri())) {
            plans(client).insertOne(new Document("_id", "TG-276").append("title", "Hội nghị PAR Index Tiền Giang"));
        }
        Collection<Long> children = stack.childProcessIds().values();
        assertThat(children).isNotEmpty().allMatch(LocalStackTests::isAlive);

        stack.close();

        assertThat(children).noneMatch(LocalStackTests::isAlive);
        assertThat(ProcessHandle.current().descendants().filter(ProcessHandle::isAlive))
                .isEmpty();
        stack = LocalStack.start(options);
        try (MongoClient client = MongoClients.create(stack.addresses().mongoUri())) {
            Document plan = plans(client).find(new Document("_id", "TG-276")).first();
            assertThat(plan).isNotNull();
            assertThat(plan.getString("title")).isEqualTo("Hội nghị PAR Index Tiền Giang");
        }
        assertThat(consumeAll(topic)).containsExactly("p1=trước khi khởi động lại");
    }

    @Test
    void refusesASecondStackOnTheSameDataFolder() {
        assertThatThrownBy(() -> LocalStack.start(options.ports(Ports.ephemeral())))
                .isInstanceOf(StartupFailure.class)
                .hasMessageContaining("Another local stack is already using " + options.dataFolder());
    }

    @Test
    void refusesToStartWhenAPortIsTakenAndNamesIt() throws Exception {
        Ports ports = Ports.ephemeral();
        try (ServerSocket taken = new ServerSocket(ports.mongo())) {
            assertThatThrownBy(() -> LocalStack.start(
                            options.dataFolder(folder.resolve("other")).ports(ports)))
                    .isInstanceOf(StartupFailure.class)
                    .hasMessageContaining("port " + ports.mongo() + " (MongoDB-compatible server)")
                    .hasMessageContaining("--port-offset");
        }
        assertThat(Files.exists(folder.resolve("other/kafka/log/meta.properties")))
                .as("nothing is started before the ports are known to be free")
                .isFalse();
    }

    @Test
    void refusesToStartServicesThatAreNotBuiltYet() {
        assertThatThrownBy(() -> LocalStack.start(StackOptions.forRepository(folder.resolve("empty-checkout"))
                        .dataFolder(folder.resolve("unused"))
                        .ports(Ports.ephemeral())))
                .isInstanceOf(StartupFailure.class)
                .hasMessageContaining("Not built yet: gateway/target/gateway.jar")
                .hasMessageContaining("plan-service/target/plan-service.jar");
    }

    private static MongoCollection<Document> plans(MongoClient client) {
        return client.getDatabase("conference-plans").getCollection("plans");
    }

    private static boolean isAlive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    private static void produce(String topic, String key, String value) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.addresses().kafkaBootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (Exception e) {
            throw new AssertionError("Could not produce to " + topic, e);
        }
    }

    private static List<String> consumeAll(String topic) {
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
            while (received.isEmpty() && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    received.add(record.key() + "=" + record.value());
                }
            }
        }
        return received;
    }
}
