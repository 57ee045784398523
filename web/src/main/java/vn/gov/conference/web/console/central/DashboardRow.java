package vn.gov.conference.web.console.central;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.gov.conference.web.console.Readiness;

/**
 * One line of the national dashboard: a province in force and one index, the stage the API gives it, and each of its
 * plans with the readiness the API computed for it (looked up by plan id, nothing recomputed here).
 */
record DashboardRow(String province, String provinceName, String index, String stage, List<PlanLine> plans) {

    record PlanLine(Coverage.PlanRef plan, Readiness readiness) {}

    static List<DashboardRow> of(Coverage coverage, Readiness.National national) {
        Map<String, Readiness> byPlan = national.provinces().stream()
                .flatMap(column -> column.plans().stream())
                .collect(Collectors.toMap(Readiness::planId, Function.identity(), (a, b) -> a));
        List<DashboardRow> rows = new ArrayList<>();
        for (Coverage.ProvinceRow province : coverage.provinces()) {
            for (Coverage.IndexRow index : province.indices()) {
                rows.add(new DashboardRow(
                        province.code(),
                        province.name(),
                        index.index(),
                        index.stage(),
                        index.plans().stream()
                                .map(plan -> new PlanLine(plan, byPlan.get(plan.id())))
                                .toList()));
            }
        }
        return rows;
    }
}
