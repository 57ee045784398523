package vn.gov.conference.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.Uuid;

/**
 * A real single-node Kafka broker (KRaft, broker and controller in one process) in a child JVM, started from
 * the Kafka jars on the launcher's own class path. Its storage is formatted on the first start only, so
 * topics, offsets and records survive a restart.
 */
final class KafkaBroker {

    private static final List<String> JVM_OPTIONS =
            List.of("-Xmx512m", "-Xms128m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Djava.awt.headless=true");

    private final ServiceProcess process;
    private final String bootstrapServers;

    private KafkaBroker(ServiceProcess process, String bootstrapServers) {
        this.process = process;
        this.bootstrapServers = bootstrapServers;
    }

    static KafkaBroker start(DataFolder data, Ports ports) {
        return start(data, ports, false);
    }

    /** Starts the broker again on its existing storage (after {@link StackControl#stopKafka()}), adding to its log. */
    static KafkaBroker restart(DataFolder data, Ports ports) {
        return start(data, ports, true);
    }

    private static KafkaBroker start(DataFolder data, Ports ports, boolean again) {
        Path folder = data.kafka();
        Path logDir = folder.resolve("log");
        Path config = write(folder.resolve("server.properties"), serverProperties(ports, logDir));
        Path logging = write(folder.resolve("log4j2.properties"), LOGGING);
        List<String> common = List.of("-cp", ChildClassPath.ofLauncher(), "-Dlog4j2.configurationFile=" + logging);
        if (!Files.exists(logDir.resolve("meta.properties"))) {
            format(data, common, config);
        }
        ServiceProcess broker = ServiceProcess.start(
                "kafka", data, concat(JVM_OPTIONS, common, List.of("kafka.Kafka", config.toString())), Map.of(), again);
        return new KafkaBroker(broker, "localhost:" + ports.kafka());
    }

    private static void format(DataFolder data, List<String> common, Path config) {
        String clusterId = Uuid.randomUuid().toString();
        List<String> command = concat(
                List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"),
                common,
                List.of("kafka.tools.StorageTool", "format", "-t", clusterId, "-c", config.toString(), "--standalone"));
        int exit = ServiceProcess.run("kafka-format", data, command, Duration.ofMinutes(2));
        if (exit != 0) {
            throw new StartupFailure("Formatting the Kafka storage failed (exit code " + exit + ").\n"
                    + LogTail.of(data.log("kafka-format"), 30));
        }
    }

    ServiceProcess process() {
        return process;
    }

    String bootstrapServers() {
        return bootstrapServers;
    }

    /*
     * One node is broker, controller and sole voter. Every internal topic gets replication factor 1 because
     * there is no second broker to copy to; topics are created on first use, as the services expect locally.
     */
    private static String serverProperties(Ports ports, Path logDir) {
        return """
                process.roles=broker,controller
                node.id=1
                controller.quorum.bootstrap.servers=localhost:%2$d
                listeners=PLAINTEXT://localhost:%1$d,CONTROLLER://localhost:%2$d
                advertised.listeners=PLAINTEXT://localhost:%1$d,CONTROLLER://localhost:%2$d
                controller.listener.names=CONTROLLER
                inter.broker.listener.name=PLAINTEXT
                listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
                log.dirs=%3$s
                num.partitions=1
                auto.create.topics.enable=true
                offsets.topic.replication.factor=1
                offsets.topic.num.partitions=10
                transaction.state.log.replication.factor=1
                transaction.state.log.min.isr=1
                share.coordinator.state.topic.replication.factor=1
                share.coordinator.state.topic.min.isr=1
                group.initial.rebalance.delay.ms=0
                log.retention.hours=168
                """.formatted(
                ports.kafka(), ports.kafkaController(), logDir.toString().replace('\\', '/'));
    }

    private static final String LOGGING = """
            status = warn
            appender.console.type = Console
            appender.console.name = STDOUT
            appender.console.layout.type = PatternLayout
            appender.console.layout.pattern = [%d] %p %m (%c)%n
            rootLogger.level = INFO
            rootLogger.appenderRef.stdout.ref = STDOUT
            # The full configuration dump at every start drowns what matters.
            logger.config.name = org.apache.kafka.common.config
            logger.config.level = WARN
            logger.stateChange.name = state.change.logger
            logger.stateChange.level = WARN
            logger.request.name = kafka.request.logger
            logger.request.level = WARN
            """;

    private static Path write(Path file, String content) {
        try {
            return Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SafeVarargs
    private static List<String> concat(List<String>... parts) {
        return java.util.Arrays.stream(parts).flatMap(List::stream).toList();
    }
}
