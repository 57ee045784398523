package vn.gov.conference.documents.request.web;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;
import vn.gov.conference.documents.request.Review;
import vn.gov.conference.documents.request.Submission;
import vn.gov.conference.platform.time.VietnamTime;

/** One version of a document as the API shows it; {@code review} is null while it awaits (or never got) review. */
record VersionView(
        int version,
        String fileName,
        @Nullable String contentType,
        long size,
        String sha256,
        OffsetDateTime submittedAt,
        String submittedBy,
        boolean late,
        @Nullable ReviewView review,
        String contentPath) {

    static VersionView of(String documentId, Submission submission) {
        return new VersionView(
                submission.version(),
                submission.fileName(),
                submission.contentType(),
                submission.size(),
                submission.sha256(),
                VietnamTime.at(submission.submittedAt()),
                submission.submittedBy(),
                submission.late(),
                ReviewView.of(submission.review()),
                "/api/documents/" + documentId + "/content?version=" + submission.version());
    }

    record ReviewView(String verdict, @Nullable String comment, String reviewer, OffsetDateTime at) {

        static ReviewView of(Review review) {
            return review == null
                    ? null
                    : new ReviewView(
                            review.verdict().name(), review.comment(), review.reviewer(), VietnamTime.at(review.at()));
        }
    }
}
