package vn.gov.conference.localstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import vn.gov.conference.localstack.mail.MailSink;

/**
 * The whole system on one machine: a Kafka broker (child JVM), the MongoDB-compatible server and the mail sink
 * (inside this JVM), then the four services, the gateway and the web pages (child JVMs). {@link #start(StackOptions)} returns
 * once every part answers; {@link #close()} stops them all and waits until they are gone.
 *
 * <p>Used by {@code ./run.sh} through {@link Main}, and by end-to-end tests as a library:
 * <pre>{@code
 * try (LocalStack stack = LocalStack.start(StackOptions.forRepository(root).dataFolder(tmp).portOffset(20_000))) {
 *     String gateway = stack.addresses().gatewayUrl();
 * }
 * }</pre>
 */
public final class LocalStack implements AutoCloseable {

    /** What each service JVM gets: small heap and the C1 compiler only, which starts Spring Boot fastest. */
    static final List<String> SERVICE_JVM_OPTIONS = List.of("-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    /**
     * {@code -Dconference.stack.production-jit=true}: every service gets the JVM's full tiered compiler (C1 at start,
     * C2 for what turns hot), as every service has in production (Dockerfile, Kubernetes). {@code ./bench.sh} sets it
     * (but for its start-up mode) unless {@code BENCH_PRODUCTION_JIT=false}; without it the services start with C1
     * only, as {@code ./run.sh}'s do.
     */
    public static final String PRODUCTION_JIT = "conference.stack.production-jit";

    /** Whether this process starts its services with the full tiered compiler ({@link #PRODUCTION_JIT}). */
    public static boolean productionJit() {
        return Boolean.getBoolean(PRODUCTION_JIT);
    }

    /**
     * documents-service hashes every upload as it streams (SHA-256). C1 compiles no intrinsic for it, so under
     * {@code TieredStopAtLevel=1} the hash runs about ten times slower than with C2's (SHA-NI/AVX2) and caps an
     * upload far below what GridFS takes (docs/performance.md, Upload). It always gets the full tiered compiler, as
     * every service does with {@link #PRODUCTION_JIT}.
     */
    static List<String> jvmOptions(ServiceDefinition service) {
        if (service == ServiceDefinition.DOCUMENTS || productionJit()) {
            return SERVICE_JVM_OPTIONS.stream()
                    .filter(option -> !option.startsWith("-XX:TieredStopAtLevel"))
                    .toList();
        }
        return SERVICE_JVM_OPTIONS;
    }

    private static final Duration STOP_GRACE = Duration.ofSeconds(20);

    private final StackOptions options;
    private final DataFolder data;
    private final StackAddresses addresses;
    private final long startedNanos = System.nanoTime();
    private final Thread shutdownHook = new Thread(this::close, "local-stack-shutdown");
    private final Map<String, ServiceProcess> children = new LinkedHashMap<>();
    private KafkaBroker kafka;
    private ServiceProcess mongo;
    private MailSink mail;
    private Duration startupTime;
    private Duration aotTrainingTime;
    private Instant readyAt;
    private String demoSummary;
    private boolean closed;

    private LocalStack(StackOptions options, DataFolder data) {
        this.options = options;
        this.data = data;
        this.addresses = new StackAddresses(options.ports());
    }

    /**
     * Starts everything and waits until it answers.
     *
     * @throws StartupFailure naming what failed (a busy port, a missing jar, a child that exited, with the tail
     *                        of its log); whatever had started is stopped again before this is thrown
     */
    public static LocalStack start(StackOptions options) {
        if (options.withServices()) {
            requireJars(options.repositoryRoot());
        }
        LocalStack stack = new LocalStack(options, DataFolder.open(options.dataFolder(), options.clean()));
        Runtime.getRuntime().addShutdownHook(stack.shutdownHook);
        try {
            stack.boot();
            return stack;
        } catch (RuntimeException e) {
            boolean stoppedOnRequest = stack.isClosed();
            stack.close();
            if (stoppedOnRequest) {
                throw StartupFailure.stoppedOnRequest(e);
            }
            throw e;
        }
    }

    private void boot() {
        int leftovers = ServiceProcess.stopLeftovers(data, STOP_GRACE);
        if (leftovers > 0) {
            say("Stopped " + leftovers + " process(es) left running by an earlier launcher on " + data.root());
        }
        Map<String, Integer> ports = new LinkedHashMap<>(options.ports().byOwner(options.withServices()));
        if (options.withServices()) {
            for (ServiceDefinition service : ServiceDefinition.values()) {
                for (int replica = 1; replica < replicasOf(service); replica++) {
                    ports.put(service.processName(replica), service.port(options.ports(), replica));
                }
            }
        }
        PortCheck.requireFree(ports);
        HealthWaiter waiter = new HealthWaiter(options.progress(), startedNanos);
        long deadline = startedNanos + options.startupTimeout().toNanos();

        say("Starting Kafka, the MongoDB-compatible server and the mail sink (data in " + data.root() + ")");
        synchronized (this) {
            requireOpen();
            mongo = MongoProcess.start(data, options.ports(), false);
            children.put("mongo", mongo);
            mail = MailSink.start(options.ports().smtp(), options.ports().mailInbox());
            kafka = KafkaBroker.start(data, options.ports());
            children.put("kafka", kafka.process());
        }
        waiter.await(
                List.of(
                        HealthWaiter.kafkaAnswers(kafka),
                        HealthWaiter.acceptsConnections(
                                "MongoDB", "localhost", options.ports().mongo(), mongo),
                        HealthWaiter.acceptsConnections(
                                "SMTP", "localhost", options.ports().smtp(), null)),
                remaining(deadline));

        if (options.withServices()) {
            say("Starting the gateway, the four services and the web pages"
                    + (options.replicas() > 1 ? ", " + options.replicas() + " processes of each but the gateway" : "")
                    + " (logs in " + data.logs() + ")");
            String linkSecret = data.linkSecret();
            if (AotCache.enabled()) {
                trainAotCaches(linkSecret, deadline);
            }
            List<HealthWaiter.Check> health = new ArrayList<>();
            for (ServiceDefinition service : ServiceDefinition.values()) {
                for (int replica = 0; replica < replicasOf(service); replica++) {
                    ServiceProcess process = startService(service, replica, linkSecret, Map.of(), false);
                    health.add(HealthWaiter.actuatorHealth(
                            service.processName(replica),
                            addresses.serviceUrl(service, replica) + "/actuator/health",
                            process));
                }
            }
            waiter.await(health, remaining(deadline));
        }
        startupTime = Duration.ofNanos(System.nanoTime() - startedNanos);
        readyAt = Instant.now();
        synchronized (this) {
            children.values().forEach(this::reportUnexpectedExit);
        }
        if (options.demo()) {
            loadDemoData();
        }
    }

    /**
     * {@code overrides} add to or replace the service's environment (a restart with other settings);
     * {@code restart} keeps the log of the previous run and watches the new process for an unexpected exit.
     */
    synchronized ServiceProcess startService(
            ServiceDefinition service, String linkSecret, Map<String, String> overrides, boolean restart) {
        return startService(service, 0, linkSecret, overrides, restart);
    }

    /** The service's {@code replica}-th process (from 0), on its own port, sharing everything else. */
    synchronized ServiceProcess startService(
            ServiceDefinition service, int replica, String linkSecret, Map<String, String> overrides, boolean restart) {
        requireOpen();
        List<String> jvm = new ArrayList<>(jvmOptions(service));
        if (AotCache.enabled()) {
            jvm.addAll(new AotCache(options.repositoryRoot(), service).launchArguments());
        } else {
            jvm.add("-jar");
            jvm.add(service.jar(options.repositoryRoot()).toString());
        }
        Map<String, String> env = new LinkedHashMap<>(service.environment(
                addresses, linkSecret, data.gatewaySigningKey(), options.clockOffset(), replica, options.replicas()));
        env.putAll(overrides);
        ServiceProcess process = ServiceProcess.start(service.processName(replica), data, jvm, env, restart);
        children.put(service.processName(replica), process);
        if (restart) {
            reportUnexpectedExit(process);
        }
        return process;
    }

    /** How many processes of the service run: {@code --replicas} of each, one gateway. */
    private int replicasOf(ServiceDefinition service) {
        return service.replicated() ? options.replicas() : 1;
    }

    private Map<String, String> environment(ServiceDefinition service, String linkSecret) {
        return service.environment(addresses, linkSecret, data.gatewaySigningKey(), options.clockOffset());
    }

    /** Records the AOT caches that are missing or stale, all at once, before the services start. */
    private void trainAotCaches(String linkSecret, long deadline) {
        List<AotCache> stale = new ArrayList<>();
        for (ServiceDefinition service : ServiceDefinition.values()) {
            AotCache cache = new AotCache(options.repositoryRoot(), service);
            if (!cache.isCurrent()) {
                stale.add(cache);
            }
        }
        if (stale.isEmpty()) {
            say("Starting from the AOT caches in */target/aot");
            return;
        }
        say("Recording AOT caches for "
                + stale.stream().map(c -> c.service().moduleName()).toList() + " (once per build)");
        long started = System.nanoTime();
        Map<AotCache, ServiceProcess> runs = new LinkedHashMap<>();
        synchronized (this) {
            requireOpen();
            for (AotCache cache : stale) {
                ServiceProcess training = cache.startTraining(
                        data, jvmOptions(cache.service()), environment(cache.service(), linkSecret));
                children.put(training.name(), training);
                runs.put(cache, training);
            }
        }
        runs.forEach((cache, training) -> {
            if (!training.awaitExit(remaining(deadline))) {
                training.kill();
            }
            synchronized (this) {
                children.remove(training.name());
            }
            if (!cache.finishTraining(training)) {
                say("  " + cache.service().moduleName() + ": no AOT cache recorded (see " + training.log()
                        + "); it starts from its jar");
            }
        });
        aotTrainingTime = Duration.ofNanos(System.nanoTime() - started);
        say(String.format("  AOT caches recorded in %.1f s", aotTrainingTime.toNanos() / 1e9));
    }

    private void loadDemoData() {
        try {
            demoSummary = options.demoData().load(addresses);
        } catch (Exception e) {
            demoSummary = "loading failed: " + e;
        }
        say("Demo data: " + demoSummary);
    }

    private void reportUnexpectedExit(ServiceProcess process) {
        process.onExit().thenRun(() -> {
            if (!isClosed() && !process.stopRequested()) {
                say("WARNING: " + process.name() + " stopped unexpectedly with code "
                        + process.exitCode().orElse(-1) + "; the rest keeps running.\n" + process.logTail());
            }
        });
    }

    private static void requireJars(Path root) {
        List<String> missing = new ArrayList<>();
        for (ServiceDefinition service : ServiceDefinition.values()) {
            if (!Files.isRegularFile(service.jar(root))) {
                missing.add(root.relativize(service.jar(root)).toString());
            }
        }
        if (!missing.isEmpty()) {
            throw new StartupFailure("Not built yet: " + String.join(", ", missing)
                    + ".\nBuild with ./run.sh (without --no-build) or ./mvnw -DskipTests package.");
        }
    }

    private Duration remaining(long deadlineNanos) {
        return Duration.ofNanos(Math.max(0, deadlineNanos - System.nanoTime()));
    }

    private void requireOpen() {
        if (closed) {
            throw StartupFailure.stoppedOnRequest(null);
        }
    }

    private void say(String line) {
        options.progress().accept(line);
    }

    public StackAddresses addresses() {
        return addresses;
    }

    public Path dataFolder() {
        return data.root();
    }

    public Path logFolder() {
        return data.logs();
    }

    /** From the launcher's first step to everything healthy (not counting the demo data). */
    public Duration startupTime() {
        return startupTime;
    }

    /** How long recording the AOT caches took during this start; empty when none was recorded. */
    public Optional<Duration> aotTrainingTime() {
        return Optional.ofNullable(aotTrainingTime);
    }

    /** Stops, kills and restarts parts of the running stack: for fault tests and benchmarks. */
    public StackControl control() {
        return new StackControl(this);
    }

    StackOptions options() {
        return options;
    }

    DataFolder data() {
        return data;
    }

    synchronized Optional<ServiceProcess> child(String name) {
        return Optional.ofNullable(children.get(name));
    }

    synchronized KafkaBroker kafka() {
        return kafka;
    }

    /** Starts the broker again on its storage; the caller waits until it answers. */
    synchronized KafkaBroker restartKafka() {
        requireOpen();
        kafka = KafkaBroker.restart(data, options.ports());
        children.put("kafka", kafka.process());
        reportUnexpectedExit(kafka.process());
        return kafka;
    }

    void progress(String line) {
        say(line);
    }

    /** When the last part became healthy. */
    public Instant readyAt() {
        return readyAt;
    }

    public Optional<String> demoSummary() {
        return Optional.ofNullable(demoSummary);
    }

    /** The process id of each child JVM by name ("kafka", "gateway", "plan-service", ...). */
    public synchronized Map<String, Long> childProcessIds() {
        Map<String, Long> pids = new LinkedHashMap<>();
        children.forEach((name, process) -> pids.put(name, process.pid()));
        return pids;
    }

    /** Resident memory of this JVM and every child with its descendants; empty where /proc is not available. */
    public synchronized OptionalLong residentMemoryBytes() {
        List<Long> pids = new ArrayList<>();
        pids.add(ProcessHandle.current().pid());
        children.values().forEach(child -> child.processTree().forEach(p -> pids.add(p.pid())));
        long total = 0;
        for (long pid : pids) {
            OptionalLong rss = ProcessMemory.residentBytes(pid);
            if (rss.isEmpty()) {
                return OptionalLong.empty();
            }
            total += rss.getAsLong();
        }
        return OptionalLong.of(total);
    }

    public synchronized int processCount() {
        return 1 + children.size();
    }

    public synchronized boolean isClosed() {
        return closed;
    }

    /**
     * Stops the services first (they may still be writing), then Kafka, then the mail sink and the database,
     * which is written to its file as it closes. Each child gets {@link #STOP_GRACE} to shut down cleanly
     * before it and its descendants are killed.
     */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        long started = System.nanoTime();
        List<ServiceProcess> services = new ArrayList<>();
        synchronized (this) {
            children.values().stream()
                    .filter(c -> (kafka == null || c != kafka.process()) && c != mongo)
                    .forEach(services::add);
        }
        if (!services.isEmpty() || kafka != null) {
            say("Stopping the local stack...");
        }
        stop(services);
        if (kafka != null) {
            stop(List.of(kafka.process()));
        }
        if (mail != null) {
            mail.close();
        }
        if (mongo != null) {
            // Last: the services and the broker are gone, and the server closes its file on SIGTERM.
            stop(List.of(mongo));
        }
        data.close();
        removeShutdownHook();
        if (!services.isEmpty() || kafka != null) {
            say(String.format("Stopped in %.1f s.", (System.nanoTime() - started) / 1e9));
        }
    }

    private static void stop(List<ServiceProcess> processes) {
        processes.forEach(ServiceProcess::requestStop);
        long deadline = System.nanoTime() + STOP_GRACE.toNanos();
        for (ServiceProcess process : processes) {
            if (!process.awaitExit(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())))) {
                process.kill();
            }
            process.processTree().forEach(ProcessHandle::destroyForcibly);
        }
    }

    private void removeShutdownHook() {
        if (Thread.currentThread() == shutdownHook) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // The hook is running or about to; close() is idempotent.
        }
    }
}
