package vn.gov.conference.documents.request.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.gov.conference.contracts.UnitRef;
import vn.gov.conference.documents.request.MaterialRequest;

/** A document: the material of one request, with its versions, newest last. */
record DocumentView(
        String id,
        String requestId,
        String planId,
        String kind,
        String title,
        UnitRef owner,
        @Nullable UnitRef recipient,
        String status,
        @Nullable VersionView latest,
        List<VersionView> versions) {

    static DocumentView of(MaterialRequest request) {
        List<VersionView> versions = request.submissions().stream()
                .map(submission -> VersionView.of(request.documentId(), submission))
                .toList();
        return new DocumentView(
                request.documentId(),
                request.id(),
                request.planId(),
                request.kind().name(),
                request.title(),
                request.owner(),
                request.recipient(),
                request.status().name(),
                versions.isEmpty() ? null : versions.getLast(),
                versions);
    }
}
