package vn.gov.conference.agenda.programme;

import java.text.Normalizer;

/** Vietnamese text arrives composed or decomposed depending on the keyboard; the agenda keeps it composed (NFC). */
final class Texts {

    private Texts() {
    }

    static String required(String value, String field, int maxLength) {
        String text = optional(value, field, maxLength);
        if (text == null) {
            throw new AgendaRuleViolation(field, "must not be blank");
        }
        return text;
    }

    static String optional(String value, String field, int maxLength) {
        if (value == null) {
            return null;
        }
        String text = Normalizer.normalize(value, Normalizer.Form.NFC).strip();
        if (text.isEmpty()) {
            return null;
        }
        if (text.length() > maxLength) {
            throw new AgendaRuleViolation(field, "must be at most " + maxLength + " characters");
        }
        return text;
    }
}
