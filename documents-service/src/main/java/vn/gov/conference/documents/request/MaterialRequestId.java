package vn.gov.conference.documents.request;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Derived from the plan, the assignment and the deliverable's position, so that a redelivered or amended plan finds
 * the requests it opened before instead of opening them twice.
 */
public record MaterialRequestId(String value) {

    static MaterialRequestId of(String planId, String assignmentId, int deliverableIndex) {
        String key = planId + '\n' + assignmentId + '\n' + deliverableIndex;
        return new MaterialRequestId(
                UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
