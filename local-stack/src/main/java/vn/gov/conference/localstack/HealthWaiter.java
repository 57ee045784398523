package vn.gov.conference.localstack;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Waits until every part of the stack answers, while watching the child processes: a child that exits during
 * start-up fails the wait at once, with the tail of its log, instead of letting a person wait for a timeout.
 */
final class HealthWaiter {

    private static final Duration POLL = Duration.ofMillis(300);

    /** Something that becomes ready, optionally backed by a child process that may die first. */
    interface Check extends AutoCloseable {
        String name();

        Optional<ServiceProcess> process();

        /** Whether it answers now; otherwise {@link #state()} tells what it last said. */
        boolean poll();

        String state();

        /** Whether the child's log would explain the state; not when the child answers but not with UP. */
        default boolean logExplainsState() {
            return true;
        }

        @Override
        default void close() {}
    }

    private final Consumer<String> progress;
    private final long startedNanos;

    HealthWaiter(Consumer<String> progress, long startedNanos) {
        this.progress = progress;
        this.startedNanos = startedNanos;
    }

    void await(List<Check> checks, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<Check> pending = new ArrayList<>(checks);
        try {
            while (!pending.isEmpty()) {
                for (Check check : List.copyOf(pending)) {
                    failIfDied(check);
                    if (check.poll()) {
                        pending.remove(check);
                        progress.accept(String.format("  %-22s ready after %s", check.name(), elapsed()));
                    }
                }
                if (pending.isEmpty()) {
                    return;
                }
                if (System.nanoTime() > deadline) {
                    throw timedOut(pending, timeout);
                }
                sleep(POLL);
            }
        } finally {
            checks.forEach(Check::close);
        }
    }

    private static void failIfDied(Check check) {
        Optional<ServiceProcess> process = check.process();
        if (process.isPresent() && !process.get().isAlive()) {
            ServiceProcess dead = process.get();
            throw new StartupFailure(check.name() + " exited during start-up with code "
                    + dead.exitCode().orElse(-1) + " (log: " + dead.log() + ").\n" + dead.logTail());
        }
    }

    private static StartupFailure timedOut(List<Check> pending, Duration timeout) {
        StringBuilder message = new StringBuilder("Not ready after ")
                .append(timeout.toSeconds())
                .append(" s:\n");
        for (Check check : pending) {
            message.append("- ")
                    .append(check.name())
                    .append(": ")
                    .append(check.state())
                    .append('\n');
            if (check.logExplainsState()) {
                check.process().ifPresent(p -> message.append(LogTail.of(p.log(), 12)));
            }
        }
        return new StartupFailure(message.toString());
    }

    String elapsed() {
        return String.format("%.1f s", (System.nanoTime() - startedNanos) / 1e9);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StartupFailure("Interrupted while waiting for the stack to start");
        }
    }

    /** Ready when {@code GET <url>} answers 200 with {@code "status":"UP"} (Spring Boot Actuator health). */
    static Check actuatorHealth(String name, String url, ServiceProcess process) {
        return new ActuatorHealth(name, URI.create(url), process);
    }

    /** Ready when a TCP connection is accepted. */
    static Check acceptsConnections(String name, String host, int port, ServiceProcess process) {
        return new AcceptsConnections(name, host, port, Optional.ofNullable(process));
    }

    /** Ready when the broker answers a metadata request: an open port alone comes earlier than that. */
    static Check kafkaAnswers(KafkaBroker broker) {
        return new KafkaAnswers(broker);
    }

    private static final class ActuatorHealth implements Check {
        private static final JsonMapper JSON = JsonMapper.builder().build();
        private final HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        private final String name;
        private final URI url;
        private final ServiceProcess process;
        private String state = "not answering yet";
        private boolean answered;

        ActuatorHealth(String name, URI url, ServiceProcess process) {
            this.name = name;
            this.url = url;
            this.process = process;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Optional<ServiceProcess> process() {
            return Optional.of(process);
        }

        @Override
        public boolean poll() {
            try {
                HttpResponse<String> response = client.send(
                        HttpRequest.newBuilder(url)
                                .timeout(Duration.ofSeconds(5))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                String status = status(response.body());
                answered = true;
                state = url + " answered " + response.statusCode() + (status == null ? "" : " " + status)
                        + explanation(response);
                return response.statusCode() == 200 && "UP".equals(status);
            } catch (IOException e) {
                answered = false;
                state = url + " not answering (" + e.getClass().getSimpleName() + ")";
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        private static String explanation(HttpResponse<String> response) {
            return switch (response.statusCode()) {
                case 200 -> "";
                case 401, 403 ->
                    " (the service protects its health endpoint: /actuator/health must be reachable"
                            + " without a token)";
                case 404 -> " (no Actuator health endpoint: is spring-boot-starter-actuator on its class path?)";
                default -> ": " + abbreviate(response.body(), 400);
            };
        }

        private static String abbreviate(String text, int length) {
            String oneLine = text.replaceAll("\\s+", " ").strip();
            return oneLine.length() <= length ? oneLine : oneLine.substring(0, length) + "...";
        }

        @Override
        public boolean logExplainsState() {
            return !answered;
        }

        private static String status(String body) {
            try {
                var status = JSON.readTree(body).get("status");
                return status == null ? null : status.asString();
            } catch (JacksonException notJson) {
                return null;
            }
        }

        @Override
        public String state() {
            return state;
        }

        @Override
        public void close() {
            client.close();
        }
    }

    private record AcceptsConnections(String name, String host, int port, Optional<ServiceProcess> process)
            implements Check {

        @Override
        public boolean poll() {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(host, port), 1000);
                return true;
            } catch (IOException e) {
                return false;
            }
        }

        @Override
        public String state() {
            return host + ":" + port + " refuses connections";
        }
    }

    private static final class KafkaAnswers implements Check {
        private final KafkaBroker broker;
        private Admin admin;
        private String state = "not answering yet";

        KafkaAnswers(KafkaBroker broker) {
            this.broker = broker;
        }

        @Override
        public String name() {
            return "Kafka";
        }

        @Override
        public Optional<ServiceProcess> process() {
            return Optional.of(broker.process());
        }

        @Override
        public boolean poll() {
            if (admin == null) {
                admin = Admin.create(Map.of(
                        AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                        broker.bootstrapServers(),
                        AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG,
                        2000,
                        AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                        3000));
            }
            try {
                int nodes = admin.describeCluster(new DescribeClusterOptions().timeoutMs(2000))
                        .nodes()
                        .get(3, TimeUnit.SECONDS)
                        .size();
                state = nodes + " node(s)";
                return nodes > 0;
            } catch (Exception e) {
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                state = "metadata request failed: " + e.getClass().getSimpleName();
                return false;
            }
        }

        @Override
        public String state() {
            return state;
        }

        @Override
        public void close() {
            if (admin != null) {
                admin.close(Duration.ofSeconds(2));
            }
        }
    }
}
