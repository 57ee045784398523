package vn.gov.conference.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import vn.gov.conference.localstack.LocalStack;
import vn.gov.conference.localstack.ServiceDefinition;
import vn.gov.conference.localstack.StackOptions;

/**
 * The whole system as {@code ./run.sh} runs it, once for the test run: a real Kafka broker, the MongoDB-compatible
 * server, the mail sink and every service as the jar the build packaged, on ports shifted by 20000 (or by the system
 * property {@code e2e.portOffset}, a multiple of 1000, so that two checkouts can run their end-to-end tests at once) so
 * it runs beside a developer's stack. Each test names the moment its story happens at; when that is another moment than the
 * running stack's, the stack is stopped and started again on the same data folder with the new clock, so data,
 * topics and offsets carry over as they would across a real restart. The mail sink keeps its mail in memory, so the
 * inbox is empty after such a restart.
 */
final class EndToEndStack {

    static final int PORT_OFFSET = Integer.getInteger("e2e.portOffset", 20_000);
    /** Five minutes, or {@code -De2e.startupMinutes=<n>} on a machine busy with other builds. */
    private static final Duration STARTUP = Duration.ofMinutes(Long.getLong("e2e.startupMinutes", 5));

    private static LocalStack stack;
    private static OffsetDateTime clock;
    private static Path folder;
    private static Gateway gateway;
    private static Mailbox mailbox;
    private static final List<String> startups = new ArrayList<>();

    private EndToEndStack() {}

    /** The stack with every service's clock reading {@code moment} (a restart unless it already does). */
    static synchronized EndToEndStack.Running at(OffsetDateTime moment) {
        if (stack != null && moment.isEqual(clock) && dataFolder().equals(folder)) {
            return running();
        }
        boolean first = stack == null;
        stop();
        StackOptions options = StackOptions.forRepository(repositoryRoot())
                .dataFolder(dataFolder())
                .portOffset(PORT_OFFSET)
                .clean(first)
                .startupTimeout(STARTUP)
                .progress(line -> System.out.println("[e2e stack] " + line))
                .clockAt(moment);
        long started = System.nanoTime();
        stack = LocalStack.start(options);
        clock = moment;
        folder = dataFolder();
        startups.add(String.format("%s in %.1f s", moment, (System.nanoTime() - started) / 1e9));
        gateway = new Gateway(stack.addresses().gatewayUrl());
        mailbox = new Mailbox(stack.addresses().mailInboxUrl());
        return running();
    }

    /**
     * What {@code ./run.sh --clean --demo} starts: a stack on an empty data folder of its own, with the demo loader
     * and the clock it asks for, loaded before this returns. It replaces the running stack.
     */
    static synchronized EndToEndStack.Running demo() {
        stop();
        StackOptions options = StackOptions.forRepository(repositoryRoot())
                .dataFolder(demoFolder())
                .portOffset(PORT_OFFSET)
                .clean(true)
                .demo(true)
                .startupTimeout(STARTUP)
                .progress(line -> System.out.println("[e2e demo] " + line));
        OffsetDateTime moment = options.demoData().clock().orElseThrow();
        stack = LocalStack.start(options.clockAt(moment));
        clock = moment;
        folder = demoFolder();
        gateway = new Gateway(stack.addresses().gatewayUrl());
        mailbox = new Mailbox(stack.addresses().mailInboxUrl());
        return running();
    }

    /**
     * The demo stack again, on the data {@link #demo()} loaded, with every service's clock at {@code moment}: a
     * restart, so the mail sink's inbox is empty afterwards.
     */
    static synchronized EndToEndStack.Running demoAt(OffsetDateTime moment) {
        stop();
        StackOptions options = StackOptions.forRepository(repositoryRoot())
                .dataFolder(demoFolder())
                .portOffset(PORT_OFFSET)
                .clean(false)
                .startupTimeout(STARTUP)
                .progress(line -> System.out.println("[e2e demo] " + line))
                .clockAt(moment);
        stack = LocalStack.start(options);
        clock = moment;
        folder = demoFolder();
        gateway = new Gateway(stack.addresses().gatewayUrl());
        mailbox = new Mailbox(stack.addresses().mailInboxUrl());
        return running();
    }

    /**
     * A stack of its own on an empty data folder ({@code target/e2e-<name>}), every service's clock at {@code moment}:
     * for a story that must start from nothing (a register no other story has numbered from, a province with no other
     * plan). It replaces the running stack; {@link #at} goes back to the shared data folder.
     */
    static synchronized EndToEndStack.Running fresh(String name, OffsetDateTime moment) {
        return fresh(name, moment, 1);
    }

    /** As {@link #fresh(String, OffsetDateTime)}, with {@code replicas} processes of each service and of the pages. */
    static synchronized EndToEndStack.Running fresh(String name, OffsetDateTime moment, int replicas) {
        stop();
        Path own = repositoryRoot().resolve("e2e-tests").resolve("target").resolve("e2e-" + name);
        StackOptions options = StackOptions.forRepository(repositoryRoot())
                .dataFolder(own)
                .portOffset(PORT_OFFSET)
                .clean(true)
                .startupTimeout(STARTUP)
                .progress(line -> System.out.println("[e2e " + name + "] " + line))
                .replicas(replicas)
                .clockAt(moment);
        long started = System.nanoTime();
        stack = LocalStack.start(options);
        clock = moment;
        folder = own;
        startups.add(String.format("%s (%s) in %.1f s", moment, name, (System.nanoTime() - started) / 1e9));
        gateway = new Gateway(stack.addresses().gatewayUrl());
        mailbox = new Mailbox(stack.addresses().mailInboxUrl());
        return running();
    }

    /** The running stack, whatever its clock: for steps that only read. */
    static synchronized EndToEndStack.Running current() {
        if (stack == null) {
            throw new IllegalStateException("No end-to-end stack is running; a test must call at(moment) first.");
        }
        return running();
    }

    private static Running running() {
        return new Running(stack, clock, gateway, mailbox);
    }

    private static synchronized void stop() {
        if (stack != null) {
            stack.close();
            stack = null;
            System.out.println("[e2e stack] start-ups so far: " + String.join("; ", startups));
        }
    }

    /** What a test works with: the gateway, the mail sink's inbox, and where the services log. */
    record Running(LocalStack stack, OffsetDateTime clock, Gateway gateway, Mailbox mailbox) {

        Path log(String name) {
            return stack.logFolder().resolve(name + ".log");
        }
    }

    /**
     * The services are run from {@code <module>/target/<module>.jar}, which the reactor packages before this module
     * runs ({@code ./mvnw verify}); started on their own, the tests first say which jars are missing.
     */
    static Path repositoryRoot() {
        Path root = Path.of(Objects.requireNonNullElse(System.getProperty("conference.e2e.repo-root"), ".."))
                .toAbsolutePath()
                .normalize();
        List<String> missing = new ArrayList<>();
        for (ServiceDefinition service : ServiceDefinition.values()) {
            if (!Files.isRegularFile(service.jar(root))) {
                missing.add(root.relativize(service.jar(root)).toString());
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("The end-to-end tests run the packaged services, but these jars are "
                    + "missing: " + String.join(", ", missing) + ". Run ./mvnw verify (or ./mvnw -DskipTests package "
                    + "once, then ./mvnw -pl local-stack,e2e-tests verify).");
        }
        return root;
    }

    private static Path demoFolder() {
        return repositoryRoot().resolve("e2e-tests").resolve("target").resolve("e2e-demo");
    }

    /** Under target/, so the services' logs are there to read after a failed run. */
    private static Path dataFolder() {
        return repositoryRoot().resolve("e2e-tests").resolve("target").resolve("e2e-stack");
    }

    /** Stops the stack once, when the whole test run ends (JUnit closes the root store's resources). */
    static final class Lifecycle implements BeforeAllCallback {

        @Override
        public void beforeAll(ExtensionContext context) {
            context.getRoot()
                    .getStore(ExtensionContext.Namespace.create(EndToEndStack.class))
                    .computeIfAbsent("stack", key -> (AutoCloseable) EndToEndStack::stop, AutoCloseable.class);
        }
    }
}
