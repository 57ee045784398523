package vn.gov.conference.documents.request.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;
import vn.gov.conference.contracts.UnitRef;
import vn.gov.conference.documents.request.MaterialRequest;
import vn.gov.conference.platform.time.VietnamTime;

/**
 * A material request as the API shows it. {@code deadline} is the first late instant; {@code deadlineStatus} is DUE,
 * OVERDUE, ON_TIME or LATE; {@code latest} is the newest version, if any.
 */
record MaterialRequestView(
        String id,
        String planId,
        @Nullable String assignmentId,
        String kind,
        String title,
        UnitRef owner,
        @Nullable UnitRef recipient,
        @Nullable OffsetDateTime deadline,
        String status,
        String deadlineStatus,
        @Nullable String previousRequestId,
        @Nullable String nextAssignmentId,
        @Nullable String documentId,
        int versions,
        @Nullable VersionView latest,
        @Nullable OffsetDateTime overdueRaisedAt,
        @Nullable String closedReason) {

    static MaterialRequestView of(MaterialRequest request, Instant now) {
        return new MaterialRequestView(
                request.id(),
                request.planId(),
                request.assignmentId(),
                request.kind().name(),
                request.title(),
                request.owner(),
                request.recipient(),
                time(request.deadline()),
                request.status().name(),
                request.deadlineStatus(now).name(),
                request.previousRequestId(),
                request.nextAssignmentId(),
                request.documentId(),
                request.submissions().size(),
                request.latest()
                        .map(latest -> VersionView.of(request.documentId(), latest))
                        .orElse(null),
                time(request.overdueRaisedAt()),
                request.closedReason());
    }

    private static OffsetDateTime time(Instant instant) {
        return instant == null ? null : VietnamTime.at(instant);
    }
}
