package vn.gov.conference.documents.request;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.gov.conference.contracts.plan.Assignment;
import vn.gov.conference.contracts.plan.Deliverable;
import vn.gov.conference.contracts.plan.PlanSnapshot;

/**
 * One material request a plan calls for: a deliverable of an assignment. An assignment that another assignment
 * names as its next step is a later step of a chain, and waits.
 */
record PlannedRequest(String assignmentId, int deliverableIndex, Terms terms, boolean waitsForPreviousStep) {

    MaterialRequestId id(String planId) {
        return MaterialRequestId.of(planId, assignmentId, deliverableIndex);
    }

    /** Every deliverable of every assignment; assignments with nothing to deliver (organising a hall) ask for none. */
    static List<PlannedRequest> of(PlanSnapshot plan) {
        List<Assignment> assignments = plan.assignments() == null ? List.of() : plan.assignments();
        Set<String> laterSteps = new HashSet<>();
        assignments.stream()
                .map(Assignment::nextAssignmentId)
                .filter(next -> next != null)
                .forEach(laterSteps::add);
        List<PlannedRequest> planned = new ArrayList<>();
        for (Assignment assignment : assignments) {
            if (assignment.owner() == null || assignment.deliverables() == null) {
                continue;
            }
            for (int index = 0; index < assignment.deliverables().size(); index++) {
                Deliverable deliverable = assignment.deliverables().get(index);
                Terms terms = new Terms(
                        MaterialKind.from(deliverable.kind()),
                        deliverable.title(),
                        assignment.owner(),
                        assignment.recipient(),
                        assignment.deadline() == null
                                ? null
                                : assignment.deadline().toInstant(),
                        assignment.nextAssignmentId());
                planned.add(new PlannedRequest(assignment.id(), index, terms, laterSteps.contains(assignment.id())));
            }
        }
        return planned;
    }
}
