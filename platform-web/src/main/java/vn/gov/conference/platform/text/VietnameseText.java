package vn.gov.conference.platform.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import vn.gov.conference.platform.web.InvalidInputException;

/**
 * Vietnamese text as the system stores and searches it. Input is stored in NFC, so that "ế" typed as one code point
 * or as "e" + two combining marks is the same string; search compares the folded form, so that "tien giang" finds
 * "Tiền Giang" (the MongoDB stand-in has no collation or $text search, so services keep a folded field).
 */
public final class VietnameseText {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");

    private VietnameseText() {}

    /**
     * NFC and trimmed, for a single-line field (a title, a name): refused with 400 naming {@code field} if it holds a
     * control character (NUL, CR, LF, tab, …), a bidi override or embedding, or a lone surrogate. Null stays null.
     */
    public static String singleLine(String field, String text) {
        return checked(field, nfc(text), false);
    }

    /**
     * NFC and trimmed, for a multi-line field (a note, a reason): like {@link #singleLine} but line feeds and tabs
     * are kept, and Windows line ends become line feeds. Null stays null.
     */
    public static String multiLine(String field, String text) {
        return checked(field, text == null ? null : nfc(text.replace("\r\n", "\n")), true);
    }

    /**
     * {@link #singleLine}, blank meaning absent: null for null, "" or white space (even white space that holds a line
     * break, which is nothing to refuse), so that an optional field left empty is not stored as "".
     */
    public static String singleLineOrNull(String field, String text) {
        return emptyToNull(singleLine(field, text));
    }

    /** {@link #multiLine}, blank meaning absent: null for null, "" or white space (line breaks included). */
    public static String multiLineOrNull(String field, String text) {
        return emptyToNull(multiLine(field, text));
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    /**
     * The rule {@code text} breaks as stored text, or null: {@code lone-surrogate} (not Unicode, so not JSON either),
     * {@code bidi-control} (U+202A–U+202E, U+2066–U+2069 reorder what a reader sees, e.g. a file name's extension),
     * {@code control-character} (any but line feed and tab in multi-line text).
     */
    public static String unsafeCharacterRule(String text, boolean multiLine) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "lone-surrogate";
            } else if (c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069') {
                return "bidi-control";
            } else if (Character.getType(c) == Character.CONTROL && !(multiLine && (c == '\n' || c == '\t'))) {
                return "control-character";
            }
        }
        return null;
    }

    private static String checked(String field, String text, boolean multiLine) {
        String rule = unsafeCharacterRule(text, multiLine);
        if (rule != null) {
            throw new InvalidInputException(
                    field,
                    rule,
                    field + " holds "
                            + switch (rule) {
                                case "lone-surrogate" -> "a lone surrogate, which is not Unicode text";
                                case "bidi-control" ->
                                    "a bidirectional override or embedding character (U+202A–U+202E, U+2066–U+2069)";
                                default ->
                                    multiLine
                                            ? "a control character (only line feeds and tabs are allowed)"
                                            : "a control character or line break (it is a single line)";
                            }
                            + ".");
        }
        return text;
    }

    /** NFC, trimmed; null stays null. */
    public static String nfc(String text) {
        return text == null
                ? null
                : Normalizer.normalize(text, Normalizer.Form.NFC).strip();
    }

    /** NFC and trimmed, blank meaning absent: null for null, "" or white space, so that the two mean the same. */
    public static String nfcOrNull(String text) {
        return emptyToNull(nfc(text));
    }

    /** Without diacritics (đ → d), capitals and everything else kept: "Tiền Giang" → "Tien Giang". */
    public static String withoutDiacritics(String text) {
        return COMBINING_MARKS
                .matcher(Normalizer.normalize(text, Normalizer.Form.NFD))
                .replaceAll("")
                .replace('đ', 'd')
                .replace('Đ', 'D');
    }

    /** Lower case, without diacritics (đ → d), single spaces: the form to index and compare for search. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        return SPACES.matcher(withoutDiacritics(text).toLowerCase(Locale.ROOT))
                .replaceAll(" ")
                .strip();
    }

    /** Folded, every run of anything but a-z and 0-9 one hyphen, none at the ends: "Hội trường A" → "hoi-truong-a". */
    public static String slug(String text) {
        return NOT_SLUG.matcher(fold(text)).replaceAll("-").replaceAll("^-+|-+$", "");
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
