package vn.gov.conference.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Child JVMs: how a failing one is reported, how they are stopped, how leftovers are found again. */
class ServiceProcessTests {

    @TempDir
    Path folder;

    @Test
    void reportsAChildThatDiesDuringStartUpWithItsExitCodeAndTheEndOfItsLog() {
        try (DataFolder data = DataFolder.open(folder, false)) {
            ServiceProcess child = ServiceProcess.start(
                    "plan-service",
                    data,
                    main(Crashing.class),
                    Map.of("MONGODB_URI", "mongodb://localhost:1/conference-plans"));
            HealthWaiter waiter = new HealthWaiter(line -> {}, System.nanoTime());

            assertThatThrownBy(() -> waiter.await(
                            List.of(HealthWaiter.actuatorHealth(
                                    "plan-service",
                                    "http://localhost:" + Ports.ephemeral().planService() + "/actuator/health",
                                    child)),
                            Duration.ofSeconds(60)))
                    .isInstanceOf(StartupFailure.class)
                    .hasMessageContaining("plan-service exited during start-up with code 3")
                    .hasMessageContaining(data.log("plan-service").toString())
                    .hasMessageContaining("Không kết nối được mongodb://localhost:1/conference-plans");
        }
    }

    @Test
    void givesUpAfterTheTimeoutNamingWhatDidNotAnswer() {
        try (DataFolder data = DataFolder.open(folder, false)) {
            ServiceProcess child = ServiceProcess.start("agenda-service", data, main(Sleeping.class), Map.of());
            HealthWaiter waiter = new HealthWaiter(line -> {}, System.nanoTime());
            try {
                assertThatThrownBy(() -> waiter.await(
                                List.of(HealthWaiter.actuatorHealth(
                                        "agenda-service",
                                        "http://localhost:" + Ports.ephemeral().agendaService() + "/actuator/health",
                                        child)),
                                Duration.ofSeconds(1)))
                        .isInstanceOf(StartupFailure.class)
                        .hasMessageContaining("Not ready after 1 s")
                        .hasMessageContaining("agenda-service: http://localhost:")
                        .hasMessageContaining("not answering");
            } finally {
                child.kill();
            }
        }
    }

    @Test
    void stopsAChildTogetherWithTheProcessesItStarted() throws Exception {
        try (DataFolder data = DataFolder.open(folder, false)) {
            ServiceProcess child = ServiceProcess.start("gateway", data, main(Spawning.class), Map.of());
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (child.processTree().size() < 2 && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            List<ProcessHandle> tree = child.processTree();
            assertThat(tree).hasSize(2);

            child.requestStop();

            assertThat(child.awaitExit(Duration.ofSeconds(20))).isTrue();
            for (ProcessHandle process : tree) {
                process.onExit().get(20, java.util.concurrent.TimeUnit.SECONDS);
                assertThat(process.isAlive()).isFalse();
            }
        }
    }

    @Test
    void stopsOnlyTheLeftoversOfTheSameDataFolder() {
        try (DataFolder mine = DataFolder.open(folder.resolve("mine"), false);
                DataFolder other = DataFolder.open(folder.resolve("other"), false)) {
            ServiceProcess leftover = ServiceProcess.start("kafka", mine, main(Sleeping.class), Map.of());
            ServiceProcess unrelated = ServiceProcess.start("kafka", other, main(Sleeping.class), Map.of());
            try {
                awaitCommandLineVisible(leftover);

                int stopped = ServiceProcess.stopLeftovers(mine, Duration.ofSeconds(10));

                assertThat(stopped).isEqualTo(1);
                assertThat(leftover.awaitExit(Duration.ofSeconds(10))).isTrue();
                assertThat(unrelated.isAlive()).isTrue();
            } finally {
                leftover.kill();
                unrelated.kill();
            }
        }
    }

    private static void awaitCommandLineVisible(ServiceProcess process) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (ProcessHandle.of(process.pid())
                        .flatMap(p -> p.info().commandLine())
                        .isEmpty()
                && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
    }

    private static List<String> main(Class<?> mainClass) {
        return List.of("-cp", ChildClassPath.ofLauncher(), mainClass.getName());
    }

    /** Fails the way a service does when its database is unreachable. */
    static class Crashing {
        public static void main(String[] args) {
            System.out.println("Starting plan-service");
            System.out.println("Không kết nối được " + System.getenv("MONGODB_URI"));
            System.exit(3);
        }
    }

    static class Sleeping {
        public static void main(String[] args) throws InterruptedException {
            Thread.sleep(Duration.ofMinutes(2));
        }
    }

    /** Starts a grandchild, as a service that forks a helper would. */
    static class Spawning {
        public static void main(String[] args) throws Exception {
            new ProcessBuilder(
                            ServiceProcess.javaExecutable(),
                            "-cp",
                            System.getProperty("java.class.path"),
                            Sleeping.class.getName())
                    .inheritIO()
                    .start();
            Thread.sleep(Duration.ofMinutes(2));
        }
    }
}
