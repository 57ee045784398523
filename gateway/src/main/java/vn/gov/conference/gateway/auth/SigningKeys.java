package vn.gov.conference.gateway.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded authorization server's RS256 signing key. Kept in a PKCS#8 PEM file so that tokens issued before a
 * restart stay valid after it; its key id is the RFC 7638 thumbprint, so the same file always publishes the same
 * {@code kid}.
 */
final class SigningKeys {

    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);

    private static final String BEGIN = "-----BEGIN PRIVATE KEY-----";

    private static final String END = "-----END PRIVATE KEY-----";

    private SigningKeys() {}

    /** The key in {@code file}, created there first when missing; a key in memory only when {@code file} is null. */
    static RSAKey load(Path file) {
        if (file == null) {
            log.warn("No signing key file (CONFERENCE_AUTH_KEY_FILE): tokens will not survive a restart.");
            return rsaKey(generate());
        }
        if (Files.notExists(file) && write(generate(), file)) {
            log.info("Generated a new token signing key in {}", file.toAbsolutePath());
        }
        return rsaKey(read(file));
    }

    static RSAPrivateCrtKey read(Path file) {
        try {
            String pem = Files.readString(file, StandardCharsets.US_ASCII);
            int begin = pem.indexOf(BEGIN);
            int end = pem.indexOf(END);
            if (begin < 0 || end < begin) {
                throw new IllegalStateException(
                        file + " is not a PEM file holding a PKCS#8 private key (" + BEGIN + ")");
            }
            byte[] der = Base64.getMimeDecoder().decode(pem.substring(begin + BEGIN.length(), end));
            return (RSAPrivateCrtKey) KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (IOException ex) {
            throw new UncheckedIOException("Cannot read the signing key " + file, ex);
        } catch (GeneralSecurityException | ClassCastException ex) {
            throw new IllegalStateException(file + " does not hold an RSA private key", ex);
        }
    }

    /**
     * Creates the file with this key unless it exists: replicas starting together on a fresh shared folder all end up
     * with the key of the first one to create it. Returns whether this one did.
     */
    private static boolean write(RSAPrivateCrtKey key, Path file) {
        String pem = BEGIN + "\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(key.getEncoded()) + "\n" + END + "\n";
        try {
            Path directory = file.toAbsolutePath().getParent();
            Files.createDirectories(directory);
            Path temporary = Files.createTempFile(directory, ".signing-key", ".tmp");
            try {
                restrictToOwner(temporary);
                Files.writeString(temporary, pem, StandardCharsets.US_ASCII);
                // Readers never see half a key: the file appears complete or not at all. A link, unlike a rename,
                // never replaces a file another replica created meanwhile.
                Files.createLink(file, temporary);
                return true;
            } catch (FileAlreadyExistsException ex) {
                return false;
            } catch (UnsupportedOperationException ex) {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE); // no hard links on this file system
                return true;
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException ex) {
            throw new UncheckedIOException("Cannot write the signing key " + file, ex);
        }
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException ex) {
            // Not a POSIX file system (Windows): the directory's own permissions apply.
        }
    }

    private static RSAPrivateCrtKey generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return (RSAPrivateCrtKey) generator.generateKeyPair().getPrivate();
        } catch (GeneralSecurityException ex) {
            throw new IllegalStateException("The JDK cannot generate RSA keys", ex);
        }
    }

    private static RSAKey rsaKey(RSAPrivateCrtKey privateKey) {
        try {
            RSAPublicKey publicKey = (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
            RSAKey withoutId = new RSAKey.Builder(publicKey)
                    .privateKey(privateKey)
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .build();
            return new RSAKey.Builder(withoutId)
                    .keyID(withoutId.computeThumbprint().toString())
                    .build();
        } catch (GeneralSecurityException | JOSEException ex) {
            throw new IllegalStateException("Cannot derive the public signing key", ex);
        }
    }
}
