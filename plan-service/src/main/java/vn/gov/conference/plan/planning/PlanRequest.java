package vn.gov.conference.plan.planning;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A plan as a province writes it: the body of {@code POST /api/plans}, the document a {@code PATCH} merges
 * into and the content of an amendment. Units are named by reference-data code only; names are filled in from
 * the reference data as they were on the plan's date. demo-data/plans/*.json are two of these.
 */
public record PlanRequest(
        @Nullable String province,
        @Nullable String issuingBody,
        String title,
        @Nullable List<String> preamble,
        @Nullable List<IndexRequest> indices,
        @Nullable List<String> purposes,
        @Nullable List<String> requirements,
        @Nullable ParticipantsRequest participants,
        @Nullable String chair,
        ConferenceFormat format,
        @Nullable Venue venue,
        TimeRequest time,
        @Nullable Backdrop backdrop,
        @Nullable BudgetRequest budget,
        @Nullable List<AssignmentRequest> assignments,
        @Nullable List<DistributionRequest> distribution,
        @Nullable Signer signer,
        @Nullable Boolean replacesInvitationLetter,
        @Nullable String closing) {

    /** An index by code or alias ("PAR", "PAR Index") and the year of the results under review. */
    public record IndexRequest(String code, Integer year) {}

    public record ParticipantsRequest(
            @Nullable List<GroupRequest> groups,
            @Nullable List<BridgePointRequest> bridgePoints,
            @Nullable List<ExternalGuest> externalGuests,
            @Nullable Integer statedTotal,
            @Nullable Boolean totalApproximate) {}

    public record GroupRequest(
            @Nullable String id,
            ParticipantLevel level,
            String unit,
            String role,
            @Nullable Integer count,
            @Nullable String bridgePoint) {}

    public record BridgePointRequest(
            String code,
            String name,
            @Nullable String host,
            @Nullable Integer expectedAttendance) {}

    /**
     * Either {@code start}; or a window ({@code windowStart}/{@code windowEnd}, {@code quarter} or {@code month}
     * with {@code year}); or only a {@code label} the window is read from ("dự kiến quý 3 năm 2024").
     */
    public record TimeRequest(
            @Nullable OffsetDateTime start,
            @Nullable LocalDate windowStart,
            @Nullable LocalDate windowEnd,
            @Nullable Integer quarter,
            @Nullable Integer month,
            @Nullable Integer year,
            @Nullable String label,
            @Nullable String note) {}

    public record BudgetRequest(String source, @Nullable String managedBy) {}

    public record AssignmentRequest(
            @Nullable String id,
            String owner,
            @Nullable List<String> collaborators,
            String task,
            @Nullable List<Deliverable> deliverables,
            @Nullable LocalDate dueBefore,
            @Nullable String recipient,
            @Nullable String next,
            @Nullable String note) {}

    public record DistributionRequest(String text, @Nullable List<String> units) {}

    /** The request that would produce {@code content}: what a PATCH merges into, what a client edits. */
    public static PlanRequest of(Issuer issuer, PlanContent content) {
        Composition participants = content.participants();
        PlannedTime time = content.time();
        return new PlanRequest(
                issuer.provinceCode(),
                issuer.body().code(),
                content.title(),
                content.preamble(),
                content.indices().stream()
                        .map(i -> new IndexRequest(i.code(), i.year()))
                        .toList(),
                content.purposes(),
                content.requirements(),
                new ParticipantsRequest(
                        participants.groups().stream()
                                .map(g -> new GroupRequest(
                                        g.id(), g.level(), code(g.unit()), g.role(), g.count(), g.bridgePoint()))
                                .toList(),
                        participants.bridgePoints().stream()
                                .map(p -> new BridgePointRequest(
                                        p.code(), p.name(), code(p.host()), p.expectedAttendance()))
                                .toList(),
                        participants.externalGuests(),
                        participants.statedTotal(),
                        participants.totalApproximate()),
                content.chair(),
                content.format(),
                content.venue(),
                time == null
                        ? null
                        : new TimeRequest(
                                time.start(),
                                time.windowStart(),
                                time.windowEnd(),
                                null,
                                null,
                                null,
                                time.label(),
                                time.note()),
                content.backdrop(),
                content.budget() == null
                        ? null
                        : new BudgetRequest(
                                content.budget().source(), code(content.budget().managedBy())),
                content.assignments().stream()
                        .map(a -> new AssignmentRequest(
                                a.id(),
                                code(a.owner()),
                                a.collaborators().stream().map(UnitRef::code).toList(),
                                a.task(),
                                a.deliverables(),
                                a.dueBefore(),
                                code(a.recipient()),
                                a.next(),
                                a.note()))
                        .toList(),
                content.distribution().stream()
                        .map(d -> new DistributionRequest(
                                d.text(), d.units().stream().map(UnitRef::code).toList()))
                        .toList(),
                content.signer(),
                content.replacesInvitationLetter(),
                content.closing());
    }

    private static String code(UnitRef unit) {
        return unit == null ? null : unit.code();
    }
}
