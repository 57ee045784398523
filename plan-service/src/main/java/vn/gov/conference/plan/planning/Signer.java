package vn.gov.conference.plan.planning;

import org.jspecify.annotations.Nullable;
import vn.gov.conference.platform.text.VietnameseText;

/**
 * Who signs: {@code name} and {@code title} ("Chủ tịch"), and {@code capacity} when signing on behalf of the
 * collective body ("TM. Ủy ban nhân dân").
 */
public record Signer(
        String name, @Nullable String title, @Nullable String capacity) {

    public Signer {
        name = VietnameseText.nfcOrNull(name);
        title = VietnameseText.nfcOrNull(title);
        capacity = VietnameseText.nfcOrNull(capacity);
    }
}
