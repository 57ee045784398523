package vn.gov.conference.documents.request;

import java.time.Instant;

/** The recipient's verdict on one version. {@code comment} is required when the version is returned. */
public record Review(Verdict verdict, String comment, String reviewer, Instant at) {

    public enum Verdict {
        ACCEPTED,
        RETURNED
    }
}
