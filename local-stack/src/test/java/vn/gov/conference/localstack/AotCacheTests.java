package vn.gov.conference.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The opt-in class cache must never be used for a jar it was not recorded from, and a training run that failed must
 * leave the plain {@code -jar} start. (Recording a real cache needs the Spring Boot jars; {@code ./bench.sh startup}
 * does that.)
 */
class AotCacheTests {

    @TempDir
    Path folder;

    @Test
    void startsFromThePlainJarUntilACacheIsRecordedForThatVeryJar() throws IOException {
        Path checkout = folder.resolve("checkout");
        Path jar = fakeJar(checkout, "version 1");
        AotCache cache = new AotCache(checkout, ServiceDefinition.GATEWAY);

        assertThat(cache.launchArguments()).containsExactly("-jar", jar.toString());

        leaveCacheBehind(cache);
        try (DataFolder data = DataFolder.open(folder.resolve("data"), false)) {
            assertThat(cache.finishTraining(finished(data, "-version"))).isTrue();
        }

        assertThat(cache.isCurrent()).isTrue();
        assertThat(cache.launchArguments())
                .hasSize(3)
                .endsWith("-jar", cache.extractedJar().toString())
                .first()
                .asString()
                .endsWith("=" + cache.cache());

        Files.writeString(jar, "version 2, rebuilt");
        Files.setLastModifiedTime(
                jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 2000));

        assertThat(cache.isCurrent()).isFalse();
        assertThat(cache.launchArguments()).containsExactly("-jar", jar.toString());
    }

    @Test
    void keepsThePlainJarWhenTheTrainingRunFailed() throws IOException {
        Path checkout = folder.resolve("checkout");
        Path jar = fakeJar(checkout, "version 1");
        AotCache cache = new AotCache(checkout, ServiceDefinition.GATEWAY);
        leaveCacheBehind(cache);

        try (DataFolder data = DataFolder.open(folder.resolve("data"), false)) {
            assertThat(cache.finishTraining(finished(data, "-XX:+NoSuchOptionAnywhere")))
                    .isFalse();
        }

        assertThat(cache.isCurrent()).isFalse();
        assertThat(cache.launchArguments()).containsExactly("-jar", jar.toString());
    }

    private static Path fakeJar(Path checkout, String content) throws IOException {
        Path jar = ServiceDefinition.GATEWAY.jar(checkout);
        Files.createDirectories(jar.getParent());
        return Files.writeString(jar, content);
    }

    private static void leaveCacheBehind(AotCache cache) throws IOException {
        Files.createDirectories(cache.extractedJar().getParent());
        Files.writeString(cache.extractedJar(), "extracted");
        Files.writeString(cache.cache(), "cache");
    }

    private static ServiceProcess finished(DataFolder data, String argument) {
        ServiceProcess run = ServiceProcess.start("aot-training-test", data, List.of(argument), Map.of());
        assertThat(run.awaitExit(Duration.ofSeconds(60))).isTrue();
        return run;
    }
}
