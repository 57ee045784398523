package vn.gov.conference.platform.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Vietnamese text as the system stores and searches it. Input is stored in NFC, so that "ế" typed as one code point
 * or as "e" + two combining marks is the same string; search compares the folded form, so that "tien giang" finds
 * "Tiền Giang" (the MongoDB stand-in has no collation or $text search, so services keep a folded field).
 */
public final class VietnameseText {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private VietnameseText() {
    }

    /** NFC, trimmed; null stays null. */
    public static String nfc(String text) {
        return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFC).strip();
    }

    /** Lower case, without diacritics (đ → d), single spaces: the form to index and compare for search. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String bare = COMBINING_MARKS.matcher(decomposed).replaceAll("")
                .replace('đ', 'd').replace('Đ', 'D');
        return SPACES.matcher(bare.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** Whether every word of the query occurs in the text, ignoring case and diacritics. */
    public static boolean matches(String text, String query) {
        String haystack = fold(text);
        for (String word : fold(query).split(" ")) {
            if (!word.isEmpty() && !haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
