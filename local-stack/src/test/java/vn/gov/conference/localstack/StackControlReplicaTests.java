package vn.gov.conference.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One process of a replicated service killed outright and started again while the other one keeps running (the
 * replica fault runs of {@code ./bench.sh faults}). Stand-in services, as in {@link StackControlTests}.
 */
class StackControlReplicaTests {

    @TempDir
    static Path folder;

    private static final List<String> progress = Collections.synchronizedList(new ArrayList<>());
    private static LocalStack stack;

    @BeforeAll
    static void startStack() throws IOException {
        stack = StandIns.start(folder, StackControlTests.StandIn.class, portsWithRoomForReplicas(), 2, progress::add);
    }

    @AfterAll
    static void stopStack() {
        stack.close();
    }

    @Test
    void killsOneReplicaAndStartsItAgainWhileTheOtherKeepsRunning() throws Exception {
        ServiceDefinition notification = ServiceDefinition.NOTIFICATION;
        long first = stack.control().pid(notification, 0).orElseThrow();
        long second = stack.control().pid(notification, 1).orElseThrow();
        assertThat(second).isNotEqualTo(first);

        stack.control().kill(notification, 1);

        assertThat(stack.control().isRunning(notification, 1)).isFalse();
        assertThat(ProcessHandle.of(second).map(ProcessHandle::isAlive).orElse(false))
                .isFalse();
        assertThatThrownBy(() -> health(notification, 1)).isInstanceOf(ConnectException.class);
        assertThat(stack.control().pid(notification, 0)).contains(first);
        assertThat(health(notification, 0)).contains("UP");

        stack.control().start(notification, 1, Map.of(), Duration.ofSeconds(60));

        assertThat(stack.control().pid(notification, 1))
                .hasValueSatisfying(pid -> assertThat(pid).isNotEqualTo(second).isNotEqualTo(first));
        assertThat(health(notification, 1)).contains("UP");
        assertThat(Files.readAllLines(stack.logFolder().resolve("notification-service-2.log")))
                .as("the second process's log keeps both lives")
                .filteredOn(line -> line.startsWith("stand-in started"))
                .hasSize(2);
        Thread.sleep(500);
        assertThat(progress).noneMatch(line -> line.contains("stopped unexpectedly"));
    }

    @Test
    void refusesAReplicaTheStackWasNotStartedWith() {
        assertThatThrownBy(() -> stack.control().start(ServiceDefinition.AGENDA, 2, Map.of(), Duration.ofSeconds(5)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("agenda-service runs 2 process(es)");
        assertThatThrownBy(() -> stack.control().start(ServiceDefinition.GATEWAY, 1, Map.of(), Duration.ofSeconds(5)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("gateway runs 1 process(es)");
    }

    /** Free ports whose second processes' ports (+100) are free too and none of the others. */
    private static Ports portsWithRoomForReplicas() {
        for (int attempt = 0; attempt < 50; attempt++) {
            Ports ports = Ports.ephemeral();
            Set<Integer> taken = new HashSet<>(List.of(
                    ports.gateway(),
                    ports.planService(),
                    ports.agendaService(),
                    ports.notificationService(),
                    ports.documentsService(),
                    ports.web(),
                    ports.kafka(),
                    ports.kafkaController(),
                    ports.mongo(),
                    ports.smtp(),
                    ports.mailInbox()));
            boolean room = true;
            for (ServiceDefinition service : ServiceDefinition.values()) {
                if (service.replicated()) {
                    int second = service.port(ports, 1);
                    room &= second <= 65_535 && taken.add(second) && free(second);
                }
            }
            if (room) {
                return ports;
            }
        }
        throw new IllegalStateException("No free ports with room for second processes");
    }

    private static boolean free(int port) {
        try (ServerSocket socket = new ServerSocket(port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String health(ServiceDefinition service, int replica) throws IOException, InterruptedException {
        return StandIns.health(stack, service, replica);
    }
}
