package vn.gov.conference.documents.request;

import java.time.Instant;

/**
 * What happened to a material request, as the aggregate records it; mapped to the published contract records only
 * when the request is saved.
 */
public sealed interface RequestEvent {

    Instant at();

    /** The request opened, or its terms changed while it was open: the owner has something to deliver. */
    record Requested(String previousRequestId, Instant at) implements RequestEvent {}

    record Submitted(Submission submission, Instant at) implements RequestEvent {}

    record Accepted(Submission submission, Instant at) implements RequestEvent {}

    record Returned(Submission submission, String comment, Instant at) implements RequestEvent {}

    record Overdue(Instant deadline, Instant at) implements RequestEvent {}
}
