package vn.gov.conference.web.console;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * The public API as the console calls it, always with the signed-in person's access token: what they may see and do
 * is the API's decision, answered with its own words ({@link vn.gov.conference.web.api.ApiRefusal}).
 */
public interface ConsoleApi {

    /**
     * {@code GET /api/plans}: their province's plans (every province's for the central agency), by status, index,
     * year of results and words of the title (accents optional: the API folds them); null leaves a filter out.
     */
    PlanSummary.Page plans(String status, String index, Integer year, String query, int page);

    /** {@code POST /api/plans}: a draft from the plan's JSON request form, as the API documents it. */
    PlanDocument create(String planJson);

    PlanDocument submit(String planId, String etag);

    /** {@code PATCH /api/plans/{id}}: a draft's request form changed by a JSON Merge Patch. */
    PlanDocument revise(String planId, String etag, Map<String, Object> mergePatch);

    /** {@code GET /api/plans/{id}/readiness}. */
    Readiness readiness(String planId);

    /** {@code GET /api/plans/{id}/agenda/timeline}: the times agenda-service computed, with its warnings. */
    Timeline timeline(String planId);

    /** {@code GET /api/plans/{id}} with its ETag, which the lifecycle calls send back as {@code If-Match}. */
    PlanDocument plan(String planId);

    /** @param number a number reserved in the register; null: the register's next */
    PlanDocument approve(String planId, String etag, LocalDate issuedOn, Integer number);

    PlanDocument returnForCorrection(String planId, String etag, String reason);

    PlanDocument schedule(String planId, String etag, OffsetDateTime start);

    /**
     * {@code GET /api/reference/units?province=&on=}, every page: the units of a province in force on a day (null:
     * today), and the central units ({@code kind=MINISTRY}, no province) a plan may also name.
     */
    java.util.List<Reference.Unit> units(String province, LocalDate on);

    /** {@code GET /api/reference/indices}. */
    java.util.List<Reference.Index> indices();
}
