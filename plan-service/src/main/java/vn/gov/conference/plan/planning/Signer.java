package vn.gov.conference.plan.planning;

import org.jspecify.annotations.Nullable;

import vn.gov.conference.plan.text.Texts;

/**
 * Who signs: {@code name} and {@code title} ("Chủ tịch"), and {@code capacity} when signing on behalf of the
 * collective body ("TM. Ủy ban nhân dân").
 */
public record Signer(String name, @Nullable String title, @Nullable String capacity) {

    public Signer {
        name = Texts.clean(name);
        title = Texts.clean(title);
        capacity = Texts.clean(capacity);
    }
}
