package vn.gov.conference.localstack;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The end of a child's log, for the message shown when the child fails: first what the log says went wrong
 * (ERROR lines, the "Caused by:" chain, Spring Boot's failure description), then its last lines. The services
 * may log ECS JSON (one object per line); those lines are rendered as "LEVEL logger: message" plus their
 * stack trace, because a wall of JSON is not what a person wants to read in a terminal.
 */
final class LogTail {

    private static final int MAX_BYTES = 256 * 1024;
    private static final int STACK_LINES = 12;
    private static final int MAX_LINE = 300;
    private static final int ERROR_HEADLINES = 2;
    private static final int CAUSES = 4;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private LogTail() {}

    static String of(Path log, int lines) {
        List<String> window = window(log);
        if (window.isEmpty()) {
            return "  (" + log + " is empty)\n";
        }
        List<String> tail = new ArrayList<>();
        for (String line : window.subList(Math.max(0, window.size() - lines), window.size())) {
            tail.addAll(render(line, STACK_LINES));
        }
        List<String> errors = errors(window);
        StringBuilder out = new StringBuilder();
        if (!tail.containsAll(errors)) {
            out.append("  --- what went wrong, from ").append(log).append(" ---\n");
            errors.forEach(line -> append(out, line));
        }
        out.append("  --- last lines of ").append(log).append(" ---\n");
        tail.forEach(line -> append(out, line));
        return out.toString();
    }

    private static void append(StringBuilder out, String line) {
        out.append("  | ")
                .append(line.length() <= MAX_LINE ? line : line.substring(0, MAX_LINE) + "...")
                .append('\n');
    }

    /** The first ERROR lines, the innermost causes, and Spring Boot's "Description:" of a failed start. */
    private static List<String> errors(List<String> window) {
        List<String> all = new ArrayList<>();
        window.forEach(line -> all.addAll(render(line, Integer.MAX_VALUE)));
        List<String> headlines = new ArrayList<>();
        List<String> causes = new ArrayList<>();
        List<String> description = new ArrayList<>();
        boolean inDescription = false;
        for (String line : all) {
            if (line.strip().equals("Description:")) {
                inDescription = true;
            } else if (line.strip().equals("Action:")) {
                inDescription = false;
            } else if (inDescription && !line.isBlank()) {
                description.add(line.strip());
            } else if (line.startsWith("Caused by:")) {
                causes.add(line);
            } else if (isErrorLine(line) && headlines.size() < ERROR_HEADLINES) {
                headlines.add(line);
            }
        }
        List<String> errors = new ArrayList<>(headlines);
        errors.addAll(causes.subList(Math.max(0, causes.size() - CAUSES), causes.size()));
        errors.addAll(description.subList(0, Math.min(5, description.size())));
        return errors;
    }

    private static boolean isErrorLine(String line) {
        int at = line.indexOf("ERROR");
        return at >= 0
                && at < 60
                && (at == 0 || Character.isWhitespace(line.charAt(at - 1)))
                && (at + 5 == line.length() || Character.isWhitespace(line.charAt(at + 5)));
    }

    /** The last lines of the file that fit in {@link #MAX_BYTES}, without blank ones. */
    static List<String> window(Path log) {
        if (!Files.isRegularFile(log)) {
            return List.of();
        }
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            long start = Math.max(0, file.length() - MAX_BYTES);
            byte[] bytes = new byte[(int) (file.length() - start)];
            file.seek(start);
            file.readFully(bytes);
            List<String> all = new ArrayList<>(Arrays.asList(new String(bytes, StandardCharsets.UTF_8).split("\r?\n")));
            if (start > 0 && !all.isEmpty()) {
                all.removeFirst();
            }
            all.removeIf(String::isBlank);
            return all;
        } catch (IOException e) {
            return List.of("(cannot read " + log + ": " + e.getMessage() + ")");
        }
    }

    private static List<String> render(String line, int stackLines) {
        if (!line.startsWith("{")) {
            return List.of(line);
        }
        try {
            JsonNode event = JSON.readTree(line);
            String message = field(event, "message");
            if (message == null) {
                return List.of(line);
            }
            List<String> rendered = new ArrayList<>();
            String level = field(event, "log.level");
            String logger = field(event, "log.logger");
            rendered.add(
                    (level == null ? "" : level + " ") + (logger == null ? "" : shortName(logger) + ": ") + message);
            String stack = field(event, "error.stack_trace");
            if (stack != null) {
                List<String> stackTrace = stack.lines().toList();
                rendered.addAll(stackTrace.subList(0, Math.min(stackLines, stackTrace.size())));
                if (stackTrace.size() > stackLines) {
                    rendered.add("\t... (" + (stackTrace.size() - stackLines) + " more lines in the log)");
                }
            }
            return rendered;
        } catch (JacksonException notJson) {
            return List.of(line);
        }
    }

    /** ECS names such as {@code log.level} appear either dotted or nested, depending on the formatter. */
    private static String field(JsonNode event, String dottedName) {
        JsonNode flat = event.get(dottedName);
        if (flat != null && !flat.isNull()) {
            return flat.asString();
        }
        JsonNode nested = event.at("/" + dottedName.replace('.', '/'));
        return nested.isMissingNode() || nested.isNull() ? null : nested.asString();
    }

    private static String shortName(String logger) {
        int dot = logger.lastIndexOf('.');
        return dot < 0 ? logger : logger.substring(dot + 1);
    }
}
