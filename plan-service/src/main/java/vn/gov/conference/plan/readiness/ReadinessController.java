package vn.gov.conference.plan.readiness;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.conference.plan.planning.Plan;
import vn.gov.conference.plan.planning.PlanSearch;
import vn.gov.conference.plan.planning.PlanService;
import vn.gov.conference.plan.planning.PlanStatus;
import vn.gov.conference.plan.reference.GovernanceIndex;
import vn.gov.conference.plan.reference.ReferenceData;
import vn.gov.conference.plan.reference.ReferenceStore;
import vn.gov.conference.platform.security.Caller;
import vn.gov.conference.platform.time.VietnamTime;
import vn.gov.conference.platform.web.InvalidInputException;

/**
 * Readiness of one plan ({@code /api/plans/{id}/readiness}) and of every province side by side
 * ({@code /api/readiness}; an office or approver sees its own province there). Departments have their own
 * assignments, not the whole picture.
 */
@RestController
@Tag(name = "Readiness", description = "Agenda, invitations and materials at a glance, per plan and per province")
class ReadinessController {

    private final PlanService plans;
    private final PlanSearch search;
    private final Readiness readiness;
    private final ReferenceStore reference;
    private final Clock clock;

    ReadinessController(
            PlanService plans, PlanSearch search, Readiness readiness, ReferenceStore reference, Clock clock) {
        this.plans = plans;
        this.search = search;
        this.readiness = readiness;
        this.reference = reference;
        this.clock = clock;
    }

    @GetMapping("/api/plans/{id}/readiness")
    @Operation(
            summary = "One plan: agenda published?, invitations sent / accepted / declined, materials requested / "
                    + "submitted / late / overdue / accepted, each material request")
    ReadinessView plan(@PathVariable String id, Caller caller) {
        Plan plan = plans.get(id, caller);
        ReadinessAccess.checkCanReadReadiness(caller);
        return ReadinessView.of(plan, readiness.findById(id).orElse(null), VietnamTime.now(clock), true);
    }

    @GetMapping("/api/readiness")
    @Operation(
            summary = "Every province side by side (CENTRAL), filtered by index, year of the results, status and "
                    + "overdue work")
    CentralReadinessView central(
            @RequestParam(required = false) String province,
            @RequestParam(required = false) String index,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) PlanStatus status,
            @RequestParam(required = false) Boolean overdue,
            Caller caller) {
        ReadinessAccess.checkCanReadReadiness(caller);
        OffsetDateTime now = VietnamTime.now(clock);
        List<Plan> matching = search.all(new PlanSearch.PlanQuery(province, status, index, year, null, 0, 1), caller);
        Map<String, PlanReadiness> states =
                readiness.findAllById(matching.stream().map(p -> p.id().value()).toList()).stream()
                        .collect(Collectors.toMap(PlanReadiness::planId, Function.identity()));
        List<ReadinessView> rows = matching.stream()
                .map(plan -> ReadinessView.of(plan, states.get(plan.id().value()), now, false))
                .filter(row -> overdue == null || (row.materials().overdue() > 0) == overdue)
                .toList();
        return CentralReadinessView.of(now, rows);
    }

    @GetMapping("/api/readiness/coverage")
    @Operation(
            summary =
                    "Who has planned the review of a year's results (CENTRAL): every province in force on a day "
                            + "(default: today, or the year's last day grouped as they were), its plans per index, none included")
    CoverageView coverage(
            @RequestParam int year,
            @RequestParam(required = false) String index,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
            @RequestParam(defaultValue = "current") String grouping,
            Caller caller) {
        ReadinessAccess.checkCanReadCoverage(caller);
        CoverageView.Grouping groupedAs = switch (grouping.toLowerCase()) {
            case "current" -> CoverageView.Grouping.CURRENT;
            case "historic" -> CoverageView.Grouping.HISTORIC;
            default ->
                throw new InvalidInputException(
                        "grouping",
                        "unknown-grouping",
                        "Group provinces as they are now (current) or as they were (historic).");
        };
        OffsetDateTime now = VietnamTime.now(clock);
        LocalDate day = on != null
                ? on
                : groupedAs == CoverageView.Grouping.HISTORIC ? LocalDate.of(year, 12, 31) : now.toLocalDate();
        ReferenceData data = reference.current();
        List<Plan> matching = search.all(new PlanSearch.PlanQuery(null, null, index, year, null, 0, 1), caller);
        List<String> indices = index == null
                ? data.indices().stream().map(GovernanceIndex::code).toList()
                : List.of(data.index(index).orElseThrow().code());
        return CoverageView.of(
                now, year, index == null ? null : indices.getFirst(), indices, groupedAs, day, data, matching);
    }
}
