package vn.gov.conference.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.RSAKey;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.io.TempDir;

/** Gateway replicas starting together on a fresh key file: every one signs with the same key. */
class SigningKeyReplicasTests {

    @RepeatedTest(5)
    void replicasStartingAtOnceShareOneKey(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("gateway/signing-key.pem");
        CountDownLatch start = new CountDownLatch(1);
        List<Future<RSAKey>> replicas = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            for (int i = 0; i < 4; i++) {
                replicas.add(pool.submit(() -> {
                    start.await();
                    return SigningKeys.load(file);
                }));
            }
            start.countDown();
            List<String> keyIds = new ArrayList<>();
            for (Future<RSAKey> replica : replicas) {
                keyIds.add(replica.get().getKeyID());
            }
            assertThat(keyIds).containsOnly(SigningKeys.load(file).getKeyID());
        }
    }
}
