package vn.gov.conference.plan.planning;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.gov.conference.plan.planning.PlanEvent.ConferenceHeld;
import vn.gov.conference.plan.planning.PlanEvent.ConferenceScheduled;
import vn.gov.conference.plan.planning.PlanEvent.PlanAmended;
import vn.gov.conference.plan.planning.PlanEvent.PlanApproved;
import vn.gov.conference.plan.planning.PlanEvent.PlanCancelled;
import vn.gov.conference.plan.planning.PlanEvent.PlanClosed;
import vn.gov.conference.plan.planning.PlanEvent.PlanDrafted;
import vn.gov.conference.plan.planning.PlanEvent.PlanReturned;
import vn.gov.conference.plan.planning.PlanEvent.PlanSubmitted;
import vn.gov.conference.platform.events.AggregateRoot;
import vn.gov.conference.platform.text.VietnameseText;
import vn.gov.conference.platform.time.VietnamTime;

/**
 * A plan (Kế hoạch): the root of a conference. It changes only through the lifecycle operations below, each of
 * which checks its rules, changes nothing when one fails, and raises what happened as a {@link PlanEvent}. The
 * platform stages each event's published form ({@link PlanContracts}) into the plan's own {@code outbox} as the plan
 * is saved, so that one document save stores the change and its announcement together.
 * <p>
 * draft → submitted → approved (numbered) → scheduled (exact start) → held → closed; a submitted plan can be
 * returned to draft; an approved or scheduled plan can be amended (new version); anything not yet held can be
 * cancelled.
 */
@Document("plans")
public class Plan extends AggregateRoot<PlanEvent> {

    @Id
    private String id;

    @Version
    private Long lockVersion;

    private Issuer issuer;
    private PlanStatus status;
    private int version;
    private PlanContent content;
    private DocumentNumber number;
    /** Unique across plans ({@link PlanIndexes}): the number's key once numbered, a per-plan placeholder before. */
    private String numberKey;

    private LocalDate issuedOn;
    private OffsetDateTime approvedAt;
    private String approvedBy;
    private String returnReason;
    private String cancellationReason;
    private OffsetDateTime cancelledAt;
    private OffsetDateTime heldAt;
    private OffsetDateTime closedAt;
    private List<Amendment> amendments = new ArrayList<>();
    private OffsetDateTime createdAt;
    private String createdBy;
    private OffsetDateTime updatedAt;
    /** Title, issuer and number folded for accent-insensitive search (the stand-in has no $text). */
    private String searchText;
    /**
     * Set while an approval holds the plan between drawing its number and saving it ({@link NumberingHold}); a
     * deadline rather than a flag, so that an approval that died on the way does not hold the plan for ever.
     */
    private Instant numberingUntil;

    @PersistenceCreator
    private Plan() {}

    /** A new draft: it has no number ("Số: /KH-UBND") until it is approved. */
    public static Plan draft(PlanId id, Issuer issuer, PlanContent content, String by, OffsetDateTime now) {
        PlanRuleViolationException.throwIfAny(content.violations());
        Plan plan = new Plan();
        plan.id = id.value();
        plan.issuer = Objects.requireNonNull(issuer);
        plan.status = PlanStatus.DRAFT;
        plan.version = 1;
        plan.content = content;
        plan.createdAt = now;
        plan.createdBy = by;
        plan.touched(now);
        plan.raise(new PlanDrafted(id, now, by));
        return plan;
    }

    /** The office edits its draft; approved plans are amended instead. */
    public void revise(PlanContent revised, String by, OffsetDateTime now) {
        require(Operation.REVISE);
        PlanRuleViolationException.throwIfAny(revised.violations());
        content = revised;
        touched(now);
    }

    /** The office sends the draft to the approver; it must be complete. */
    public void submit(String by, OffsetDateTime now) {
        require(Operation.SUBMIT);
        List<Violation> violations = new ArrayList<>(content.violations());
        violations.addAll(content.missingForSubmission());
        if (!violations.isEmpty()) {
            throw new PlanIncompleteException(violations);
        }
        status = PlanStatus.SUBMITTED;
        returnReason = null;
        touched(now);
        raise(new PlanSubmitted(id(), version, now, by));
    }

    /** The approver sends the plan back to the office with what to correct. */
    public void returnForCorrection(String reason, String by, OffsetDateTime now) {
        require(Operation.RETURN);
        String why = requireReason(reason);
        status = PlanStatus.DRAFT;
        returnReason = why;
        touched(now);
        raise(new PlanReturned(id(), why, now, by));
    }

    /**
     * Checks everything {@link #approve} will check except the number, so that a number is only drawn from the
     * register for a plan that will take it.
     */
    public void checkApprovable(LocalDate issueDate, Signer signedBy, OffsetDateTime now) {
        require(Operation.APPROVE);
        List<Violation> violations = new ArrayList<>();
        if (issueDate == null) {
            violations.add(new Violation("issuedOn", "required", "An approved plan has an issue date."));
        } else {
            if (issueDate.isAfter(now.atZoneSameInstant(VietnamTime.ZONE).toLocalDate())) {
                violations.add(new Violation(
                        "issuedOn",
                        "future-issue-date",
                        "A plan cannot be issued on a future date (" + issueDate + ")."));
            }
            if (issueDate.isAfter(content.time().lastDay())) {
                violations.add(new Violation(
                        "issuedOn",
                        "issued-after-conference",
                        "The plan would be issued after its conference ("
                                + content.time().label() + ")."));
            }
        }
        Signer signer = signedBy != null ? signedBy : content.signer();
        if (signer == null || signer.name() == null || signer.title() == null) {
            violations.add(new Violation("signer", "required", "Say who signs the plan and with what title."));
        }
        PlanRuleViolationException.throwIfAny(violations);
    }

    /**
     * The approver signs: the plan takes its document number and issue date. A plan whose time is already
     * exact is scheduled at once; a tentative one waits for {@link #schedule}.
     */
    public void approve(DocumentNumber assigned, LocalDate issueDate, Signer signedBy, String by, OffsetDateTime now) {
        checkApprovable(issueDate, signedBy, now);
        if (!assigned.issuerCode().equals(issuer.body().code())
                || assigned.year() != issueDate.getYear()
                || !DocumentNumber.PLAN_TYPE.equals(assigned.typeCode())) {
            throw new IllegalArgumentException("number " + assigned.key() + " is not from the register of "
                    + issuer.body().code() + " for " + issueDate.getYear());
        }
        if (signedBy != null) {
            content = content.withSigner(signedBy);
        }
        number = assigned;
        numberingUntil = null;
        issuedOn = issueDate;
        approvedAt = now;
        approvedBy = by;
        status = content.time().exact() ? PlanStatus.SCHEDULED : PlanStatus.APPROVED;
        touched(now);
        raise(new PlanApproved(id(), assigned, now, by));
    }

    /**
     * The approver fixes the exact start (from a tentative window, which it must fall in) or moves it; the venue
     * may change with it. Every assignment deadline must fall before the new start.
     */
    public void schedule(OffsetDateTime start, Venue newVenue, String label, String by, OffsetDateTime now) {
        require(Operation.SCHEDULE);
        if (start == null) {
            throw new PlanRuleViolationException("start", "required", "Say when the conference starts.");
        }
        PlannedTime current = content.time();
        PlannedTime scheduled = PlannedTime.exact(start, label, null);
        Venue venue = newVenue != null ? newVenue : content.venue();
        List<Violation> violations = new ArrayList<>();
        if (!current.exact() && !current.admits(scheduled.start())) {
            violations.add(new Violation(
                    "start",
                    "outside-window",
                    "The plan says " + current.label() + "; amend the plan's window before scheduling outside it."));
        }
        if (current.exact() && current.start().isEqual(scheduled.start()) && Objects.equals(venue, content.venue())) {
            violations.add(new Violation("start", "nothing-changed", "The conference is already scheduled then."));
        }
        if (issuedOn != null && scheduled.start().toLocalDate().isBefore(issuedOn)) {
            violations.add(new Violation(
                    "start",
                    "before-issue-date",
                    "The conference cannot start before the plan was issued (" + issuedOn + ")."));
        }
        for (Assignment assignment : content.assignments()) {
            if (assignment.dueBefore() != null && assignment.deadline().isAfter(scheduled.start())) {
                violations.add(new Violation(
                        "start",
                        "before-deadline",
                        "Assignment " + assignment.id() + " is due before " + assignment.dueBefore()
                                + ", after this start."));
            }
        }
        if (content.format().needsRoom() && (venue == null || venue.room() == null)) {
            violations.add(new Violation("venue.room", "required", "An in-person or hybrid conference needs a room."));
        }
        PlanRuleViolationException.throwIfAny(violations);
        OffsetDateTime previousStart = current.exact() ? current.start() : null;
        content = content.withTimeAndVenue(scheduled, venue);
        status = PlanStatus.SCHEDULED;
        touched(now);
        raise(new ConferenceScheduled(id(), version, scheduled.start(), previousStart, venue, now, by));
    }

    /**
     * An approved plan changes: a new version, with the sections that changed. The time moves only between
     * tentative windows here; an exact start is set and moved by {@link #schedule}.
     */
    public void amend(PlanContent amended, String reason, String by, OffsetDateTime now) {
        checkAmendable();
        String why = requireReason(reason);
        List<String> changes = amended.changesFrom(content);
        if (changes.isEmpty()) {
            throw new PlanRuleViolationException(
                    "changes", "nothing-changed", "The amendment changes nothing in the plan.");
        }
        List<Violation> violations = new ArrayList<>(amended.violations());
        violations.addAll(amended.missingForSubmission());
        if (changes.contains("time")
                && amended.time() != null
                && (content.time().exact() || amended.time().exact())) {
            violations.add(new Violation(
                    "time", "use-schedule", "An exact start is set or moved with schedule, not by amendment."));
        }
        PlanRuleViolationException.throwIfAny(violations);
        content = amended;
        version++;
        amendments.add(new Amendment(version, changes, why, now, by));
        touched(now);
        raise(new PlanAmended(id(), version, changes, why, now, by));
    }

    /** Refuses at once when the status allows no amendment, before the amended content is even read. */
    public void checkAmendable() {
        require(Operation.AMEND);
    }

    /** Called off, with a reason, at any point before the conference is held. */
    public void cancel(String reason, String by, OffsetDateTime now) {
        require(Operation.CANCEL);
        String why = requireReason(reason);
        status = PlanStatus.CANCELLED;
        cancellationReason = why;
        cancelledAt = now;
        touched(now);
        raise(new PlanCancelled(id(), version, why, now, by));
    }

    /** The conference took place; not before its day. */
    public void markHeld(String by, OffsetDateTime now) {
        require(Operation.HOLD);
        LocalDate day = content.time().start().toLocalDate();
        if (now.atZoneSameInstant(VietnamTime.ZONE).toLocalDate().isBefore(day)) {
            throw new IllegalTransitionException(
                    status,
                    Operation.HOLD.verb(),
                    "The conference is scheduled for " + day + "; it cannot be held before that day.");
        }
        status = PlanStatus.HELD;
        heldAt = now;
        touched(now);
        raise(new ConferenceHeld(id(), now, by));
    }

    /** Follow-up done: the plan is archived. */
    public void close(String by, OffsetDateTime now) {
        require(Operation.CLOSE);
        status = PlanStatus.CLOSED;
        closedAt = now;
        touched(now);
        raise(new PlanClosed(id(), now, by));
    }

    /** The operations the current status allows, for clients to offer. */
    public List<Operation> availableOperations() {
        return java.util.Arrays.stream(Operation.values())
                .filter(op -> op.allowedFrom(status))
                .toList();
    }

    /** The reference date of the plan: the day units, names and validity are read at. */
    public LocalDate referenceDate() {
        return issuedOn != null ? issuedOn : content.time().firstDay();
    }

    private void require(Operation operation) {
        if (!operation.allowedFrom(status)) {
            throw new IllegalTransitionException(status, operation.verb(), refusal(operation));
        }
    }

    private String refusal(Operation operation) {
        String what = "A " + status.name().toLowerCase() + " plan cannot be "
                + switch (operation) {
                    case REVISE -> "edited";
                    case SUBMIT -> "submitted";
                    case RETURN -> "returned";
                    case APPROVE -> "approved";
                    case SCHEDULE -> "scheduled";
                    case AMEND -> "amended";
                    case CANCEL -> "cancelled";
                    case HOLD -> "marked held";
                    case CLOSE -> "closed";
                }
                + ".";
        String hint = switch (operation) {
            case REVISE ->
                status.signed()
                        ? " Amend it instead."
                        : status == PlanStatus.SUBMITTED ? " Ask the approver to return it first." : "";
            case APPROVE -> status == PlanStatus.DRAFT ? " Submit it first." : "";
            case SCHEDULE, AMEND ->
                status == PlanStatus.DRAFT || status == PlanStatus.SUBMITTED ? " Approve it first." : "";
            case HOLD -> status == PlanStatus.APPROVED ? " Schedule its exact start first." : "";
            case CLOSE -> status.signed() ? " Mark it held first." : "";
            default -> "";
        };
        return what + hint;
    }

    private static String requireReason(String reason) {
        String why = VietnameseText.nfcOrNull(reason);
        if (why == null) {
            throw new PlanRuleViolationException("reason", "required", "Give the reason.");
        }
        return why;
    }

    private void touched(OffsetDateTime now) {
        updatedAt = now;
        numberKey = number != null ? number.key() : "unnumbered/" + id;
        searchText = VietnameseText.fold(String.join(
                " ",
                content.title() == null ? "" : content.title(),
                issuer.provinceName(),
                issuer.body().name(),
                issuer.body().code(),
                numberText()));
    }

    public PlanId id() {
        return new PlanId(id);
    }

    /** Whether an approval (of another request) holds the plan at {@code now}: no other change may be saved. */
    boolean heldForNumbering(Instant now) {
        return numberingUntil != null && numberingUntil.isAfter(now);
    }

    /** The optimistic-lock version: the plan's ETag. Null until first saved. */
    public Long lockVersion() {
        return lockVersion;
    }

    /** After {@link NumberingHold} moved the stored plan to {@code newLockVersion}. */
    void held(long newLockVersion) {
        lockVersion = newLockVersion;
    }

    public Issuer issuer() {
        return issuer;
    }

    public String province() {
        return issuer.provinceCode();
    }

    public PlanStatus status() {
        return status;
    }

    public int version() {
        return version;
    }

    public PlanContent content() {
        return content;
    }

    public DocumentNumber number() {
        return number;
    }

    /** "276/KH-UBND", or "/KH-UBND" while the plan has no number. */
    public String numberText() {
        return number != null ? number.text() : DocumentNumber.blank(issuer);
    }

    public LocalDate issuedOn() {
        return issuedOn;
    }

    public OffsetDateTime approvedAt() {
        return approvedAt;
    }

    public String approvedBy() {
        return approvedBy;
    }

    public String returnReason() {
        return returnReason;
    }

    public String cancellationReason() {
        return cancellationReason;
    }

    public OffsetDateTime cancelledAt() {
        return cancelledAt;
    }

    public OffsetDateTime heldAt() {
        return heldAt;
    }

    public OffsetDateTime closedAt() {
        return closedAt;
    }

    public List<Amendment> amendments() {
        return List.copyOf(amendments);
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }
}
