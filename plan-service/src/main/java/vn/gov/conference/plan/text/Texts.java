package vn.gov.conference.plan.text;

import java.util.List;
import java.util.Objects;

import vn.gov.conference.platform.text.VietnameseText;

/** Vietnamese text as the plan stores it: NFC, trimmed, blank meaning absent. */
public final class Texts {

    private Texts() {
    }

    /** NFC-normalised and trimmed; null when blank so that "" and absent mean the same. */
    public static String clean(String text) {
        return VietnameseText.nfcOrNull(text);
    }

    /** Every line cleaned, blank lines dropped, never null. */
    public static List<String> cleanLines(List<String> lines) {
        if (lines == null) {
            return List.of();
        }
        return lines.stream().map(Texts::clean).filter(Objects::nonNull).toList();
    }

    /** The accent- and case-insensitive form searches compare ("tien giang" finds "Tiền Giang"). */
    public static String fold(String text) {
        return VietnameseText.fold(text);
    }
}
