package vn.gov.conference.plan.readiness;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every province side by side: its plans' readiness and the province's totals. */
record CentralReadinessView(OffsetDateTime generatedAt, List<ProvinceColumn> provinces) {

    record ProvinceColumn(String province, String name, Totals totals, List<ReadinessView> plans) {}

    record Totals(
            int plans,
            int ready,
            int agendasPublished,
            int invitationsIssued,
            long accepted,
            long declined,
            int materialsRequested,
            long materialsAccepted,
            long materialsLate,
            long materialsOverdue) {}

    static CentralReadinessView of(OffsetDateTime now, List<ReadinessView> rows) {
        Map<String, List<ReadinessView>> byProvince = new LinkedHashMap<>();
        rows.forEach(row -> byProvince
                .computeIfAbsent(row.province(), p -> new ArrayList<>())
                .add(row));
        List<ProvinceColumn> columns = byProvince.values().stream()
                .map(plans -> new ProvinceColumn(
                        plans.getFirst().province(), plans.getFirst().provinceName(), totals(plans), plans))
                .toList();
        return new CentralReadinessView(now, columns);
    }

    private static Totals totals(List<ReadinessView> plans) {
        return new Totals(
                plans.size(),
                (int) plans.stream().filter(ReadinessView::ready).count(),
                (int) plans.stream().filter(p -> p.agenda().published()).count(),
                plans.stream().mapToInt(p -> p.invitations().issued()).sum(),
                plans.stream().mapToLong(p -> p.invitations().accepted()).sum(),
                plans.stream().mapToLong(p -> p.invitations().declined()).sum(),
                plans.stream().mapToInt(p -> p.materials().requested()).sum(),
                plans.stream().mapToLong(p -> p.materials().accepted()).sum(),
                plans.stream().mapToLong(p -> p.materials().late()).sum(),
                plans.stream().mapToLong(p -> p.materials().overdue()).sum());
    }
}
