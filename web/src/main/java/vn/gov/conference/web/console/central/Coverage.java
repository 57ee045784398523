package vn.gov.conference.web.console.central;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * {@code GET /api/readiness/coverage}: every province in force, each with its plans per index for one year of results
 * (plan-service's CoverageView); a province without a plan is listed as such.
 */
record Coverage(
        OffsetDateTime generatedAt,
        int year,
        String index,
        String grouping,
        LocalDate on,
        Totals totals,
        List<ProvinceRow> provinces) {

    record ProvinceRow(String code, String name, List<String> includes, boolean planned, List<IndexRow> indices) {}

    record IndexRow(String index, String stage, List<PlanRef> plans) {}

    record PlanRef(String id, String province, String documentNumber, String title, String status) {}

    record Totals(int provinces, int planned, int unplanned, int plans) {}
}
