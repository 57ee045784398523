package vn.gov.conference.localstack;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * How to start a {@link LocalStack}. Start from {@link #forRepository(Path)} and change what differs:
 * <pre>{@code
 * LocalStack.start(StackOptions.forRepository(root).dataFolder(tempDir).ports(Ports.defaults().shiftedBy(10_000)))
 * }</pre>
 *
 * @param repositoryRoot  the checkout whose {@code <module>/target/<module>.jar} files are run
 * @param dataFolder      everything the stack keeps between runs: Kafka log, database file, secrets, logs
 * @param ports           where each part listens
 * @param withServices    false starts only Kafka, the database and the mail sink
 * @param clean           wipe the data folder before starting
 * @param demo            load the demo data through {@link #demoData()} once everything is healthy
 * @param startupTimeout  how long every part together may take to become healthy
 * @param progress        receives one line per start-up step, for a person watching
 * @param demoData        the loader used when {@code demo} is set
 * @param clockOffset     how far every service's clock is shifted from the real one ({@link Duration#ZERO}: not at
 *                        all), handed to them as {@code CONFERENCE_CLOCK_OFFSET}, so that a historical plan can be
 *                        walked through with its own dates and deadlines
 * @param replicas        how many processes of each service and of the web pages (1 to 3); the gateway balances
 *                        between them. One gateway: the public address stays one port
 */
public record StackOptions(
        Path repositoryRoot,
        Path dataFolder,
        Ports ports,
        boolean withServices,
        boolean clean,
        boolean demo,
        Duration startupTimeout,
        Consumer<String> progress,
        DemoData demoData,
        Duration clockOffset,
        int replicas) {

    public StackOptions {
        Objects.requireNonNull(repositoryRoot, "repositoryRoot");
        Objects.requireNonNull(dataFolder, "dataFolder");
        Objects.requireNonNull(ports, "ports");
        Objects.requireNonNull(startupTimeout, "startupTimeout");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(demoData, "demoData");
        Objects.requireNonNull(clockOffset, "clockOffset");
        if (replicas < 1 || replicas > 3) {
            throw new IllegalArgumentException("--replicas takes 1, 2 or 3, not " + replicas);
        }
        repositoryRoot = repositoryRoot.toAbsolutePath().normalize();
        dataFolder = dataFolder.toAbsolutePath().normalize();
    }

    /** The developer's defaults: data in {@code <root>/.data}, the documented ports, everything started. */
    public static StackOptions forRepository(Path repositoryRoot) {
        return new StackOptions(
                repositoryRoot,
                repositoryRoot.resolve(".data"),
                Ports.defaults(),
                true,
                false,
                false,
                Duration.ofMinutes(4),
                line -> {},
                DemoData.discover(repositoryRoot),
                Duration.ZERO,
                1);
    }

    public StackOptions dataFolder(Path folder) {
        return new StackOptions(
                repositoryRoot,
                folder,
                ports,
                withServices,
                clean,
                demo,
                startupTimeout,
                progress,
                demoData,
                clockOffset,
                replicas);
    }

    public StackOptions ports(Ports newPorts) {
        return new StackOptions(
                repositoryRoot,
                dataFolder,
                newPorts,
                withServices,
                clean,
                demo,
                startupTimeout,
                progress,
                demoData,
                clockOffset,
                replicas);
    }

    public StackOptions portOffset(int offset) {
        return ports(Ports.defaults().shiftedBy(offset));
    }

    public StackOptions infrastructureOnly() {
        return new StackOptions(
                repositoryRoot,
                dataFolder,
                ports,
                false,
                clean,
                demo,
                startupTimeout,
                progress,
                demoData,
                clockOffset,
                replicas);
    }

    public StackOptions clean(boolean wipeFirst) {
        return new StackOptions(
                repositoryRoot,
                dataFolder,
                ports,
                withServices,
                wipeFirst,
                demo,
                startupTimeout,
                progress,
                demoData,
                clockOffset,
                replicas);
    }

    public StackOptions demo(boolean loadDemoData) {
        return new StackOptions(
                repositoryRoot,
                dataFolder,
                ports,
                withServices,
                clean,
                loadDemoData,
                startupTimeout,
                progress,
                demoData,
                clockOffset,
                replicas);
    }

    public StackOptions startupTimeout(Duration timeout) {
        return new StackOptions(
                repositoryRoot,
                dataFolder,
                ports,
                withServices,
                clean,
                demo,
                timeout,
                progress,
                demoData,
                clockOffset,
                replicas);
    }

    public StackOptions progress(Consumer<String> listener) {
        return new StackOptions(
                repositoryRoot,
                dataFolder,
                ports,
                withServices,
                clean,
                demo,
                startupTimeout,
                listener,
                demoData,
                clockOffset,
                replicas);
    }

    public StackOptions demoData(DemoData loader) {
        return new StackOptions(
                repositoryRoot,
                dataFolder,
                ports,
                withServices,
                clean,
                demo,
                startupTimeout,
                progress,
                loader,
                clockOffset,
                replicas);
    }

    /** Shifts every service's clock by {@code offset} (negative: into the past). */
    public StackOptions clockOffset(Duration offset) {
        return new StackOptions(
                repositoryRoot,
                dataFolder,
                ports,
                withServices,
                clean,
                demo,
                startupTimeout,
                progress,
                demoData,
                offset.truncatedTo(ChronoUnit.SECONDS),
                replicas);
    }

    /**
     * Sets every service's clock so that it reads {@code now} at this moment, and runs on from there at the real
     * pace: the offset is fixed here, so a stack started a few seconds later begins a few seconds after {@code now}.
     */
    public StackOptions clockAt(OffsetDateTime now) {
        return clockOffset(Duration.between(Instant.now(), now.toInstant()));
    }

    /** Runs {@code count} processes of each service (and of the web pages) behind the one gateway. */
    public StackOptions replicas(int count) {
        return new StackOptions(
                repositoryRoot,
                dataFolder,
                ports,
                withServices,
                clean,
                demo,
                startupTimeout,
                progress,
                demoData,
                clockOffset,
                count);
    }

    public boolean clockShifted() {
        return !clockOffset.isZero();
    }
}
