package vn.gov.conference.documents.request;

import java.time.Instant;

/**
 * One submitted file, a version of the request's document. Versions are never replaced: a resubmission adds the next
 * number and the earlier ones stay readable. {@code late} is fixed on arrival, against the deadline then in force.
 */
public record Submission(
        int version,
        String fileId,
        String fileName,
        String contentType,
        long size,
        String sha256,
        Instant submittedAt,
        String submittedBy,
        boolean late,
        Review review) {

    Submission reviewed(Review verdict) {
        return new Submission(
                version, fileId, fileName, contentType, size, sha256, submittedAt, submittedBy, late, verdict);
    }

    public boolean accepted() {
        return review != null && review.verdict() == Review.Verdict.ACCEPTED;
    }

    public boolean returned() {
        return review != null && review.verdict() == Review.Verdict.RETURNED;
    }
}
