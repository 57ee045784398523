package vn.gov.conference.web.console;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * The public API as the console calls it, always with the signed-in person's access token: what they may see and do
 * is the API's decision, answered with its own words ({@link vn.gov.conference.web.api.ApiRefusal}).
 */
public interface ConsoleApi {

    /** {@code GET /api/plans}: their province's plans (every province's for the central agency). */
    PlanSummary.Page plans(String status, String query, int page);

    /** {@code GET /api/plans/{id}} with its ETag, which the lifecycle calls send back as {@code If-Match}. */
    PlanDocument plan(String planId);

    /** @param number a number reserved in the register; null: the register's next */
    PlanDocument approve(String planId, String etag, LocalDate issuedOn, Integer number);

    PlanDocument returnForCorrection(String planId, String etag, String reason);

    PlanDocument schedule(String planId, String etag, OffsetDateTime start);
}
