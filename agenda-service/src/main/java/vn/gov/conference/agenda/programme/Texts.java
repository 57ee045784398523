package vn.gov.conference.agenda.programme;

import vn.gov.conference.platform.text.VietnameseText;

/**
 * Vietnamese text arrives composed or decomposed depending on the keyboard; the agenda keeps it composed (NFC), and
 * refuses control characters, bidi overrides and lone surrogates ({@link VietnameseText}): names are single lines,
 * contents and notes may break lines.
 */
final class Texts {

    private Texts() {}

    static String required(String value, String field, int maxLength) {
        return required(value, field, maxLength, false);
    }

    static String required(String value, String field, int maxLength, boolean multiLine) {
        String text = optional(value, field, maxLength, multiLine);
        if (text == null) {
            throw new AgendaRuleViolation(field, "must not be blank");
        }
        return text;
    }

    static String optional(String value, String field, int maxLength, boolean multiLine) {
        if (value == null) {
            return null;
        }
        String text = multiLine ? VietnameseText.multiLine(field, value) : VietnameseText.singleLine(field, value);
        if (text.isEmpty()) {
            return null;
        }
        if (text.length() > maxLength) {
            throw new AgendaRuleViolation(field, "must be at most " + maxLength + " characters");
        }
        return text;
    }
}
