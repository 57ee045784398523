package vn.gov.conference.plan.readiness;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.gov.conference.plan.planning.Plan;
import vn.gov.conference.plan.planning.PlanStatus;
import vn.gov.conference.plan.reference.Province;
import vn.gov.conference.plan.reference.ReferenceData;

/**
 * Who has planned the review of which index for one year of results: every province in force on a day, each with
 * its plans per index, so that a province without a plan shows as such. Grouped as the provinces are now (a merged
 * province counts its predecessors' plans) or as they were (each plan under the province that issued it).
 *
 * @param on the day whose provinces are listed
 */
record CoverageView(
        OffsetDateTime generatedAt,
        int year,
        @Nullable String index,
        Grouping grouping,
        @Nullable LocalDate on,
        Totals totals,
        List<ProvinceRow> provinces) {

    enum Grouping {
        /** Provinces as they are on the day: a merged one holds its predecessors' plans. */
        CURRENT,
        /** Provinces as they were: each plan under the province that issued it. */
        HISTORIC
    }

    /**
     * @param includes the provinces whose plans count here (itself and, grouped as now, its predecessors)
     * @param planned  whether any index has a plan that is not cancelled
     */
    record ProvinceRow(String code, String name, List<String> includes, boolean planned, List<IndexRow> indices) {}

    /** @param stage the furthest any of its plans got (cancelled only when all were); null when there is none */
    record IndexRow(String index, @Nullable PlanStatus stage, List<PlanRef> plans) {}

    record PlanRef(String id, String province, @Nullable String documentNumber, String title, PlanStatus status) {}

    @Schema(name = "CoverageTotals") // CentralReadinessView has its Totals too
    record Totals(int provinces, int planned, int unplanned, int plans) {}

    static CoverageView of(
            OffsetDateTime now,
            int year,
            String index,
            List<String> indices,
            Grouping grouping,
            LocalDate on,
            ReferenceData reference,
            List<Plan> plans) {
        Map<String, Province> listed = new LinkedHashMap<>();
        reference.provincesOn(on).forEach(p -> listed.put(p.code(), p));
        Map<String, Set<String>> includes = new LinkedHashMap<>();
        Map<String, String> rowOf = new LinkedHashMap<>();
        listed.keySet().forEach(code -> {
            Set<String> members = grouping == Grouping.CURRENT ? reference.lineage(code, on) : Set.of(code);
            includes.put(code, new LinkedHashSet<>(members));
            members.forEach(member -> rowOf.putIfAbsent(member, code));
        });
        Map<String, String> names = new LinkedHashMap<>();
        listed.values().forEach(p -> names.put(p.code(), p.name()));
        Map<String, List<Plan>> byRow = new LinkedHashMap<>();
        for (Plan plan : plans) {
            // a plan of a province outside every listed one still shows, on a row of its own
            String row = rowOf.computeIfAbsent(plan.province(), code -> {
                includes.put(code, new LinkedHashSet<>(List.of(code)));
                names.put(code, plan.issuer().provinceName());
                return code;
            });
            byRow.computeIfAbsent(row, r -> new ArrayList<>()).add(plan);
        }
        List<ProvinceRow> rows = includes.keySet().stream()
                .map(code -> row(
                        code,
                        names.get(code),
                        List.copyOf(includes.get(code)),
                        year,
                        indices,
                        byRow.getOrDefault(code, List.of())))
                .sorted(Comparator.comparing(ProvinceRow::code))
                .toList();
        int planned = (int) rows.stream().filter(ProvinceRow::planned).count();
        return new CoverageView(
                now,
                year,
                index,
                grouping,
                on,
                new Totals(rows.size(), planned, rows.size() - planned, plans.size()),
                rows);
    }

    private static ProvinceRow row(
            String code, String name, List<String> includes, int year, List<String> indices, List<Plan> plans) {
        List<IndexRow> rows = indices.stream()
                .map(index -> {
                    List<Plan> reviewing = plans.stream()
                            .filter(p -> p.content().indices().stream()
                                    .anyMatch(i -> i.code().equals(index) && i.year() == year))
                            .toList();
                    return new IndexRow(
                            index,
                            stage(reviewing),
                            reviewing.stream()
                                    .map(p -> new PlanRef(
                                            p.id().value(),
                                            p.province(),
                                            p.number() == null
                                                    ? null
                                                    : p.number().text(),
                                            p.content().title(),
                                            p.status()))
                                    .toList());
                })
                .toList();
        boolean planned = rows.stream().anyMatch(r -> r.stage() != null && r.stage() != PlanStatus.CANCELLED);
        return new ProvinceRow(code, name, includes, planned, rows);
    }

    private static PlanStatus stage(List<Plan> plans) {
        return plans.stream()
                .map(Plan::status)
                .filter(s -> s != PlanStatus.CANCELLED)
                .max(Comparator.naturalOrder())
                .orElse(plans.isEmpty() ? null : PlanStatus.CANCELLED);
    }
}
