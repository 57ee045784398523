package vn.gov.conference.web.console;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A plan in a list, as {@code GET /api/plans} answers (plan-service's PlanSummary). */
public record PlanSummary(
        String id,
        String province,
        String issuingBody,
        String documentNumber,
        String numberText,
        LocalDate issuedOn,
        String title,
        String status,
        int version,
        String format,
        PlanDocument.Time time,
        List<PlanDocument.IndexUnderReview> indices,
        OffsetDateTime updatedAt) {

    public record Page(List<PlanSummary> items, int page, int size, long total) {}
}
