package vn.gov.conference.plan.planning;

import org.jspecify.annotations.Nullable;
import vn.gov.conference.platform.text.VietnameseText;

/**
 * Who issues the plan: the province (tenant) and the issuing body as they were on the plan's date.
 * {@code abbreviation} is the body's part of the document number ("UBND" in 276/KH-UBND) and
 * {@code place} the place name heading the document ("Tiền Giang").
 */
public record Issuer(
        String provinceCode,
        @Nullable String provinceName,
        UnitRef body,
        String abbreviation,
        @Nullable String place) {

    public Issuer {
        provinceCode = VietnameseText.nfcOrNull(provinceCode);
        provinceName = VietnameseText.nfcOrNull(provinceName);
        abbreviation = VietnameseText.nfcOrNull(abbreviation);
        place = VietnameseText.nfcOrNull(place);
        if (provinceCode == null || body == null || abbreviation == null) {
            throw new IllegalArgumentException("an issuer needs a province, a body and its abbreviation");
        }
    }
}
