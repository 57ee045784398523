package vn.gov.conference.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * A child JVM of the launcher (the Kafka broker or one of the applications). Its output goes to its own log
 * file, and its command line carries a marker naming the data folder, so that a child left behind by a
 * launcher that was killed outright can be recognised and stopped by the next start on that folder.
 */
final class ServiceProcess {

    private static final String MARKER = "-Dconference.local-stack.data=";

    private final String name;
    private final Process process;
    private final Path log;
    /** Set when the launcher itself ends the child, so that its exit is not reported as unexpected. */
    private volatile boolean stopRequested;

    private ServiceProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    static ServiceProcess start(String name, DataFolder data, List<String> jvmArguments, Map<String, String> env) {
        return start(name, data, jvmArguments, env, false);
    }

    /**
     * {@code appendToLog}: a child started again while the stack runs (a restart) adds to its log, so what it
     * wrote before it was stopped or killed stays readable.
     */
    static ServiceProcess start(
            String name, DataFolder data, List<String> jvmArguments, Map<String, String> env, boolean appendToLog) {
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        command.add(MARKER + data.root());
        command.addAll(jvmArguments);
        Path log = data.log(name);
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(data.root().toFile())
                .redirectErrorStream(true)
                .redirectOutput(
                        appendToLog
                                ? ProcessBuilder.Redirect.appendTo(log.toFile())
                                : ProcessBuilder.Redirect.to(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
        builder.environment().putAll(env);
        try {
            return new ServiceProcess(name, builder.start(), log);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + name + ": " + command, e);
        }
    }

    /** Runs a child to completion (a one-off tool such as Kafka's storage formatter) and returns its exit code. */
    static int run(String name, DataFolder data, List<String> jvmArguments, Duration timeout) {
        return run(name, data, jvmArguments, Map.of(), timeout);
    }

    static int run(String name, DataFolder data, List<String> jvmArguments, Map<String, String> env, Duration timeout) {
        ServiceProcess tool = start(name, data, jvmArguments, env);
        if (!tool.awaitExit(timeout)) {
            tool.kill();
            throw new StartupFailure(name + " did not finish within " + timeout.toSeconds() + " s.\n" + tool.logTail());
        }
        return tool.process.exitValue();
    }

    /**
     * Stops children a previous launcher on the same data folder left running (it was killed before it could
     * stop them). Only processes whose command line names this very data folder are touched.
     */
    static int stopLeftovers(DataFolder data, Duration grace) {
        // The JDK gives only the first 4 KB of a command line, and no argument list at all when it is longer
        // (a class path easily is): the marker comes right after the executable so it is always in view.
        String marker = " " + MARKER + data.root() + " ";
        List<ProcessHandle> leftovers;
        try (Stream<ProcessHandle> all = ProcessHandle.allProcesses()) {
            leftovers = all.filter(p -> p.pid() != ProcessHandle.current().pid())
                    .filter(p -> p.info()
                            .commandLine()
                            .map(line -> line.contains(marker))
                            .orElse(false))
                    .toList();
        }
        leftovers.forEach(ProcessHandle::destroy);
        for (ProcessHandle leftover : leftovers) {
            try {
                leftover.onExit().get(grace.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException | ExecutionException e) {
                leftover.destroyForcibly();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                leftover.destroyForcibly();
            }
        }
        return leftovers.size();
    }

    String name() {
        return name;
    }

    Path log() {
        return log;
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    OptionalInt exitCode() {
        return process.isAlive() ? OptionalInt.empty() : OptionalInt.of(process.exitValue());
    }

    CompletableFuture<Process> onExit() {
        return process.onExit();
    }

    /** The child and everything it started, for memory accounting and for stopping. */
    List<ProcessHandle> processTree() {
        List<ProcessHandle> tree = new ArrayList<>();
        tree.add(process.toHandle());
        try (Stream<ProcessHandle> descendants = process.descendants()) {
            descendants.forEach(tree::add);
        }
        return tree;
    }

    /** Whether the launcher stopped or killed this child on purpose. */
    boolean stopRequested() {
        return stopRequested;
    }

    /** Asks the child and its descendants to stop (SIGTERM: Spring Boot and Kafka shut down gracefully). */
    void requestStop() {
        stopRequested = true;
        try (Stream<ProcessHandle> descendants = process.descendants()) {
            descendants.forEach(ProcessHandle::destroy);
        }
        process.destroy();
    }

    boolean awaitExit(Duration timeout) {
        try {
            return process.waitFor(Math.max(0, timeout.toMillis()), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Ends the child and its descendants at once, for when asking was not enough. */
    void kill() {
        stopRequested = true;
        List<ProcessHandle> tree = processTree();
        tree.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle handle : tree) {
            handle.onExit().join();
        }
    }

    String logTail() {
        return LogTail.of(log, 30);
    }

    /** The JVM the launcher itself runs on: find_jdk chose it, so the children need no search of their own. */
    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }
}
