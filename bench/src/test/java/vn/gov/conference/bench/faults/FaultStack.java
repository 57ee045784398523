package vn.gov.conference.bench.faults;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import vn.gov.conference.bench.stack.BenchStack;
import vn.gov.conference.bench.stack.Pause;
import vn.gov.conference.localstack.StartupFailure;

/**
 * The stack the fault checks run on, shared by the test classes of one run and started on first use: the real local
 * stack as {@code ./bench.sh} starts it (ports +{@link BenchStack#PORT_OFFSET}, data in {@code bench/target/stack}),
 * with one process of each service, or two for the replica runs. Asking for the other kind stops the running stack
 * and starts a new one on an empty data folder, so each check starts from a whole stack that no earlier kind of run
 * has changed. The replica runs come right after the light checks, so that the run reaches them early. Stopped, and the verdicts printed, when the whole test run ends.
 */
final class FaultStack implements BeforeAllCallback {

    /**
     * The tag of the checks that take minutes (a broker outage, kills during uploads, 10,000 letters): the normal
     * build leaves them out, {@code ./bench.sh faults} ({@code -Pfaults}) runs them.
     */
    static final String HEAVY = "heavy-fault";

    private static BenchStack stack;
    private static int replicas;

    /** The stack with one process of each service. */
    static BenchStack single() {
        return withReplicas(1);
    }

    /** The stack with two processes of each service behind the one gateway. */
    static BenchStack replicated() {
        return withReplicas(2);
    }

    private static synchronized BenchStack withReplicas(int count) {
        if (stack != null && replicas == count) {
            return stack;
        }
        stop();
        Path root = repositoryRoot();
        System.out.println("\nStarting the stack (" + count + " process(es) of each service, ports +"
                + BenchStack.PORT_OFFSET + ", data in "
                + root.relativize(BenchStack.options(root).dataFolder())
                + ")");
        for (int attempt = 1; stack == null; attempt++) {
            try {
                stack = BenchStack.start(root, count);
            } catch (StartupFailure e) {
                // With an offset above about 5700 some ports lie in Linux's ephemeral range (32768-60999), where any
                // client's outgoing connection may hold one for a while. A start that lost that race is tried again.
                if (attempt == 3 || !String.valueOf(e.getMessage()).contains("already in use")) {
                    throw e;
                }
                System.out.println("A port was taken ("
                        + e.getMessage().lines().findFirst().orElse("") + "); starting again in 15 s");
                Pause.millis(15_000);
            }
        }
        replicas = count;
        System.out.printf(
                "Stack healthy after %.1f s%n", stack.stack().startupTime().toMillis() / 1000.0);
        return stack;
    }

    private static synchronized void stop() {
        if (stack != null) {
            stack.close();
            stack = null;
        }
    }

    /** The checkout whose jars run: {@code -Dbench.repository} (the failsafe configuration sets it), or the parent. */
    static Path repositoryRoot() {
        Path root = Path.of(System.getProperty("bench.repository", ".."))
                .toAbsolutePath()
                .normalize();
        if (!Files.isDirectory(root.resolve("demo-data"))) {
            throw new IllegalStateException("Not a checkout of the project: " + root);
        }
        return root;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot()
                .getStore(ExtensionContext.Namespace.create(FaultStack.class))
                .computeIfAbsent(
                        "stack",
                        key -> (AutoCloseable) () -> {
                            FaultReport.finish();
                            stop();
                        },
                        AutoCloseable.class);
    }
}
