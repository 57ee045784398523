package vn.gov.conference.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.gov.conference.bench.events.EventLatency;
import vn.gov.conference.bench.fanout.FanOut;
import vn.gov.conference.bench.gateway.GatewayOverhead;
import vn.gov.conference.bench.pages.InvitationPage;
import vn.gov.conference.bench.report.Machine;
import vn.gov.conference.bench.report.PerformanceDoc;
import vn.gov.conference.bench.report.Section;
import vn.gov.conference.bench.stack.BenchStack;
import vn.gov.conference.bench.startup.StartupTime;
import vn.gov.conference.bench.upload.UploadThroughput;

/**
 * {@code ./bench.sh [all|gateway|pages|events|upload|fanout|startup]}: starts the real stack, measures, prints a table
 * per benchmark (absolute figures and the ratio to a baseline measured in the same run) and writes them into
 * docs/performance.md. The fault runs are tests ({@code bench/src/test/java/.../faults}), which {@code ./bench.sh
 * faults} runs through Maven's failsafe.
 */
public final class Bench {

    static final String USAGE = "Usage: ./bench.sh [all|gateway|pages|events|upload|fanout|startup]";

    private static final Map<String, Function<BenchStack, Section>> ON_THE_STACK = new LinkedHashMap<>();

    static {
        ON_THE_STACK.put("gateway", GatewayOverhead::run);
        ON_THE_STACK.put("pages", InvitationPage::run);
        ON_THE_STACK.put("events", EventLatency::run);
        ON_THE_STACK.put("upload", UploadThroughput::run);
        ON_THE_STACK.put("fanout", FanOut::run);
    }

    private Bench() {}

    public static void main(String[] args) {
        if (System.getProperty("log4j2.configurationFile") == null) {
            System.setProperty("log4j2.configurationFile", "local-stack-log4j2.xml");
        }
        String mode = args.length == 0 ? "all" : args[0];
        if (args.length > 1 || !(mode.equals("all") || mode.equals("startup") || ON_THE_STACK.containsKey(mode))) {
            System.err.println(USAGE);
            System.exit(2);
        }
        Path root = Path.of(System.getProperty("bench.repository", ""))
                .toAbsolutePath()
                .normalize();
        if (!Files.isDirectory(root.resolve("demo-data"))) {
            System.err.println("Run from the repository root (or set -Dbench.repository): " + root);
            System.exit(2);
        }
        Path doc = root.resolve("docs/performance.md");
        System.out.println("Benchmark mode '" + mode + "'. " + Machine.describe());

        List<Section> sections = new ArrayList<>();
        if (mode.equals("all") || mode.equals("startup")) {
            sections.add(guarded("startup", () -> StartupTime.run(root)));
            write(doc, sections.getLast());
        }
        List<String> modes = mode.equals("all")
                ? List.copyOf(ON_THE_STACK.keySet())
                : ON_THE_STACK.containsKey(mode) ? List.of(mode) : List.of();
        if (!modes.isEmpty()) {
            System.out.println("\nStarting the stack (ports +" + BenchStack.PORT_OFFSET + ", data in "
                    + root.relativize(BenchStack.options(root).dataFolder()) + ")");
            try (BenchStack stack = BenchStack.start(root)) {
                System.out.printf(
                        "Stack healthy after %.1f s%n",
                        stack.stack().startupTime().toMillis() / 1000.0);
                for (String name : modes) {
                    sections.add(guarded(name, () -> ON_THE_STACK.get(name).apply(stack)));
                    write(doc, sections.getLast());
                }
            } catch (RuntimeException e) {
                System.err.println("The stack did not start or stop cleanly: " + e.getMessage());
                sections.add(new Section("stack", "", false));
            }
        }
        System.out.println();
        boolean broken = false;
        for (Section section : sections) {
            System.out.printf("%-8s %s%n", section.key(), section.passed() ? "ok" : "FAILED or target not met");
            broken |= !section.passed()
                    && (section.key().endsWith("-error") || section.key().equals("stack"));
        }
        System.out.println("Figures written to " + root.relativize(doc));
        System.exit(broken ? 1 : 0);
    }

    private static Section guarded(String name, java.util.function.Supplier<Section> benchmark) {
        try {
            return benchmark.get();
        } catch (RuntimeException e) {
            System.err.println(name + " could not run: " + e);
            e.printStackTrace();
            return new Section(name + "-error", "", false);
        }
    }

    private static void write(Path doc, Section section) {
        if (section.markdown().isEmpty()) {
            return;
        }
        try {
            PerformanceDoc.update(doc, section);
        } catch (java.io.IOException e) {
            System.err.println("Could not write " + doc + ": " + e.getMessage());
        }
    }
}
