package vn.gov.conference.localstack;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarFile;

/**
 * The class path the Kafka child runs on: the launcher's own, which holds the Kafka jars and Log4j.
 * Jars that only name other jars in their manifest (the launcher jar, Surefire's booter jar) are expanded,
 * and other SLF4J bindings an embedding test may bring (Logback) are left out, so the broker always logs
 * through Log4j with the configuration written next to it.
 */
final class ChildClassPath {

    private ChildClassPath() {}

    static String ofLauncher() {
        Set<String> entries = new LinkedHashSet<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                expand(Path.of(entry).toAbsolutePath(), entries);
            }
        }
        entries.removeIf(ChildClassPath::isOtherLoggingBackend);
        return String.join(File.pathSeparator, entries);
    }

    private static void expand(Path entry, Set<String> entries) {
        if (!entries.add(entry.toString()) || !entry.toString().endsWith(".jar") || !Files.isRegularFile(entry)) {
            return;
        }
        for (Path referenced : manifestClassPath(entry)) {
            expand(referenced, entries);
        }
    }

    private static List<Path> manifestClassPath(Path jar) {
        List<Path> referenced = new ArrayList<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            var manifest = file.getManifest();
            String classPath =
                    manifest == null ? null : manifest.getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
            if (classPath == null) {
                return referenced;
            }
            URI base = jar.toUri();
            for (String item : classPath.trim().split("\\s+")) {
                URI resolved = base.resolve(item);
                if ("file".equals(resolved.getScheme())) {
                    referenced.add(Path.of(resolved));
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // Not a jar we can read: it stays on the class path as it is.
        }
        return referenced;
    }

    private static boolean isOtherLoggingBackend(String entry) {
        String name = Path.of(entry).getFileName().toString();
        return name.startsWith("logback-")
                || name.startsWith("slf4j-simple")
                || name.startsWith("slf4j-nop")
                || name.startsWith("log4j-to-slf4j");
    }
}
