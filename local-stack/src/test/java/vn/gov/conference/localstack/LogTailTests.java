package vn.gov.conference.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogTailTests {

    @TempDir
    Path folder;

    @Test
    void rendersStructuredLogLinesAsLevelLoggerAndMessageWithTheStartOfTheStackTrace() throws Exception {
        Path log = Files.writeString(folder.resolve("plan-service.log"), """
                {"@timestamp":"2025-03-15T01:00:00Z","log":{"level":"INFO","logger":"vn.gov.conference.plan.PlanServiceApplication"},"message":"Starting PlanServiceApplication"}
                {"@timestamp":"2025-03-15T01:00:05Z","log.level":"ERROR","log.logger":"org.springframework.boot.SpringApplication","message":"Application run failed","error":{"stack_trace":"java.lang.IllegalStateException: Không có khóa\\n\\tat a.B.c(B.java:1)"}}
                """);

        String tail = LogTail.of(log, 10);

        assertThat(tail)
                .contains("| INFO PlanServiceApplication: Starting PlanServiceApplication")
                .contains("| ERROR SpringApplication: Application run failed")
                .contains("| java.lang.IllegalStateException: Không có khóa")
                .doesNotContain("@timestamp");
    }

    @Test
    void leadsWithTheErrorAndItsInnermostCauseWhenTheTailIsOnlyStackFrames() throws Exception {
        StringBuilder log = new StringBuilder("2025-03-15T01:00:00Z  INFO 1 --- [plan-service] Starting\n")
                .append(
                        "2025-03-15T01:00:05Z ERROR 1 --- [plan-service] o.s.boot.SpringApplication : Application run failed\n")
                .append("org.springframework.beans.factory.BeanCreationException: Error creating bean 'plans'\n")
                .append(
                        "Caused by: org.springframework.data.mapping.MappingException: Cannot create PersistentEntity\n")
                .append("Caused by: java.lang.IllegalStateException: Thiếu trường 'tỉnh'\n");
        for (int i = 0; i < 40; i++) {
            log.append("\tat a.b.C.method").append(i).append("(C.java:1)\n");
        }
        Path file = Files.writeString(folder.resolve("plan-service.log"), log);

        String tail = LogTail.of(file, 10);

        assertThat(tail)
                .contains("what went wrong")
                .contains(
                        "| 2025-03-15T01:00:05Z ERROR 1 --- [plan-service] o.s.boot.SpringApplication : Application run failed")
                .contains("| Caused by: java.lang.IllegalStateException: Thiếu trường 'tỉnh'")
                .contains("| \tat a.b.C.method39(C.java:1)")
                .doesNotContain("method29(")
                .doesNotContain("INFO 1 --- [plan-service] Starting");
    }

    @Test
    void quotesSpringBootsDescriptionOfAFailedStart() throws Exception {
        Path file = Files.writeString(folder.resolve("gateway.log"), """
                ***************************
                APPLICATION FAILED TO START
                ***************************

                Description:

                Web server failed to start. Port 8080 was already in use.

                Action:

                Identify and stop the process that's listening on port 8080.
                """ + "filler\n".repeat(20));

        assertThat(LogTail.of(file, 5))
                .contains("what went wrong")
                .contains("| Web server failed to start. Port 8080 was already in use.");
    }

    @Test
    void keepsPlainLinesAndOnlyTheLastOnes() throws Exception {
        Path log = Files.writeString(folder.resolve("kafka.log"), "one\ntwo\nthree\n");

        assertThat(LogTail.of(log, 2)).contains("| two", "| three").doesNotContain("| one");
    }

    @Test
    void saysSoWhenTheLogIsEmptyOrMissing() {
        assertThat(LogTail.of(folder.resolve("missing.log"), 5)).contains("is empty");
    }
}
