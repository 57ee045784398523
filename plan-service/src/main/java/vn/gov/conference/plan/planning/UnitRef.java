package vn.gov.conference.plan.planning;

import org.jspecify.annotations.Nullable;
import vn.gov.conference.platform.text.VietnameseText;

/**
 * An administrative unit as the plan names it: its reference-data code and the name it had on the plan's
 * date. Names are copied in so that a historical plan keeps reading as it was written after units merge.
 */
public record UnitRef(String code, @Nullable String name) {

    public UnitRef {
        code = VietnameseText.nfcOrNull(code);
        name = VietnameseText.nfcOrNull(name);
        if (code == null) {
            throw new IllegalArgumentException("unit code must not be blank");
        }
    }
}
