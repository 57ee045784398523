package vn.gov.conference.documents.request;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.gov.conference.contracts.UnitRef;
import vn.gov.conference.documents.content.StoredContent;
import vn.gov.conference.platform.events.AggregateRoot;
import vn.gov.conference.platform.text.VietnameseText;

/**
 * A material a department owes for one deliverable of a plan's assignment: it opens (at once, or when the chain's
 * previous step is accepted), takes submissions as numbered versions of one document, and is reviewed by the
 * recipient, who accepts the latest version or returns it with a comment. Each change raises a {@link RequestEvent};
 * the platform stages its published form ({@link MaterialContracts}) into the request's {@code outbox} as it is saved.
 */
@Document("material_requests")
public class MaterialRequest extends AggregateRoot<RequestEvent> {

    @Id
    private String id;

    private String planId;
    private String province;
    private String assignmentId;
    private int deliverableIndex;
    private MaterialKind kind;
    private String title;
    private UnitRef owner;
    private UnitRef recipient;
    private Instant deadline;
    private String nextAssignmentId;
    private String previousRequestId;
    private RequestStatus status;
    private String documentId;
    private List<Submission> submissions = new ArrayList<>();
    private Instant overdueRaisedAt;
    private String closedReason;
    private Instant createdAt;
    private Instant openedAt;

    @org.springframework.data.annotation.Version
    private Long revision;

    private MaterialRequest() {}

    /**
     * A request for one deliverable of an assignment. A later step of a chain ({@code waitsForPreviousStep}) is
     * created WAITING and announced only when it opens; any other opens at once.
     */
    static MaterialRequest create(
            String planId,
            String province,
            String assignmentId,
            int deliverableIndex,
            Terms terms,
            boolean waitsForPreviousStep,
            Instant now) {
        MaterialRequest request = new MaterialRequest();
        request.id =
                MaterialRequestId.of(planId, assignmentId, deliverableIndex).value();
        request.planId = Objects.requireNonNull(planId, "planId");
        request.province = province;
        request.assignmentId = Objects.requireNonNull(assignmentId, "assignmentId");
        request.deliverableIndex = deliverableIndex;
        request.apply(terms);
        request.createdAt = now;
        request.status = RequestStatus.WAITING;
        if (!waitsForPreviousStep) {
            request.open(null, now);
        }
        return request;
    }

    /** Opens a WAITING step because {@code previousRequestId} was accepted; a step already open stays as it is. */
    boolean open(String previousRequestId, Instant now) {
        if (status != RequestStatus.WAITING) {
            return false;
        }
        this.previousRequestId = previousRequestId;
        this.status = RequestStatus.OPEN;
        this.openedAt = now;
        raise(new RequestEvent.Requested(previousRequestId, now));
        return true;
    }

    /**
     * Records an uploaded file as the next version. Late when it arrives at or after the deadline. A version may
     * replace one still under review: the recipient reviews the latest.
     */
    Submission submit(StoredContent content, String submittedBy, Instant now) {
        if (!status.takesSubmissions()) {
            throw new RequestStateException(
                    status,
                    switch (status) {
                        case WAITING -> "This step opens when the previous step of the chain is accepted";
                        case ACCEPTED -> "The material was already accepted";
                        default -> "The request is closed" + (closedReason == null ? "" : ": " + closedReason);
                    });
        }
        if (documentId == null) {
            documentId = UUID.randomUUID().toString();
        }
        Submission submission = new Submission(
                submissions.size() + 1,
                content.fileId(),
                content.fileName(),
                content.format().mediaType(),
                content.size(),
                content.sha256(),
                now,
                submittedBy,
                lateAt(now),
                null);
        submissions.add(submission);
        status = RequestStatus.SUBMITTED;
        raise(new RequestEvent.Submitted(submission, now));
        return submission;
    }

    /** Accepts the version under review. */
    Submission accept(String reviewer, Instant now) {
        requireUnderReview("accepted");
        Submission accepted = review(new Review(Review.Verdict.ACCEPTED, null, reviewer, now));
        status = RequestStatus.ACCEPTED;
        raise(new RequestEvent.Accepted(accepted, now));
        return accepted;
    }

    /** Returns the version under review for another version; the comment tells the owner what to change. */
    Submission returnForRevision(String comment, String reviewer, Instant now) {
        String reason = VietnameseText.multiLine("comment", comment);
        if (reason == null || reason.isEmpty()) {
            throw new IllegalArgumentException("A returned material needs a comment saying what to change");
        }
        requireUnderReview("returned");
        Submission returned = review(new Review(Review.Verdict.RETURNED, reason, reviewer, now));
        status = RequestStatus.RETURNED;
        raise(new RequestEvent.Returned(returned, reason, now));
        return returned;
    }

    /**
     * Raises MaterialOverdue when the deadline has passed and the owner still owes the material, once per
     * deadline: a later return or a second sweep does not raise it again, a deadline moved by the plan may.
     */
    boolean raiseOverdueIfDue(Instant now) {
        if (overdueRaisedAt != null || !status.owesMaterial() || !lateAt(now)) {
            return false;
        }
        overdueRaisedAt = now;
        raise(new RequestEvent.Overdue(deadline, now));
        return true;
    }

    /** Takes the plan's amended terms. An open request is announced again so its owner learns the change. */
    boolean revise(Terms terms, Instant now) {
        if (status.finished() || terms.equals(terms())) {
            return false;
        }
        if (!Objects.equals(terms.deadline(), deadline)) {
            overdueRaisedAt = null;
        }
        apply(terms);
        if (status != RequestStatus.WAITING) {
            raise(new RequestEvent.Requested(previousRequestId, now));
        }
        return true;
    }

    /** The plan was cancelled or no longer asks for this: an unfinished request closes, an accepted one stays. */
    boolean close(String reason) {
        if (status.finished()) {
            return false;
        }
        status = RequestStatus.CLOSED;
        closedReason = reason;
        return true;
    }

    public DeadlineStatus deadlineStatus(Instant now) {
        Optional<Submission> standing = latest().filter(submission -> !submission.returned());
        if (standing.isPresent()) {
            return standing.get().late() ? DeadlineStatus.LATE : DeadlineStatus.ON_TIME;
        }
        return lateAt(now) ? DeadlineStatus.OVERDUE : DeadlineStatus.DUE;
    }

    /** A request without a deadline is never late. */
    private boolean lateAt(Instant now) {
        return deadline != null && !now.isBefore(deadline);
    }

    /** The version a delegate may be shown: the accepted one. */
    public Optional<Submission> acceptedSubmission() {
        return latest().filter(Submission::accepted);
    }

    public Optional<Submission> latest() {
        return submissions.isEmpty() ? Optional.empty() : Optional.of(submissions.getLast());
    }

    public Optional<Submission> submission(int version) {
        return version >= 1 && version <= submissions.size()
                ? Optional.of(submissions.get(version - 1))
                : Optional.empty();
    }

    public boolean ownedBy(String unitCode) {
        return owner.code().equals(unitCode);
    }

    public boolean addressedTo(String unitCode) {
        return recipient != null && recipient.code().equals(unitCode);
    }

    Terms terms() {
        return new Terms(kind, title, owner, recipient, deadline, nextAssignmentId);
    }

    private void apply(Terms terms) {
        this.kind = terms.kind();
        this.title = terms.title();
        this.owner = terms.owner();
        this.recipient = terms.recipient();
        this.deadline = terms.deadline();
        this.nextAssignmentId = terms.nextAssignmentId();
    }

    private void requireUnderReview(String verdict) {
        if (status != RequestStatus.SUBMITTED) {
            throw new RequestStateException(
                    status, "Only a submitted version can be " + verdict + "; the request is " + status);
        }
    }

    private Submission review(Review verdict) {
        Submission reviewed = submissions.getLast().reviewed(verdict);
        submissions.set(submissions.size() - 1, reviewed);
        return reviewed;
    }

    public String id() {
        return id;
    }

    public String planId() {
        return planId;
    }

    public String province() {
        return province;
    }

    public String assignmentId() {
        return assignmentId;
    }

    public int deliverableIndex() {
        return deliverableIndex;
    }

    public MaterialKind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public UnitRef owner() {
        return owner;
    }

    public UnitRef recipient() {
        return recipient;
    }

    public Instant deadline() {
        return deadline;
    }

    public String nextAssignmentId() {
        return nextAssignmentId;
    }

    public String previousRequestId() {
        return previousRequestId;
    }

    public RequestStatus status() {
        return status;
    }

    public String documentId() {
        return documentId;
    }

    public List<Submission> submissions() {
        return List.copyOf(submissions);
    }

    public Instant overdueRaisedAt() {
        return overdueRaisedAt;
    }

    public String closedReason() {
        return closedReason;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant openedAt() {
        return openedAt;
    }
}
