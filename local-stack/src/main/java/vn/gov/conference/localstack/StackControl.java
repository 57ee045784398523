package vn.gov.conference.localstack;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stops, kills and restarts parts of a running {@link LocalStack}, for fault tests and benchmarks: a broker outage,
 * a service killed outright ({@code kill -9}), a service restarted with other settings. Obtained from
 * {@link LocalStack#control()}. A part stopped here is not reported as having stopped unexpectedly, and one started
 * again adds to its log ({@code <data>/logs/<name>.log}), so the log shows both lives.
 */
public final class StackControl {

    private static final Duration STOP_GRACE = Duration.ofSeconds(20);

    private final LocalStack stack;

    StackControl(LocalStack stack) {
        this.stack = stack;
    }

    /** Stops the broker as an operator would (SIGTERM, a controlled shutdown) and waits until it is gone. */
    public void stopKafka() {
        stop(stack.kafka().process());
    }

    /** Starts the broker again on the same storage and ports; returns once it answers a metadata request. */
    public void startKafka(Duration timeout) {
        KafkaBroker broker = stack.restartKafka();
        new HealthWaiter(stack::progress, System.nanoTime()).await(List.of(HealthWaiter.kafkaAnswers(broker)),
                timeout);
    }

    public boolean isKafkaRunning() {
        return stack.kafka().process().isAlive();
    }

    /** Ends the service and its descendants at once (SIGKILL, as {@code kill -9}): no shutdown hook runs. */
    public void kill(ServiceDefinition service) {
        process(service).ifPresent(ServiceProcess::kill);
    }

    /** Stops the service gracefully (SIGTERM), killing it if it takes longer than 20 s. */
    public void stop(ServiceDefinition service) {
        process(service).ifPresent(StackControl::stop);
    }

    /**
     * Starts a stopped or killed service again with its usual environment plus {@code environmentOverrides}
     * (e.g. another rate limit); returns once its health endpoint says UP.
     *
     * @throws IllegalStateException when the service is still running
     * @throws StartupFailure        when it exits or is not healthy within {@code timeout}
     */
    public void start(ServiceDefinition service, Map<String, String> environmentOverrides, Duration timeout) {
        if (isRunning(service)) {
            throw new IllegalStateException(service.moduleName() + " is still running");
        }
        ServiceProcess process = stack.startService(service, stack.data().linkSecret(), environmentOverrides, true);
        new HealthWaiter(stack::progress, System.nanoTime()).await(List.of(HealthWaiter.actuatorHealth(
                service.moduleName(), stack.addresses().serviceUrl(service) + "/actuator/health", process)), timeout);
    }

    /** {@link #stop(ServiceDefinition)}, then {@link #start(ServiceDefinition, Map, Duration)}. */
    public void restart(ServiceDefinition service, Map<String, String> environmentOverrides, Duration timeout) {
        stop(service);
        start(service, environmentOverrides, timeout);
    }

    public boolean isRunning(ServiceDefinition service) {
        return process(service).map(ServiceProcess::isAlive).orElse(false);
    }

    /** The service's current process id, if it runs. */
    public Optional<Long> pid(ServiceDefinition service) {
        return process(service).filter(ServiceProcess::isAlive).map(ServiceProcess::pid);
    }

    private Optional<ServiceProcess> process(ServiceDefinition service) {
        return stack.child(service.moduleName());
    }

    private static void stop(ServiceProcess process) {
        process.requestStop();
        if (!process.awaitExit(STOP_GRACE)) {
            process.kill();
        }
        process.processTree().forEach(ProcessHandle::destroyForcibly);
    }
}
