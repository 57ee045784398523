package vn.gov.conference.plan.readiness;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.gov.conference.contracts.UnitRef;
import vn.gov.conference.plan.planning.IndexUnderReview;
import vn.gov.conference.plan.planning.Plan;
import vn.gov.conference.plan.planning.PlanStatus;
import vn.gov.conference.plan.planning.PlannedTime;

/**
 * One plan's readiness at a glance: the agenda, the invitations, the materials. {@code ready} means the agenda is
 * published, invitations went out and every requested material was accepted; {@code overdue} counts open requests
 * past their deadline (or reported overdue).
 */
record ReadinessView(
        String planId,
        String province,
        @Nullable String provinceName,
        @Nullable String documentNumber,
        String title,
        PlanStatus status,
        Time time,
        List<IndexUnderReview> indices,
        AgendaView agenda,
        InvitationsView invitations,
        MaterialsView materials,
        boolean ready,
        @Nullable OffsetDateTime updatedAt) {

    record Time(
            @Nullable String label,
            @Nullable OffsetDateTime start,
            @Nullable LocalDate windowStart,
            @Nullable LocalDate windowEnd) {}

    record AgendaView(
            boolean published,
            int revision,
            @Nullable OffsetDateTime sessionStart,
            @Nullable OffsetDateTime sessionEnd) {}

    record InvitationsView(int issued, long accepted, long declined, long substituted, long pending, int checkedIn) {}

    record MaterialsView(
            int requested,
            long submitted,
            long accepted,
            long returned,
            long late,
            long overdue,
            boolean published,
            @Nullable OffsetDateTime publishedAt,
            @Nullable List<MaterialView> items) {}

    record MaterialView(
            String requestId,
            @Nullable String assignmentId,
            UnitRef owner,
            @Nullable UnitRef recipient,
            @Nullable String kind,
            String title,
            @Nullable OffsetDateTime deadline,
            String status,
            boolean late,
            boolean overdue) {}

    static ReadinessView of(Plan plan, PlanReadiness readiness, OffsetDateTime now, boolean withItems) {
        PlanReadiness r =
                readiness != null ? readiness : PlanReadiness.of(plan.id().value());
        PlannedTime time = plan.content().time();
        AgendaView agenda = r.agenda() == null
                ? new AgendaView(false, 0, null, null)
                : new AgendaView(
                        true,
                        r.agenda().revision(),
                        r.agenda().sessionStart(),
                        r.agenda().sessionEnd());
        long accepted = r.count("ACCEPTED");
        long declined = r.count("DECLINED");
        long substituted = r.count("SUBSTITUTED");
        InvitationsView invitations = new InvitationsView(
                r.invitationsIssued(),
                accepted,
                declined,
                substituted,
                Math.max(0, r.invitationsIssued() - accepted - declined - substituted),
                r.checkedInInvitations().size());
        List<PlanReadiness.Material> materials = r.materials();
        long materialsAccepted = count(materials, PlanReadiness.MaterialStatus.ACCEPTED);
        MaterialsView materialsView = new MaterialsView(
                materials.size(),
                materials.stream()
                        .filter(m -> m.status() != PlanReadiness.MaterialStatus.REQUESTED)
                        .count(),
                materialsAccepted,
                count(materials, PlanReadiness.MaterialStatus.RETURNED),
                materials.stream().filter(PlanReadiness.Material::late).count(),
                materials.stream().filter(m -> m.overdue(now)).count(),
                r.materialsPublishedAt() != null,
                r.materialsPublishedAt(),
                withItems
                        ? materials.stream()
                                .sorted(Comparator.comparing(
                                        PlanReadiness.Material::deadline,
                                        Comparator.nullsLast(Comparator.naturalOrder())))
                                .map(m -> new MaterialView(
                                        m.requestId(),
                                        m.assignmentId(),
                                        m.owner(),
                                        m.recipient(),
                                        m.kind(),
                                        m.title(),
                                        m.deadline(),
                                        m.status().name(),
                                        m.late(),
                                        m.overdue(now)))
                                .toList()
                        : null);
        boolean ready = agenda.published() && invitations.issued() > 0 && materialsAccepted == materials.size();
        return new ReadinessView(
                plan.id().value(),
                plan.province(),
                plan.issuer().provinceName(),
                plan.number() == null ? null : plan.number().text(),
                plan.content().title(),
                plan.status(),
                new Time(time.label(), time.start(), time.windowStart(), time.windowEnd()),
                plan.content().indices(),
                agenda,
                invitations,
                materialsView,
                ready,
                plan.updatedAt());
    }

    private static long count(List<PlanReadiness.Material> materials, PlanReadiness.MaterialStatus status) {
        return materials.stream().filter(m -> m.status() == status).count();
    }
}
