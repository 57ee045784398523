package vn.gov.conference.plan.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import vn.gov.conference.plan.planning.PlanRequest.AssignmentRequest;
import vn.gov.conference.plan.planning.PlanRequest.BridgePointRequest;
import vn.gov.conference.plan.planning.PlanRequest.DistributionRequest;
import vn.gov.conference.plan.planning.PlanRequest.GroupRequest;
import vn.gov.conference.plan.planning.PlanRequest.IndexRequest;
import vn.gov.conference.plan.planning.PlanRequest.ParticipantsRequest;
import vn.gov.conference.plan.planning.PlanRequest.TimeRequest;
import vn.gov.conference.plan.reference.AdministrativeUnit;
import vn.gov.conference.plan.reference.GovernanceIndex;
import vn.gov.conference.plan.reference.Province;
import vn.gov.conference.plan.reference.ReferenceData;
import vn.gov.conference.plan.reference.ReferenceData.UnitCheck;
import vn.gov.conference.plan.reference.UnitKind;

/**
 * Turns a {@link PlanRequest} into {@link PlanContent}: reads the time, resolves index aliases and unit codes
 * against the reference data on the plan's date, and reports every problem at once with the field it is in.
 */
public class PlanContentResolver {

    private final Supplier<ReferenceData> references;

    /** @param references the reference data as it stands, read once per request */
    public PlanContentResolver(Supplier<ReferenceData> references) {
        this.references = references;
    }

    /**
     * The issuer of a new plan of {@code province} dated {@code day}: the province's People's Committee unless
     * the request names another issuing body of the province.
     */
    public Issuer issuer(String province, String issuingBody, LocalDate day) {
        ReferenceData reference = references.get();
        Optional<Province> version = reference.province(province, day);
        if (version.isEmpty()) {
            String why = reference.knowsProvince(province)
                    ? "Province " + province + " did not exist on " + day + successorHint(reference, province)
                    : "No province " + province + " in the reference data.";
            throw new PlanRuleViolationException("province", "province-not-valid", why);
        }
        AdministrativeUnit body;
        if (issuingBody == null) {
            body = reference
                    .unitOfKind(province, UnitKind.PEOPLES_COMMITTEE, day)
                    .orElseThrow(() -> new PlanRuleViolationException(
                            "issuingBody",
                            "required",
                            "Province " + province + " has no People's Committee on " + day
                                    + "; name the issuing body."));
        } else {
            UnitCheck check = reference.check(issuingBody, province, day);
            if (!check.ok()) {
                throw new PlanRuleViolationException("issuingBody", check.rule(), check.message());
            }
            body = check.unit();
        }
        if (body.province() == null || body.abbreviation() == null) {
            throw new PlanRuleViolationException(
                    "issuingBody", "not-an-issuer", body.code() + " does not issue provincial plans.");
        }
        return new Issuer(
                province,
                version.get().name(),
                new UnitRef(body.code(), body.name()),
                body.abbreviation(),
                version.get().place());
    }

    private static String successorHint(ReferenceData reference, String province) {
        return reference.provinces().stream()
                .filter(p -> p.code().equals(province)
                        && p.successor() != null
                        && !p.successor().equals(province))
                .findFirst()
                .map(p -> "; after " + p.validTo() + " it is part of " + p.successor() + ".")
                .orElse(".");
    }

    /**
     * The day a new draft is read at: the first day of its conference. Null when the request states no usable
     * time (the content's own rules then report it).
     */
    public LocalDate draftDate(PlanRequest request) {
        List<Violation> ignored = new ArrayList<>();
        PlannedTime time = time(request.time(), ignored);
        return time == null ? null : time.firstDay();
    }

    /**
     * The content of a plan of {@code province} read on {@code day} ({@code null}: the conference's first day;
     * when even that is unknown, unit validity is not checked and the missing time is reported instead).
     *
     * @throws PlanRuleViolationException naming every field that cannot be resolved
     */
    public PlanContent content(PlanRequest request, String province, LocalDate day) {
        ReferenceData reference = references.get();
        List<Violation> violations = new ArrayList<>();
        PlannedTime time = time(request.time(), violations);
        LocalDate on = day != null ? day : time != null ? time.firstDay() : null;
        Units units = new Units(reference, province, on, violations);

        List<IndexUnderReview> indices = new ArrayList<>();
        List<IndexRequest> indexRequests = nonNull(request.indices());
        for (int i = 0; i < indexRequests.size(); i++) {
            IndexRequest index = indexRequests.get(i);
            Optional<GovernanceIndex> known = index.code() == null ? Optional.empty() : reference.index(index.code());
            if (known.isEmpty()) {
                violations.add(new Violation(
                        "indices[" + i + "].code",
                        "unknown-index",
                        "Unknown index " + index.code() + "; known: "
                                + reference.indices().stream()
                                        .map(GovernanceIndex::code)
                                        .toList() + "."));
            } else if (index.year() == null) {
                violations.add(new Violation(
                        "indices[" + i + "].year",
                        "required",
                        "Say the year of the " + known.get().code() + " results under review."));
            } else {
                indices.add(new IndexUnderReview(known.get().code(), index.year()));
            }
        }

        ParticipantsRequest participants = request.participants() != null
                ? request.participants()
                : new ParticipantsRequest(null, null, null, null, null);
        List<ParticipantGroup> groups = new ArrayList<>();
        List<GroupRequest> groupRequests = nonNull(participants.groups());
        for (int i = 0; i < groupRequests.size(); i++) {
            GroupRequest group = groupRequests.get(i);
            groups.add(new ParticipantGroup(
                    group.id(),
                    group.level(),
                    units.optional("participants.groups[" + i + "].unit", group.unit()),
                    group.role(),
                    group.count(),
                    group.bridgePoint()));
        }
        List<BridgePoint> points = new ArrayList<>();
        List<BridgePointRequest> pointRequests = nonNull(participants.bridgePoints());
        for (int i = 0; i < pointRequests.size(); i++) {
            BridgePointRequest point = pointRequests.get(i);
            points.add(new BridgePoint(
                    point.code(),
                    point.name(),
                    units.optional("participants.bridgePoints[" + i + "].host", point.host()),
                    point.expectedAttendance()));
        }
        Composition composition = new Composition(
                groups,
                points,
                nonNull(participants.externalGuests()),
                participants.statedTotal(),
                Boolean.TRUE.equals(participants.totalApproximate()));

        List<Assignment> assignments = new ArrayList<>();
        List<AssignmentRequest> assignmentRequests = nonNull(request.assignments());
        for (int i = 0; i < assignmentRequests.size(); i++) {
            AssignmentRequest a = assignmentRequests.get(i);
            String path = "assignments[" + i + "]";
            List<UnitRef> collaborators = new ArrayList<>();
            List<String> collaboratorCodes = nonNull(a.collaborators());
            for (int c = 0; c < collaboratorCodes.size(); c++) {
                UnitRef unit = units.optional(path + ".collaborators[" + c + "]", collaboratorCodes.get(c));
                if (unit != null) {
                    collaborators.add(unit);
                }
            }
            assignments.add(new Assignment(
                    a.id(),
                    units.optional(path + ".owner", a.owner()),
                    collaborators,
                    a.task(),
                    a.deliverables(),
                    a.dueBefore(),
                    units.optional(path + ".recipient", a.recipient()),
                    a.next(),
                    a.note()));
        }

        List<DistributionEntry> distribution = new ArrayList<>();
        List<DistributionRequest> distributionRequests = nonNull(request.distribution());
        for (int i = 0; i < distributionRequests.size(); i++) {
            DistributionRequest entry = distributionRequests.get(i);
            List<UnitRef> designated = new ArrayList<>();
            List<String> codes = nonNull(entry.units());
            for (int u = 0; u < codes.size(); u++) {
                UnitRef unit = units.anyProvince("distribution[" + i + "].units[" + u + "]", codes.get(u));
                if (unit != null) {
                    designated.add(unit);
                }
            }
            distribution.add(new DistributionEntry(entry.text(), designated));
        }

        Budget budget = request.budget() == null
                ? null
                : new Budget(
                        request.budget().source(),
                        units.optional("budget.managedBy", request.budget().managedBy()));

        PlanRuleViolationException.throwIfAny(violations);
        return new PlanContent(
                request.title(),
                request.preamble(),
                indices,
                request.purposes(),
                request.requirements(),
                composition,
                request.chair(),
                request.format(),
                request.venue(),
                time,
                request.backdrop(),
                budget,
                assignments,
                distribution,
                request.signer(),
                Boolean.TRUE.equals(request.replacesInvitationLetter()),
                request.closing());
    }

    /** Reads the time from whichever form the request used; reports a mix of forms or an unreadable label. */
    static PlannedTime time(TimeRequest time, List<Violation> violations) {
        if (time == null) {
            return null;
        }
        boolean window = time.windowStart() != null || time.windowEnd() != null;
        boolean period = time.quarter() != null || time.month() != null;
        int forms = (time.start() != null ? 1 : 0) + (window ? 1 : 0) + (period ? 1 : 0);
        if (forms > 1 || (time.quarter() != null && time.month() != null)) {
            violations.add(new Violation(
                    "time",
                    "one-form",
                    "Give either start, or windowStart and windowEnd, or a quarter or a month with its year."));
            return null;
        }
        try {
            if (time.start() != null) {
                return PlannedTime.exact(time.start(), time.label(), time.note());
            }
            if (window) {
                if (time.windowStart() == null || time.windowEnd() == null) {
                    violations.add(new Violation(
                            time.windowStart() == null ? "time.windowStart" : "time.windowEnd",
                            "required",
                            "A window has a first and a last day."));
                    return null;
                }
                if (time.windowEnd().isBefore(time.windowStart())) {
                    violations.add(
                            new Violation("time.windowEnd", "window-order", "The window ends before it starts."));
                    return null;
                }
                return PlannedTime.window(time.windowStart(), time.windowEnd(), time.label(), time.note());
            }
            if (period) {
                if (time.year() == null) {
                    violations.add(new Violation("time.year", "required", "A quarter or a month needs its year."));
                    return null;
                }
                if (time.quarter() != null && (time.quarter() < 1 || time.quarter() > 4)) {
                    violations.add(new Violation("time.quarter", "range", "A quarter is 1 to 4."));
                    return null;
                }
                if (time.month() != null && (time.month() < 1 || time.month() > 12)) {
                    violations.add(new Violation("time.month", "range", "A month is 1 to 12."));
                    return null;
                }
                return time.quarter() != null
                        ? PlannedTime.quarter(time.quarter(), time.year(), time.label(), time.note())
                        : PlannedTime.month(time.month(), time.year(), time.label(), time.note());
            }
        } catch (java.time.DateTimeException e) {
            violations.add(new Violation("time", "invalid-date", e.getMessage()));
            return null;
        }
        Optional<PlannedTime> parsed =
                time.label() == null ? Optional.empty() : PlannedTime.parseTentative(time.label(), time.note());
        if (parsed.isEmpty()) {
            violations.add(new Violation(
                    "time.label",
                    "unreadable-time",
                    "Cannot read a window from \"" + time.label() + "\"; give start, a window, a quarter or a month."));
            return null;
        }
        return parsed.get();
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }

    /** Unit codes resolved on one day for one province, problems collected with their field. */
    private static final class Units {

        private final ReferenceData reference;
        private final String province;
        private final LocalDate day;
        private final List<Violation> violations;

        Units(ReferenceData reference, String province, LocalDate day, List<Violation> violations) {
            this.reference = reference;
            this.province = province;
            this.day = day;
            this.violations = violations;
        }

        UnitRef optional(String field, String code) {
            if (code == null || code.isBlank()) {
                return null;
            }
            UnitCheck check = reference.check(code.strip(), province, day);
            if (!check.ok()) {
                violations.add(new Violation(field, check.rule(), check.message()));
                return null;
            }
            return new UnitRef(check.unit().code(), check.unit().name());
        }

        UnitRef anyProvince(String field, String code) {
            if (code == null || code.isBlank()) {
                return null;
            }
            Optional<AdministrativeUnit> unit = day == null
                    ? reference.unitVersions(code.strip()).stream().reduce((first, last) -> last)
                    : reference.unit(code.strip(), day);
            if (unit.isEmpty()) {
                UnitCheck check = reference.check(code.strip(), null, day);
                violations.add(new Violation(field, check.rule(), check.message()));
                return null;
            }
            return new UnitRef(unit.get().code(), unit.get().name());
        }
    }
}
