package vn.gov.conference.bench.faults;

import java.util.ArrayList;
import java.util.List;

/** One fault's outcome: PASS or FAIL and the evidence a reader can check (counts, hashes, answers, run time). */
record Verdict(String fault, boolean passed, List<String> evidence) {

    Verdict {
        evidence = List.copyOf(evidence);
    }

    /** The same verdict with how long the check ran as its last line of evidence. */
    Verdict took(double seconds) {
        List<String> more = new ArrayList<>(evidence);
        more.add(String.format("the check ran %.0f s", seconds));
        return new Verdict(fault, passed, more);
    }

    String headline() {
        return (passed ? "PASS" : "FAIL") + "  " + fault;
    }

    String toText() {
        StringBuilder text = new StringBuilder(headline()).append('\n');
        evidence.forEach(line -> text.append("      ").append(line).append('\n'));
        return text.toString();
    }

    String toMarkdown() {
        StringBuilder text = new StringBuilder("**")
                .append(passed ? "PASS" : "FAIL")
                .append("** — ")
                .append(fault)
                .append("\n\n");
        evidence.forEach(line -> text.append("- ").append(line).append('\n'));
        return text.toString();
    }
}
