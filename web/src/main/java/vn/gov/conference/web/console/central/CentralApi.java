package vn.gov.conference.web.console.central;

import java.util.List;
import vn.gov.conference.web.console.Readiness;

/** What the central agency's dashboard reads, with the signed-in person's token (the API allows CENTRAL only). */
interface CentralApi {

    /** {@code GET /api/readiness/coverage?year=&index=}: every province in force, planned or not. */
    Coverage coverage(int year, String index);

    /** {@code GET /api/readiness?year=&index=}: the readiness of every matching plan, by province. */
    Readiness.National national(int year, String index);

    /** {@code GET /api/reference/indices}: the indices the filter offers. */
    List<IndexName> indices();

    record IndexName(String code, String name) {}
}
