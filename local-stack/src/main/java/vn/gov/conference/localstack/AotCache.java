package vn.gov.conference.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * An opt-in faster start for the Spring Boot applications: each runs from its extracted jar with a class cache
 * recorded by a training run that stops right after the application context is refreshed
 * ({@code -Dspring.context.exit=onRefresh}). On JDK 25 and later the cache is an AOT cache (classes loaded and
 * linked ahead of time, {@code -XX:AOTCache}); on JDK 21 to 24 a dynamic CDS archive ({@code -XX:SharedArchiveFile}).
 * Neither can hold classes that Spring Boot's executable jar loads from its nested jars with its own class loader,
 * hence the extraction ({@code java -Djarmode=tools -jar app.jar extract}).
 *
 * <p>Enabled with the system property {@value #PROPERTY}{@code =true} on the launcher's JVM. The cache lives next to
 * the jar, in {@code <module>/target/aot/}, and is recorded again when the jar or the JDK changed. A cache the JVM
 * cannot use is ignored by the JVM with a warning, and a failed training run leaves the plain {@code -jar} start, so
 * the option can make a start slower once (the training) but never break it.
 */
final class AotCache {

    static final String PROPERTY = "conference.local-stack.aot-cache";
    private static final Duration EXTRACT_TIMEOUT = Duration.ofMinutes(2);

    private final Path repositoryRoot;
    private final ServiceDefinition service;

    AotCache(Path repositoryRoot, ServiceDefinition service) {
        this.repositoryRoot = repositoryRoot;
        this.service = service;
    }

    static boolean enabled() {
        return Boolean.getBoolean(PROPERTY);
    }

    /** Whether the cache was recorded from the current jar by the JDK running now. */
    boolean isCurrent() {
        try {
            return Files.isRegularFile(cache())
                    && Files.isRegularFile(extractedJar())
                    && Files.isRegularFile(stamp())
                    && Files.readString(stamp(), StandardCharsets.UTF_8).equals(expectedStamp());
        } catch (IOException e) {
            return false;
        }
    }

    /** What replaces {@code -jar <module>.jar} on the command line: the cache when there is one, else the plain jar. */
    List<String> launchArguments() {
        if (!isCurrent()) {
            return List.of("-jar", service.jar(repositoryRoot).toString());
        }
        String use = modernJdk() ? "-XX:AOTCache=" : "-XX:SharedArchiveFile=";
        return List.of(use + cache(), "-jar", extractedJar().toString());
    }

    /**
     * Extracts the jar and starts the training run with the service's real environment (the infrastructure must
     * be up: the context connects to MongoDB while it refreshes). The caller waits for it and then calls
     * {@link #finishTraining(ServiceProcess)}.
     */
    ServiceProcess startTraining(DataFolder data, List<String> jvmOptions, Map<String, String> env) {
        try {
            deleteRecursively(folder());
            Files.createDirectories(folder());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare " + folder(), e);
        }
        int extracted = ServiceProcess.run(
                "aot-extract-" + service.moduleName(),
                data,
                List.of(
                        "-Djarmode=tools",
                        "-jar",
                        service.jar(repositoryRoot).toString(),
                        "extract",
                        "--destination",
                        folder().resolve("app").toString()),
                EXTRACT_TIMEOUT);
        if (extracted != 0) {
            throw new StartupFailure("Extracting " + service.jar(repositoryRoot) + " failed (exit code " + extracted
                    + "); see " + data.log("aot-extract-" + service.moduleName()));
        }
        List<String> command = new ArrayList<>(jvmOptions);
        command.add(modernJdk() ? "-XX:AOTCacheOutput=" + cache() : "-XX:ArchiveClassesAtExit=" + cache());
        command.add("-Dspring.context.exit=onRefresh");
        command.add("-jar");
        command.add(extractedJar().toString());
        return ServiceProcess.start("aot-training-" + service.moduleName(), data, command, env);
    }

    /** Records the stamp when the training run left a cache; otherwise the service keeps starting from its jar. */
    boolean finishTraining(ServiceProcess training) {
        boolean recorded = training.exitCode().orElse(-1) == 0 && Files.isRegularFile(cache());
        try {
            if (recorded) {
                Files.writeString(stamp(), expectedStamp(), StandardCharsets.UTF_8);
            } else {
                Files.deleteIfExists(stamp());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + stamp(), e);
        }
        return recorded;
    }

    ServiceDefinition service() {
        return service;
    }

    private String expectedStamp() throws IOException {
        Path jar = service.jar(repositoryRoot);
        return Files.size(jar) + " " + Files.getLastModifiedTime(jar).toMillis() + " " + Runtime.version() + " "
                + System.getProperty("java.home");
    }

    private static boolean modernJdk() {
        return Runtime.version().feature() >= 25;
    }

    Path folder() {
        return repositoryRoot.resolve(service.moduleName()).resolve("target").resolve("aot");
    }

    Path extractedJar() {
        return folder().resolve("app").resolve(service.moduleName() + ".jar");
    }

    Path cache() {
        return folder().resolve(service.moduleName() + (modernJdk() ? ".aot" : ".jsa"));
    }

    private Path stamp() {
        return folder().resolve("stamp");
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> entries = Files.walk(folder)) {
            for (Path path : entries.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
