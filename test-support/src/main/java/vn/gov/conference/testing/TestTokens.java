package vn.gov.conference.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.UUID;

/**
 * Bearer tokens shaped like the gateway's (claims sub, role, province, unit; issuer {@value #ISSUER}, audience
 * {@value #AUDIENCE}), signed with the test key whose public half {@link TestInfrastructure} configures the services
 * to trust.
 */
public final class TestTokens {

    /** The embedded authorization server's issuer on the local stack, which the services accept by default. */
    public static final String ISSUER = "http://localhost:8080";

    /** The API every token is for. */
    public static final String AUDIENCE = "conference-api";

    private static final RSAPrivateKey KEY = loadKey();

    private TestTokens() {}

    public static String central() {
        return token("central", "CENTRAL", null, "BNV");
    }

    public static String office(String province) {
        return token(prefix(province) + "-office", "OFFICE", province, unitPrefix(province) + "-VPUBND");
    }

    public static String approver(String province) {
        return token(prefix(province) + "-approver", "APPROVER", province, unitPrefix(province) + "-UBND");
    }

    public static String department(String province, String unit) {
        return token(
                prefix(province) + "-" + unit.substring(unit.indexOf('-') + 1).toLowerCase(),
                "DEPARTMENT",
                province,
                unit);
    }

    /** "Bearer …" for an Authorization header. */
    public static String bearer(String token) {
        return "Bearer " + token;
    }

    public static String token(String subject, String role, String province, String unit) {
        return sign(
                ISSUER, AUDIENCE, subject, role, province, unit, Instant.now().plus(Duration.ofHours(1)));
    }

    public static String expired(String subject, String role, String province, String unit) {
        return sign(
                ISSUER, AUDIENCE, subject, role, province, unit, Instant.now().minus(Duration.ofMinutes(5)));
    }

    /** A central-agency token signed with the trusted key but from {@code issuer} for {@code audience} (null: none). */
    public static String issuedBy(String issuer, String audience) {
        return sign(
                issuer,
                audience,
                "central",
                "CENTRAL",
                null,
                "BNV",
                Instant.now().plus(Duration.ofHours(1)));
    }

    private static String sign(
            String issuer, String audience, String subject, String role, String province, String unit, Instant expiry) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .subject(subject)
                .issuer(issuer)
                .jwtID(UUID.randomUUID().toString())
                .issueTime(new Date())
                .expirationTime(Date.from(expiry))
                .claim("role", role)
                .claim("unit", unit);
        if (province != null) {
            claims.claim("province", province);
        }
        if (audience != null) {
            claims.audience(audience);
        }
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims.build());
            jwt.sign(new RSASSASigner(KEY));
            return jwt.serialize();
        } catch (JOSEException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static String prefix(String province) {
        return unitPrefix(province).toLowerCase();
    }

    private static String unitPrefix(String province) {
        return switch (province) {
            case "tien-giang" -> "TG";
            case "dong-thap" -> "DT";
            default -> province.substring(0, 2).toUpperCase();
        };
    }

    private static RSAPrivateKey loadKey() {
        try (InputStream in = TestTokens.class.getResourceAsStream("/conference-test-keys/private.pem")) {
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "")
                    .replaceAll("\\s", "");
            return (RSAPrivateKey) KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException | java.security.GeneralSecurityException ex) {
            throw new IllegalStateException("Cannot read the test signing key", ex);
        }
    }
}
