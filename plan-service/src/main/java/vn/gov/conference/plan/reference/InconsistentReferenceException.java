package vn.gov.conference.plan.reference;

import java.util.List;
import java.util.stream.Collectors;

/** Reference data that breaks its rules: refused whole, whether it comes from the seed files or from a write. */
public class InconsistentReferenceException extends RuntimeException {

    private final transient List<ReferenceProblem> problems;

    InconsistentReferenceException(List<ReferenceProblem> problems) {
        super("Reference data is inconsistent: "
                + problems.stream().map(ReferenceProblem::message).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<ReferenceProblem> problems() {
        return problems;
    }
}
