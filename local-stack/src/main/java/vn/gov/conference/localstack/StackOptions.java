package vn.gov.conference.localstack;

import java.nio.file.Path;
import java.time.Duration;
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
 */
public record StackOptions(Path repositoryRoot, Path dataFolder, Ports ports, boolean withServices, boolean clean,
                           boolean demo, Duration startupTimeout, Consumer<String> progress, DemoData demoData) {

    public StackOptions {
        Objects.requireNonNull(repositoryRoot, "repositoryRoot");
        Objects.requireNonNull(dataFolder, "dataFolder");
        Objects.requireNonNull(ports, "ports");
        Objects.requireNonNull(startupTimeout, "startupTimeout");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(demoData, "demoData");
        repositoryRoot = repositoryRoot.toAbsolutePath().normalize();
        dataFolder = dataFolder.toAbsolutePath().normalize();
    }

    /** The developer's defaults: data in {@code <root>/.data}, the documented ports, everything started. */
    public static StackOptions forRepository(Path repositoryRoot) {
        return new StackOptions(repositoryRoot, repositoryRoot.resolve(".data"), Ports.defaults(), true, false,
                false, Duration.ofMinutes(4), line -> { }, DemoData.discover());
    }

    public StackOptions dataFolder(Path folder) {
        return new StackOptions(repositoryRoot, folder, ports, withServices, clean, demo, startupTimeout, progress,
                demoData);
    }

    public StackOptions ports(Ports newPorts) {
        return new StackOptions(repositoryRoot, dataFolder, newPorts, withServices, clean, demo, startupTimeout,
                progress, demoData);
    }

    public StackOptions portOffset(int offset) {
        return ports(Ports.defaults().shiftedBy(offset));
    }

    public StackOptions infrastructureOnly() {
        return new StackOptions(repositoryRoot, dataFolder, ports, false, clean, demo, startupTimeout, progress,
                demoData);
    }

    public StackOptions clean(boolean wipeFirst) {
        return new StackOptions(repositoryRoot, dataFolder, ports, withServices, wipeFirst, demo, startupTimeout,
                progress, demoData);
    }

    public StackOptions demo(boolean loadDemoData) {
        return new StackOptions(repositoryRoot, dataFolder, ports, withServices, clean, loadDemoData, startupTimeout,
                progress, demoData);
    }

    public StackOptions startupTimeout(Duration timeout) {
        return new StackOptions(repositoryRoot, dataFolder, ports, withServices, clean, demo, timeout, progress,
                demoData);
    }

    public StackOptions progress(Consumer<String> listener) {
        return new StackOptions(repositoryRoot, dataFolder, ports, withServices, clean, demo, startupTimeout,
                listener, demoData);
    }

    public StackOptions demoData(DemoData loader) {
        return new StackOptions(repositoryRoot, dataFolder, ports, withServices, clean, demo, startupTimeout,
                progress, loader);
    }
}
