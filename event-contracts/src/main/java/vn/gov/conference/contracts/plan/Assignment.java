package vn.gov.conference.contracts.plan;

import java.time.OffsetDateTime;
import java.util.List;
import vn.gov.conference.contracts.UnitRef;

/**
 * A task of the plan: {@code owner} delivers {@code deliverables} to {@code recipient} before
 * {@code deadline} (the first late instant: "trước ngày 25/7/2024" is 2024-07-25T00:00+07:00).
 * {@code nextAssignmentId} chains it: the next step opens when this one is accepted.
 */
public record Assignment(
        String id,
        UnitRef owner,
        List<Deliverable> deliverables,
        OffsetDateTime deadline,
        UnitRef recipient,
        String nextAssignmentId) {}
