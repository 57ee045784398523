package vn.gov.conference.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Single-purpose links for people without an account (delegates): an HMAC-SHA256 over purpose, subject and expiry
 * with the secret the services share (CONFERENCE_LINK_SECRET). A token is {@code <expiry epoch seconds>.<mac>}; it
 * proves the link was made by us for exactly this purpose and subject and has not expired. Single use, where a
 * purpose needs it, is the owning aggregate's rule, not the link's.
 */
public final class SignedLinks {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private final byte[] secret;

    public SignedLinks(String secret) {
        if (secret == null || secret.length() < 16) {
            throw new IllegalArgumentException("The link secret must have at least 16 characters.");
        }
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    public String sign(String purpose, String subject, Instant expiresAt) {
        long expiry = expiresAt.getEpochSecond();
        return expiry + "." + mac(purpose, subject, expiry);
    }

    public boolean verify(String purpose, String subject, String token, Instant now) {
        if (token == null) {
            return false;
        }
        int dot = token.indexOf('.');
        if (dot <= 0) {
            return false;
        }
        long expiry;
        try {
            expiry = Long.parseLong(token.substring(0, dot));
        } catch (NumberFormatException ex) {
            return false;
        }
        byte[] expected = mac(purpose, subject, expiry).getBytes(StandardCharsets.US_ASCII);
        byte[] given = token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given) && now.getEpochSecond() < expiry;
    }

    /** When a well-formed token expires, for telling "expired" from "forged" (verify first). */
    public static Instant expiryOf(String token) {
        return Instant.ofEpochSecond(Long.parseLong(token.substring(0, token.indexOf('.'))));
    }

    private String mac(String purpose, String subject, long expiry) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] digest = mac.doFinal((purpose + "\n" + subject + "\n" + expiry).getBytes(StandardCharsets.UTF_8));
            return ENCODER.encodeToString(digest);
        } catch (GeneralSecurityException ex) {
            throw new IllegalStateException("HmacSHA256 unavailable", ex);
        }
    }
}
