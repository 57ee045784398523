package vn.gov.conference.gateway.people;

import static vn.gov.conference.platform.text.VietnameseText.fold;

import java.util.Arrays;
import java.util.stream.Stream;
import vn.gov.conference.gateway.web.Refusal;

/**
 * What a person's password must be: at least 12 characters, not their email address or name (nor built around
 * them), and not all of one kind of character (only lower-case letters, only digits…).
 */
final class PasswordRules {

    static final int MIN_LENGTH = 12;

    private PasswordRules() {}

    static void check(String password, String email, String name) {
        if (password == null || password.isEmpty()) {
            throw Refusal.invalid("password", "required", "Choose a password.");
        }
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw Refusal.invalid("password", "too-short", "A password has at least " + MIN_LENGTH + " characters.");
        }
        String folded = fold(password);
        String localPart = email.substring(0, email.indexOf('@'));
        if (folded.contains(fold(localPart))
                || folded.contains(fold(email))
                || nameParts(name).anyMatch(folded::contains)
                || fold(name).replace(" ", "").equals(folded)) {
            throw Refusal.invalid(
                    "password", "contains-identity", "A password must not contain your email address or your name.");
        }
        if (classes(password) < 2) {
            throw Refusal.invalid(
                    "password",
                    "one-character-class",
                    "Mix kinds of characters: letters and digits, or upper and lower case, or symbols.");
        }
    }

    /** Whole words of the name long enough to matter ("Nguyễn Văn An" → nguyen, van): "An" alone would refuse too much. */
    private static Stream<String> nameParts(String name) {
        return Arrays.stream(fold(name).split("\\s+")).filter(part -> part.length() >= 4);
    }

    private static int classes(String password) {
        boolean lower = false;
        boolean upper = false;
        boolean digit = false;
        boolean other = false;
        for (int i = 0; i < password.length(); i++) {
            char c = password.charAt(i);
            if (Character.isLowerCase(c)) {
                lower = true;
            } else if (Character.isUpperCase(c)) {
                upper = true;
            } else if (Character.isDigit(c)) {
                digit = true;
            } else {
                other = true;
            }
        }
        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }
}
