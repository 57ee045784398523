package vn.gov.conference.bench.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * docs/performance.md: hand-written text around generated blocks. A run replaces only the blocks of the modes it ran,
 * so {@code ./bench.sh upload} refreshes the upload figures and leaves the others as they were measured.
 */
public final class PerformanceDoc {

    private PerformanceDoc() {}

    /** The document with the block of {@code section} replaced, or appended at the end when it has none yet. */
    public static String replace(String document, Section section) {
        String start = "<!-- bench:" + section.key() + " -->";
        String end = "<!-- /bench:" + section.key() + " -->";
        String block = start + "\n" + section.markdown().strip() + "\n" + end;
        int from = document.indexOf(start);
        int to = document.indexOf(end);
        if (from < 0 || to < from) {
            return document.stripTrailing() + "\n\n" + block + "\n";
        }
        return document.substring(0, from) + block + document.substring(to + end.length());
    }

    public static void update(Path file, Section section) throws IOException {
        String document = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        Files.writeString(file, replace(document, section), StandardCharsets.UTF_8);
    }
}
