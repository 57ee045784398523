package vn.gov.conference.notification.conference;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.gov.conference.platform.events.AggregateRoot;
import vn.gov.conference.platform.time.VietnameseDates;

/**
 * This service's view of one conference: the approved plan's details, the published agenda and the calendar
 * sequence that every updated .ics carries. Plan and agenda events arrive at least once and possibly replayed, so
 * every change is applied only when its version (plan) or revision (agenda) is newer than what is known; a replay
 * therefore changes nothing and sends nothing. A change invitees must hear about leaves a {@link CalendarNotice} in
 * the same document, so the change and the duty to tell are saved together.
 */
@Document("conferences")
public class Conference extends AggregateRoot<Conference.InvitationsAnnounced> {

    /** More invitations were issued: {@code newly} of {@code total}; published by {@link ConferenceContracts}. */
    public record InvitationsAnnounced(int newly, int total, Instant at) {}

    /** How long a conference lasts in the calendar when no agenda gives its end. */
    public static final Duration DEFAULT_LENGTH = Duration.ofHours(3);

    public enum Status {
        AWAITING_PLAN,
        APPROVED,
        CANCELLED
    }

    private final String id;
    private String tenant;
    private ConferenceDetails details;
    private int planVersion;
    private List<AgendaLine> agenda;
    private OffsetDateTime sessionStart;
    private OffsetDateTime sessionEnd;
    private int agendaRevision;
    private int calendarSequence;
    private Status status;
    private String cancellationReason;
    private Instant invitationsIssuedAt;
    private List<CalendarNotice> notices = new ArrayList<>();
    private int announcedInvitations;
    private List<Publication> publications = new ArrayList<>();
    private SignedPlan signedPlan;

    @Version
    private Long version;

    Conference(
            String id,
            String tenant,
            ConferenceDetails details,
            int planVersion,
            List<AgendaLine> agenda,
            OffsetDateTime sessionStart,
            OffsetDateTime sessionEnd,
            int agendaRevision,
            int calendarSequence,
            Status status,
            String cancellationReason,
            Instant invitationsIssuedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.tenant = tenant;
        this.details = details;
        this.planVersion = planVersion;
        this.agenda = agenda == null ? List.of() : List.copyOf(agenda);
        this.sessionStart = sessionStart;
        this.sessionEnd = sessionEnd;
        this.agendaRevision = agendaRevision;
        this.calendarSequence = calendarSequence;
        this.status = status;
        this.cancellationReason = cancellationReason;
        this.invitationsIssuedAt = invitationsIssuedAt;
    }

    /** A conference known so far only by its id (an agenda event may arrive before the plan's approval). */
    public static Conference awaitingPlan(String planId) {
        return new Conference(planId, null, null, 0, List.of(), null, null, 0, 0, Status.AWAITING_PLAN, null, null);
    }

    /** Takes the approved plan; false when it was already known (a redelivered approval). */
    public boolean approve(String tenant, int version, ConferenceDetails approved) {
        if (status != Status.AWAITING_PLAN) {
            return false;
        }
        this.tenant = Objects.requireNonNull(tenant, "tenant");
        this.details = Objects.requireNonNull(approved, "details");
        this.planVersion = version;
        this.status = Status.APPROVED;
        return true;
    }

    /**
     * An approved plan was amended. Returns whether what a calendar shows (time, place, title) changed, in which
     * case the sequence moves on and invitees must get an update.
     */
    public boolean amend(int version, ConferenceDetails amended, String cause, Instant now) {
        if (status != Status.APPROVED || version <= planVersion) {
            return false;
        }
        boolean calendarChanged = !Objects.equals(details.start(), amended.start())
                || !Objects.equals(details.venue(), amended.venue())
                || !Objects.equals(details.title(), amended.title());
        this.details = amended;
        this.planVersion = version;
        if (calendarChanged) {
            calendarSequence++;
            notices.add(new CalendarNotice(cause, CalendarNotice.Reason.AMENDED, null, List.of(), now, false));
        }
        return calendarChanged;
    }

    /**
     * The tentative time became exact, or an exact time moved. Scheduling makes no new plan version (only an amendment does), so a
     * schedule of the version known here is applied when it moves on from the start known here ({@code
     * previousStart}, null while the time was tentative): a replay, or a move older than one already applied, changes
     * nothing. False for such a stale or repeated event.
     */
    public boolean schedule(
            int version, OffsetDateTime start, OffsetDateTime previousStart, Place venue, String cause, Instant now) {
        if (status != Status.APPROVED
                || version < planVersion
                || (version == planVersion && !startsFromKnownTime(previousStart))) {
            return false;
        }
        Objects.requireNonNull(start, "start");
        boolean wasExact = details.exact();
        this.details = details.scheduledAt(start, venue);
        this.planVersion = version;
        calendarSequence++;
        notices.add(new CalendarNotice(
                cause,
                wasExact ? CalendarNotice.Reason.MOVED : CalendarNotice.Reason.SCHEDULED,
                null,
                List.of(),
                now,
                false));
        return true;
    }

    private boolean startsFromKnownTime(OffsetDateTime previousStart) {
        OffsetDateTime known = details.exact() ? details.start() : null;
        return known == null ? previousStart == null : previousStart != null && known.isEqual(previousStart);
    }

    /**
     * The agenda's first publication. When it moves the calendar entry invitees hold (it ends when the agenda ends,
     * no longer at the default length) they get the updated entry; otherwise it is only kept for the letters and
     * pages. False when not newer.
     */
    public boolean publishAgenda(
            int revision, OffsetDateTime start, OffsetDateTime end, List<AgendaLine> lines, String cause, Instant now) {
        Span before = span();
        if (!takeAgenda(revision, start, end, lines)) {
            return false;
        }
        if (status == Status.APPROVED && !before.equals(span())) {
            notices.add(new CalendarNotice(cause, CalendarNotice.Reason.AGENDA_PUBLISHED, null, List.of(), now, false));
        }
        return true;
    }

    /**
     * A newer revision of a published agenda. When the conference's start or end moved every invitee gets the
     * updated calendar entry; otherwise only the presenters whose items moved are told. False for a stale or
     * repeated revision.
     */
    public boolean reviseAgenda(
            int revision,
            OffsetDateTime start,
            OffsetDateTime end,
            List<AgendaLine> lines,
            List<AgendaMove> moves,
            String summary,
            String cause,
            Instant now) {
        Span before = span();
        if (!takeAgenda(revision, start, end, lines)) {
            return false;
        }
        boolean spanMoved = !before.equals(span());
        if (status == Status.APPROVED && (spanMoved || !moves.isEmpty())) {
            notices.add(
                    new CalendarNotice(cause, CalendarNotice.Reason.AGENDA_REVISED, summary, moves, now, !spanMoved));
        }
        return true;
    }

    /** What an invitee's calendar entry spans now (empty while the time is tentative), as instants to compare. */
    private record Span(Optional<Instant> start, Optional<Instant> end) {}

    private Span span() {
        return new Span(start().map(OffsetDateTime::toInstant), end().map(OffsetDateTime::toInstant));
    }

    private boolean takeAgenda(int revision, OffsetDateTime start, OffsetDateTime end, List<AgendaLine> lines) {
        if (status == Status.CANCELLED || revision <= agendaRevision) {
            return false;
        }
        this.agendaRevision = revision;
        this.sessionStart = start;
        this.sessionEnd = end;
        this.agenda = List.copyOf(lines);
        calendarSequence++;
        return true;
    }

    /** The plan was cancelled: every invitee gets a cancellation. False when already cancelled. */
    public boolean cancel(String reason, String cause, Instant now) {
        if (status == Status.CANCELLED) {
            return false;
        }
        boolean invited = status == Status.APPROVED;
        this.status = Status.CANCELLED;
        this.cancellationReason = reason;
        calendarSequence++;
        if (invited) {
            notices.add(new CalendarNotice(cause, CalendarNotice.Reason.CANCELLED, reason, List.of(), now, false));
        }
        return true;
    }

    /**
     * The conference now has {@code total} invitations: announces those not announced yet. Counting against what was
     * announced (not what one request created) means an issue interrupted before this point is announced by the
     * retry that completes it.
     */
    public void invitationsIssued(int total, Instant now) {
        if (total <= announcedInvitations) {
            return;
        }
        if (invitationsIssuedAt == null) {
            invitationsIssuedAt = now;
        }
        raise(new InvitationsAnnounced(total - announcedInvitations, total, now));
        announcedInvitations = total;
    }

    /** How many invitations were announced (InvitationsIssued's total so far). */
    public int announcedInvitations() {
        return announcedInvitations;
    }

    /** A document on the delegates' portal and the publication ({@code cause}, an event id) that first showed it. */
    public record Publication(String documentId, String cause) {}

    /**
     * Documents were published on the portal by {@code cause}: returns those this publication brought first, so that
     * publishing the same set again tells nobody twice, while a redelivered publication still finds its own.
     */
    public List<String> publishDocuments(List<String> documentIds, String cause) {
        List<String> fresh = new ArrayList<>();
        for (String documentId : documentIds == null ? List.<String>of() : documentIds) {
            Optional<Publication> known = publications.stream()
                    .filter(publication -> publication.documentId().equals(documentId))
                    .findFirst();
            if (known.isEmpty()) {
                publications.add(new Publication(documentId, cause));
            }
            if ((known.isEmpty() || known.get().cause().equals(cause)) && !fresh.contains(documentId)) {
                fresh.add(documentId);
            }
        }
        return fresh;
    }

    /** The office attached the signed plan; false when this very file is known already (a redelivery). */
    public boolean attachSignedPlan(SignedPlan signed) {
        if (signed.equals(signedPlan)) {
            return false;
        }
        signedPlan = signed;
        return true;
    }

    /** The signed original, once the office attached it. */
    public Optional<SignedPlan> signedPlan() {
        return Optional.ofNullable(signedPlan);
    }

    /** Whether delegates have materials to read on the portal. */
    public boolean materialsPublished() {
        return !publications.isEmpty();
    }

    public List<CalendarNotice> notices() {
        return List.copyOf(notices);
    }

    /** Every invitee's email for this notice is in the outbox. */
    public void noticeSent(String cause) {
        notices.removeIf(notice -> notice.cause().equals(cause));
    }

    public boolean approved() {
        return status == Status.APPROVED;
    }

    public boolean cancelled() {
        return status == Status.CANCELLED;
    }

    public boolean exact() {
        return details != null && details.exact();
    }

    /**
     * The calendar span: the agenda's session when it lies on the scheduled day, so the event ends when the agenda
     * ends; only without such an agenda the start plus a default length.
     */
    public Optional<OffsetDateTime> start() {
        if (!exact()) {
            return Optional.empty();
        }
        return Optional.of(agendaOnScheduledDay() ? sessionStart : details.start());
    }

    public Optional<OffsetDateTime> end() {
        if (!exact()) {
            return Optional.empty();
        }
        return Optional.of(agendaOnScheduledDay() ? sessionEnd : details.start().plus(DEFAULT_LENGTH));
    }

    /** The conference's day in Asia/Ho_Chi_Minh, once its time is exact. */
    public Optional<LocalDate> day() {
        return start().map(VietnameseDates::day);
    }

    private boolean agendaOnScheduledDay() {
        if (sessionStart == null || sessionEnd == null || !sessionEnd.isAfter(sessionStart)) {
            return false;
        }
        LocalDate day = details.start().atZoneSameInstant(VietnameseDates.ZONE).toLocalDate();
        return sessionStart
                .atZoneSameInstant(VietnameseDates.ZONE)
                .toLocalDate()
                .equals(day);
    }

    /** The calendar UID every .ics of this conference carries, so that updates replace the same entry. */
    public String calendarUid() {
        return id + "@conference.gov.vn";
    }

    public String id() {
        return id;
    }

    public String tenant() {
        return tenant;
    }

    public ConferenceDetails details() {
        return details;
    }

    public int planVersion() {
        return planVersion;
    }

    public List<AgendaLine> agenda() {
        return agenda;
    }

    public OffsetDateTime sessionStart() {
        return sessionStart;
    }

    public OffsetDateTime sessionEnd() {
        return sessionEnd;
    }

    public int agendaRevision() {
        return agendaRevision;
    }

    public int calendarSequence() {
        return calendarSequence;
    }

    public Status status() {
        return status;
    }

    public String cancellationReason() {
        return cancellationReason;
    }

    public Instant invitationsIssuedAt() {
        return invitationsIssuedAt;
    }
}
