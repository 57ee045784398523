package vn.gov.conference.plan.planning.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.gov.conference.plan.planning.Amendment;
import vn.gov.conference.plan.planning.Assignment;
import vn.gov.conference.plan.planning.Backdrop;
import vn.gov.conference.plan.planning.BridgePoint;
import vn.gov.conference.plan.planning.Budget;
import vn.gov.conference.plan.planning.Composition;
import vn.gov.conference.plan.planning.ConferenceFormat;
import vn.gov.conference.plan.planning.Deliverable;
import vn.gov.conference.plan.planning.DistributionEntry;
import vn.gov.conference.plan.planning.ExternalGuest;
import vn.gov.conference.plan.planning.Issuer;
import vn.gov.conference.plan.planning.Operation;
import vn.gov.conference.plan.planning.ParticipantGroup;
import vn.gov.conference.plan.planning.Plan;
import vn.gov.conference.plan.planning.PlanContent;
import vn.gov.conference.plan.planning.PlanStatus;
import vn.gov.conference.plan.planning.PlannedTime;
import vn.gov.conference.plan.planning.Signer;
import vn.gov.conference.plan.planning.UnitRef;
import vn.gov.conference.plan.planning.Venue;
import vn.gov.conference.plan.reference.GovernanceIndex;
import vn.gov.conference.plan.reference.ReferenceData;
import vn.gov.conference.plan.signed.SignedOriginalCopy;

/**
 * A plan as the API shows it: everything the document says, its number and status, and in {@code actions} the
 * operations its status allows ({@code revise} is PATCH, the others are POST /api/plans/{id}/{action}). A
 * department sees only the assignments it owns, receives or helps with.
 */
record PlanView(
        String id,
        String province,
        Issuer issuer,
        @Nullable String documentNumber,
        @Nullable String numberText,
        @Nullable LocalDate issuedOn,
        PlanStatus status,
        int version,
        String title,
        List<String> preamble,
        List<IndexView> indices,
        List<String> purposes,
        List<String> requirements,
        ParticipantsView participants,
        @Nullable String chair,
        ConferenceFormat format,
        @Nullable VenueView venue,
        TimeView time,
        @Nullable Backdrop backdrop,
        @Nullable Budget budget,
        List<AssignmentView> assignments,
        List<DistributionEntry> distribution,
        @Nullable Signer signer,
        boolean replacesInvitationLetter,
        @Nullable String closing,
        @Nullable OffsetDateTime approvedAt,
        @Nullable String approvedBy,
        @Nullable String returnReason,
        @Nullable String cancellationReason,
        @Nullable OffsetDateTime cancelledAt,
        @Nullable OffsetDateTime heldAt,
        @Nullable OffsetDateTime closedAt,
        List<Amendment> amendments,
        OffsetDateTime createdAt,
        String createdBy,
        OffsetDateTime updatedAt,
        List<String> actions,
        @Nullable SignedOriginalCopy signedOriginal) {

    /**
     * @param publisher who publishes the index, and {@code lead} the province's department leading it, both on the
     *                  plan's date (the issue date once approved, else the conference's first day)
     */
    record IndexView(
            String code,
            String name,
            @Nullable String fullName,
            int year,
            @Nullable String publisher,
            @Nullable UnitRef lead) {}

    record ParticipantsView(
            List<ParticipantGroup> groups,
            List<BridgePoint> bridgePoints,
            List<ExternalGuest> externalGuests,
            @Nullable Integer statedTotal,
            boolean totalApproximate,
            int counted,
            boolean countComplete,
            boolean totalConsistent) {

        static ParticipantsView of(Composition composition) {
            Composition.Tally tally = composition.tally();
            return new ParticipantsView(
                    composition.groups(),
                    composition.bridgePoints(),
                    composition.externalGuests(),
                    composition.statedTotal(),
                    composition.totalApproximate(),
                    tally.counted(),
                    tally.complete(),
                    tally.consistent());
        }
    }

    record VenueView(
            @Nullable String room,
            @Nullable String address,
            @Nullable String note,
            @Nullable String onlineMeetingUrl,
            String text) {

        static VenueView of(Venue venue) {
            return venue == null
                    ? null
                    : new VenueView(
                            venue.room(), venue.address(), venue.note(), venue.onlineMeetingUrl(), venue.text());
        }
    }

    record TimeView(
            boolean exact,
            @Nullable OffsetDateTime start,
            @Nullable LocalDate windowStart,
            @Nullable LocalDate windowEnd,
            @Nullable String label,
            @Nullable String note) {

        static TimeView of(PlannedTime time) {
            return time == null
                    ? null
                    : new TimeView(
                            time.exact(),
                            time.start(),
                            time.windowStart(),
                            time.windowEnd(),
                            time.label(),
                            time.note());
        }
    }

    /** {@code deadline} is the first late instant of {@code dueBefore}. */
    record AssignmentView(
            String id,
            UnitRef owner,
            List<UnitRef> collaborators,
            String task,
            List<Deliverable> deliverables,
            @Nullable LocalDate dueBefore,
            @Nullable OffsetDateTime deadline,
            @Nullable UnitRef recipient,
            @Nullable String next,
            @Nullable String note) {

        static AssignmentView of(Assignment a) {
            return new AssignmentView(
                    a.id(),
                    a.owner(),
                    a.collaborators(),
                    a.task(),
                    a.deliverables(),
                    a.dueBefore(),
                    a.deadline(),
                    a.recipient(),
                    a.next(),
                    a.note());
        }

        boolean concerns(String unit) {
            return (owner != null && owner.code().equals(unit))
                    || (recipient != null && recipient.code().equals(unit))
                    || collaborators.stream().anyMatch(c -> c.code().equals(unit));
        }
    }

    /**
     * @param departmentUnit the caller's unit when it is a department: only its assignments are shown
     * @param signed         the signed original the office attached, if any
     */
    static PlanView of(Plan plan, ReferenceData reference, String departmentUnit, SignedOriginalCopy signed) {
        PlanContent c = plan.content();
        LocalDate on = plan.issuedOn() != null
                ? plan.issuedOn()
                : c.time() == null ? null : c.time().firstDay();
        List<AssignmentView> assignments = c.assignments().stream()
                .map(AssignmentView::of)
                .filter(a -> departmentUnit == null || a.concerns(departmentUnit))
                .toList();
        return new PlanView(
                plan.id().value(),
                plan.province(),
                plan.issuer(),
                plan.number() == null ? null : plan.number().text(),
                plan.numberText(),
                plan.issuedOn(),
                plan.status(),
                plan.version(),
                c.title(),
                c.preamble(),
                c.indices().stream()
                        .map(i -> {
                            GovernanceIndex index = reference.index(i.code()).orElse(null);
                            GovernanceIndex.Version version = index == null || on == null
                                    ? null
                                    : index.on(on).orElse(null);
                            UnitRef lead = on == null
                                    ? null
                                    : reference
                                            .lead(i.code(), plan.province(), on)
                                            .map(u -> new UnitRef(u.code(), u.name()))
                                            .orElse(null);
                            return new IndexView(
                                    i.code(),
                                    index == null ? i.code() : index.name(),
                                    index == null ? null : index.fullName(),
                                    i.year(),
                                    version == null ? null : version.publisher(),
                                    lead);
                        })
                        .toList(),
                c.purposes(),
                c.requirements(),
                ParticipantsView.of(c.participants()),
                c.chair(),
                c.format(),
                VenueView.of(c.venue()),
                TimeView.of(c.time()),
                c.backdrop(),
                c.budget(),
                assignments,
                c.distribution(),
                c.signer(),
                c.replacesInvitationLetter(),
                c.closing(),
                plan.approvedAt(),
                plan.approvedBy(),
                plan.returnReason(),
                plan.cancellationReason(),
                plan.cancelledAt(),
                plan.heldAt(),
                plan.closedAt(),
                plan.amendments(),
                plan.createdAt(),
                plan.createdBy(),
                plan.updatedAt(),
                plan.availableOperations().stream().map(Operation::verb).toList(),
                signed);
    }
}
