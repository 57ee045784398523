package vn.gov.conference.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an application reads from its environment, taken from its own {@code application.yml} (and the platform's
 * defaults when it imports them): each {@code ${NAME:default}} placeholder, with its default.
 */
record ApplicationConfig(String name, String text, Map<String, String> placeholders) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::([^}]*))?}");

    static ApplicationConfig of(Path repository, String application) throws IOException {
        String text = Files.readString(repository.resolve(application).resolve("src/main/resources/application.yml"));
        if (text.contains("conference-platform-defaults.yml")) {
            text = text + "\n"
                    + Files.readString(
                            repository.resolve("platform/src/main/resources/conference-platform-defaults.yml"));
        }
        Map<String, String> placeholders = new LinkedHashMap<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            placeholders.putIfAbsent(matcher.group(1), matcher.group(2) == null ? "" : matcher.group(2));
        }
        return new ApplicationConfig(application, text, placeholders);
    }

    boolean reads(String variable) {
        return placeholders.containsKey(variable);
    }

    /** The port it listens on when PORT is not set: the default of {@code server.port: ${PORT:…}}. */
    int defaultPort() {
        Matcher matcher = Pattern.compile("(?m)^server:\\s*\\n\\s+port:\\s*\\$\\{PORT:(\\d+)}")
                .matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException(name + " has no server.port: ${PORT:<default>} in its application.yml");
        }
        return Integer.parseInt(matcher.group(1));
    }

    /** Whether Kubernetes' probe groups (/actuator/health/liveness and /readiness) are switched on. */
    boolean exposesProbeGroups() {
        return Pattern.compile("(?s)health:\\s*\\n\\s+probes:\\s*\\n\\s+enabled:\\s*true")
                        .matcher(text)
                        .find()
                && Pattern.compile("include:[^\\n]*\\bhealth\\b").matcher(text).find();
    }
}
