package vn.gov.conference.notification.invitation;

import java.security.SecureRandom;
import java.util.function.Supplier;

/**
 * Invitation codes for check-in: eight characters read aloud or typed at the venue's desk, from an alphabet without
 * look-alikes (no 0/O, 1/I/L). 31^8 ≈ 8·10^11 codes: unguessable within one conference.
 */
public final class CheckInCodes implements Supplier<String> {

    private static final char[] ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();
    private static final int LENGTH = 8;

    private final SecureRandom random = new SecureRandom();

    @Override
    public String get() {
        char[] code = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            code[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return new String(code);
    }

    public static String normalise(String typed) {
        return typed == null
                ? null
                : typed.strip()
                        .toUpperCase(java.util.Locale.ROOT)
                        .replace(" ", "")
                        .replace("-", "");
    }
}
