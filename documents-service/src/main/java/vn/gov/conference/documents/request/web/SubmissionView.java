package vn.gov.conference.documents.request.web;

import java.time.OffsetDateTime;
import vn.gov.conference.documents.request.MaterialRequestService.Submitted;
import vn.gov.conference.platform.time.VietnamTime;

/** The answer to an upload: where the version is and what the service found it to be. */
record SubmissionView(
        String requestId,
        String documentId,
        int version,
        String fileName,
        long size,
        String sha256,
        String contentType,
        boolean late,
        OffsetDateTime submittedAt,
        String status) {

    static SubmissionView of(Submitted submitted) {
        var submission = submitted.submission();
        return new SubmissionView(
                submitted.request().id(),
                submitted.request().documentId(),
                submission.version(),
                submission.fileName(),
                submission.size(),
                submission.sha256(),
                submission.contentType(),
                submission.late(),
                VietnamTime.at(submission.submittedAt()),
                submitted.request().status().name());
    }
}
