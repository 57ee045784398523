package vn.gov.conference.plan.readiness;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.gov.conference.plan.planning.Plan;
import vn.gov.conference.plan.planning.PlanSearch;
import vn.gov.conference.plan.planning.PlanService;
import vn.gov.conference.plan.planning.PlanStatus;
import vn.gov.conference.platform.security.Caller;
import vn.gov.conference.platform.security.Role;
import vn.gov.conference.platform.time.ConferenceTime;

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
    private final Clock clock;

    ReadinessController(PlanService plans, PlanSearch search, Readiness readiness, Clock clock) {
        this.plans = plans;
        this.search = search;
        this.readiness = readiness;
        this.clock = clock;
    }

    @GetMapping("/api/plans/{id}/readiness")
    @Operation(summary = "One plan: agenda published?, invitations sent / accepted / declined, materials requested / "
            + "submitted / late / overdue / accepted, each material request")
    ReadinessView plan(@PathVariable String id, Caller caller) {
        Plan plan = plans.get(id, caller);
        caller.checkRole(Role.CENTRAL, Role.OFFICE, Role.APPROVER);
        return ReadinessView.of(plan, readiness.findById(id).orElse(null), ConferenceTime.now(clock), true);
    }

    @GetMapping("/api/readiness")
    @Operation(summary = "Every province side by side (CENTRAL), filtered by index, year of the results, status and "
            + "overdue work")
    CentralReadinessView central(@RequestParam(required = false) String province,
                                 @RequestParam(required = false) String index,
                                 @RequestParam(required = false) Integer year,
                                 @RequestParam(required = false) PlanStatus status,
                                 @RequestParam(required = false) Boolean overdue,
                                 Caller caller) {
        caller.checkRole(Role.CENTRAL, Role.OFFICE, Role.APPROVER);
        OffsetDateTime now = ConferenceTime.now(clock);
        List<Plan> matching = search.all(new PlanSearch.PlanQuery(province, status, index, year, null, 0, 1), caller);
        Map<String, PlanReadiness> states = readiness.findAllById(matching.stream().map(p -> p.id().value()).toList())
                .stream().collect(Collectors.toMap(PlanReadiness::planId, Function.identity()));
        List<ReadinessView> rows = matching.stream()
                .map(plan -> ReadinessView.of(plan, states.get(plan.id().value()), now, false))
                .filter(row -> overdue == null || (row.materials().overdue() > 0) == overdue)
                .toList();
        return CentralReadinessView.of(now, rows);
    }
}
