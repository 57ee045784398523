package vn.gov.conference.plan.text;

import java.util.List;
import java.util.Objects;
import vn.gov.conference.platform.text.VietnameseText;

/** Lists of Vietnamese text lines as the plan stores them; single values go through {@link VietnameseText}. */
public final class Texts {

    private Texts() {}

    /** Every line NFC-normalised and trimmed ({@link VietnameseText#nfcOrNull}), blank lines dropped, never null. */
    public static List<String> cleanLines(List<String> lines) {
        if (lines == null) {
            return List.of();
        }
        return lines.stream()
                .map(VietnameseText::nfcOrNull)
                .filter(Objects::nonNull)
                .toList();
    }
}
