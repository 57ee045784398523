package vn.gov.conference.bench.faults;

import java.util.List;

/** One fault's outcome: PASS or FAIL and the evidence a reader can check (counts, hashes, answers). */
record Verdict(String fault, boolean passed, List<String> evidence) {

    String headline() {
        return (passed ? "PASS" : "FAIL") + "  " + fault;
    }

    String toText() {
        StringBuilder text = new StringBuilder(headline()).append('\n');
        evidence.forEach(line -> text.append("      ").append(line).append('\n'));
        return text.toString();
    }

    String toMarkdown() {
        StringBuilder text = new StringBuilder("**").append(passed ? "PASS" : "FAIL").append("** — ").append(fault)
                .append("\n\n");
        evidence.forEach(line -> text.append("- ").append(line).append('\n'));
        return text.toString();
    }
}
