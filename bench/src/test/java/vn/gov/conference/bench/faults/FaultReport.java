package vn.gov.conference.bench.faults;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import vn.gov.conference.bench.report.Machine;
import vn.gov.conference.bench.report.PerformanceDoc;
import vn.gov.conference.bench.report.Section;

/**
 * The verdicts of one test run, in the order the checks ran. Each check prints its verdict with the evidence as it
 * ends (PASS or FAIL, what was counted, how long it took); at the end of the run the list is printed again and, when
 * {@code ./bench.sh faults} asked for it ({@code -Dfaults.report=true}), written into the faults block of
 * docs/performance.md. The normal build runs the light checks without touching the document.
 */
final class FaultReport {

    private static final List<Verdict> verdicts = new ArrayList<>();

    private FaultReport() {}

    /** Runs one check, timed; a check that throws is a FAIL that says why. */
    static Verdict run(String name, Supplier<Verdict> check) {
        System.out.println("\n-- " + name);
        long started = System.nanoTime();
        Verdict verdict;
        try {
            verdict = check.get();
        } catch (RuntimeException e) {
            e.printStackTrace();
            verdict = new Verdict(name, false, List.of("could not run: " + e));
        }
        verdict = verdict.took((System.nanoTime() - started) / 1e9);
        System.out.print(verdict.toText());
        List<Verdict> all;
        synchronized (verdicts) {
            verdicts.add(verdict);
            all = List.copyOf(verdicts);
        }
        // After each check, so that a run stopped half-way still leaves the verdicts it reached.
        write(FaultStack.repositoryRoot(), all);
        return verdict;
    }

    /** Prints the verdicts of the run. */
    static void finish() {
        List<Verdict> all;
        synchronized (verdicts) {
            all = List.copyOf(verdicts);
        }
        if (!all.isEmpty()) {
            System.out.println("\nFault checks of this run:");
            all.forEach(v -> System.out.println("  " + v.headline()));
        }
    }

    /** Writes the verdicts into docs/performance.md when {@code ./bench.sh faults} asked for it. */
    private static void write(Path repositoryRoot, List<Verdict> all) {
        if (!Boolean.getBoolean("faults.report")) {
            return;
        }
        Path doc = repositoryRoot.resolve("docs/performance.md");
        try {
            PerformanceDoc.update(doc, section(all));
        } catch (IOException e) {
            System.err.println("Could not write " + doc + ": " + e.getMessage());
        }
    }

    static Section section(List<Verdict> all) {
        StringBuilder markdown = new StringBuilder("### Faults (`./bench.sh faults`)\n\n")
                .append(Machine.describe())
                .append("\n\n");
        all.forEach(v -> markdown.append(v.toMarkdown()).append('\n'));
        return new Section("faults", markdown.toString(), all.stream().allMatch(Verdict::passed));
    }
}
