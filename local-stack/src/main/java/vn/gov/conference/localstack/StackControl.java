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
        new HealthWaiter(stack::progress, System.nanoTime()).await(List.of(HealthWaiter.kafkaAnswers(broker)), timeout);
    }

    public boolean isKafkaRunning() {
        return stack.kafka().process().isAlive();
    }

    /** Ends the service and its descendants at once (SIGKILL, as {@code kill -9}): no shutdown hook runs. */
    public void kill(ServiceDefinition service) {
        kill(service, 0);
    }

    /**
     * Ends one process of a replicated service ({@code replica} counted from 0, as {@link StackOptions#replicas}
     * starts them) with SIGKILL; the others go on serving, and the gateway leaves the dead one out within seconds.
     */
    public void kill(ServiceDefinition service, int replica) {
        process(service, replica).ifPresent(ServiceProcess::kill);
    }

    /** Stops the service gracefully (SIGTERM), killing it if it takes longer than 20 s. */
    public void stop(ServiceDefinition service) {
        stop(service, 0);
    }

    /** {@link #stop(ServiceDefinition)} for one process of a replicated service. */
    public void stop(ServiceDefinition service, int replica) {
        process(service, replica).ifPresent(StackControl::stop);
    }

    /**
     * Starts a stopped or killed service again with its usual environment plus {@code environmentOverrides}
     * (e.g. another rate limit); returns once its health endpoint says UP.
     *
     * @throws IllegalStateException when the service is still running
     * @throws StartupFailure        when it exits or is not healthy within {@code timeout}
     */
    public void start(ServiceDefinition service, Map<String, String> environmentOverrides, Duration timeout) {
        start(service, 0, environmentOverrides, timeout);
    }

    /** {@link #start(ServiceDefinition, Map, Duration)} for one process of a replicated service, on its own port. */
    public void start(
            ServiceDefinition service, int replica, Map<String, String> environmentOverrides, Duration timeout) {
        requireReplica(service, replica);
        if (isRunning(service, replica)) {
            throw new IllegalStateException(service.processName(replica) + " is still running");
        }
        ServiceProcess process =
                stack.startService(service, replica, stack.data().linkSecret(), environmentOverrides, true);
        new HealthWaiter(stack::progress, System.nanoTime())
                .await(
                        List.of(HealthWaiter.actuatorHealth(
                                service.processName(replica),
                                stack.addresses().serviceUrl(service, replica) + "/actuator/health",
                                process)),
                        timeout);
    }

    /** {@link #stop(ServiceDefinition)}, then {@link #start(ServiceDefinition, Map, Duration)}. */
    public void restart(ServiceDefinition service, Map<String, String> environmentOverrides, Duration timeout) {
        restart(service, 0, environmentOverrides, timeout);
    }

    /** {@link #restart(ServiceDefinition, Map, Duration)} for one process of a replicated service. */
    public void restart(
            ServiceDefinition service, int replica, Map<String, String> environmentOverrides, Duration timeout) {
        requireReplica(service, replica);
        stop(service, replica);
        start(service, replica, environmentOverrides, timeout);
    }

    public boolean isRunning(ServiceDefinition service) {
        return isRunning(service, 0);
    }

    public boolean isRunning(ServiceDefinition service, int replica) {
        return process(service, replica).map(ServiceProcess::isAlive).orElse(false);
    }

    /** The service's current process id, if it runs. */
    public Optional<Long> pid(ServiceDefinition service) {
        return pid(service, 0);
    }

    /** The current process id of the service's {@code replica}-th process (from 0), if it runs. */
    public Optional<Long> pid(ServiceDefinition service, int replica) {
        return process(service, replica).filter(ServiceProcess::isAlive).map(ServiceProcess::pid);
    }

    private Optional<ServiceProcess> process(ServiceDefinition service, int replica) {
        return stack.child(service.processName(replica));
    }

    /** A replica the stack was not started with has no port of its own in the gateway's list. */
    private void requireReplica(ServiceDefinition service, int replica) {
        int count = service.replicated() ? stack.options().replicas() : 1;
        if (replica < 0 || replica >= count) {
            throw new IllegalArgumentException(
                    service.moduleName() + " runs " + count + " process(es); there is no " + "replica " + replica);
        }
    }

    private static void stop(ServiceProcess process) {
        process.requestStop();
        if (!process.awaitExit(STOP_GRACE)) {
            process.kill();
        }
        process.processTree().forEach(ProcessHandle::destroyForcibly);
    }
}
