package vn.gov.conference.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import com.nimbusds.jose.jwk.RSAKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeysTests {

    @TempDir
    private Path directory;

    @Test
    void createsTheKeyFileOnFirstStartAndReadsTheSameKeyAfterARestart() throws Exception {
        Path file = this.directory.resolve("keys/gateway-signing-key.pem");

        RSAKey first = SigningKeys.load(file);
        RSAKey afterRestart = SigningKeys.load(file);

        assertThat(Files.readString(file)).startsWith("-----BEGIN PRIVATE KEY-----");
        assertThat(afterRestart.getKeyID()).isEqualTo(first.getKeyID());
        assertThat(afterRestart.toRSAPublicKey()).isEqualTo(first.toRSAPublicKey());
        assertThat(afterRestart.isPrivate()).isTrue();
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            assertThat(Files.getPosixFilePermissions(file))
                    .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        }
        try (var leftovers = Files.list(file.getParent())) {
            assertThat(leftovers).containsExactly(file);
        }
    }

    @Test
    void keepsAKeyOnlyInMemoryWithoutAFile() {
        assertThat(SigningKeys.load(null).getKeyID())
                .isNotEqualTo(SigningKeys.load(null).getKeyID());
    }

    @Test
    void refusesAFileThatHoldsNoPrivateKey() throws Exception {
        Path file = this.directory.resolve("not-a-key.pem");
        Files.writeString(file, "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n");

        assertThatIllegalStateException()
                .isThrownBy(() -> SigningKeys.load(file))
                .withMessageContaining("PKCS#8");
    }
}
