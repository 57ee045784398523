package vn.gov.conference.plan.planning;

import vn.gov.conference.platform.text.VietnameseText;

/** A governance index (reference-data code: "PAR", "PAPI", …) and the year whose results are reviewed. */
public record IndexUnderReview(String code, int year) {

    public IndexUnderReview {
        code = VietnameseText.nfcOrNull(code);
        if (code == null) {
            throw new IllegalArgumentException("index code must not be blank");
        }
    }
}
