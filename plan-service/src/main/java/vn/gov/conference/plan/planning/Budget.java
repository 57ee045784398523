package vn.gov.conference.plan.planning;

import org.jspecify.annotations.Nullable;
import vn.gov.conference.platform.text.VietnameseText;

/** Where the money comes from, in the plan's words, and the unit that manages that fund when named. */
public record Budget(String source, @Nullable UnitRef managedBy) {

    public Budget {
        source = VietnameseText.nfcOrNull(source);
    }
}
