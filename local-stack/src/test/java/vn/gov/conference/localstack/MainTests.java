package vn.gov.conference.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import vn.gov.conference.localstack.demo.SeedPlansDemo;

class MainTests {

    @Test
    void startsEverythingWithTheDocumentedDefaults() {
        StackOptions options = Main.parse(new String[0]);

        assertThat(options.ports()).isEqualTo(Ports.defaults());
        assertThat(options.ports().gateway()).isEqualTo(8080);
        assertThat(options.ports().mailInbox()).isEqualTo(8025);
        assertThat(options.dataFolder()).isEqualTo(Path.of(".data").toAbsolutePath());
        assertThat(options.withServices()).isTrue();
        assertThat(options.clean()).isFalse();
        assertThat(options.demo()).isFalse();
        assertThat(options.clockOffset()).isZero();
    }

    @Test
    void shiftsEveryPortTogether() {
        StackOptions options = Main.parse(new String[] {"--port-offset", "100", "--clean", "--demo", "--no-build"});

        assertThat(options.ports())
                .isEqualTo(new Ports(8180, 8181, 8182, 8183, 8184, 8185, 9192, 9193, 27117, 3125, 8125));
        assertThat(options.clean()).isTrue();
        assertThat(options.demo()).isTrue();
    }

    @Test
    void takesDataFolderTimeoutAndInfrastructureOnly() {
        StackOptions options = Main.parse(new String[] {"--data", "/tmp/stack", "--timeout", "30", "--infra-only"});

        assertThat(options.dataFolder()).isEqualTo(Path.of("/tmp/stack"));
        assertThat(options.startupTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(options.withServices()).isFalse();
    }

    @Test
    void runsTheServicesClockFromTheMomentGivenInVietnamWhenNoOffsetIsWritten() {
        Instant expected = OffsetDateTime.parse("2024-07-26T08:00+07:00").toInstant();

        assertThat(servicesNow(Main.parse(new String[] {"--clock", "2024-07-26T08:00+07:00"})))
                .isCloseTo(expected, within(5, ChronoUnit.SECONDS));
        assertThat(servicesNow(Main.parse(new String[] {"--clock", "2024-07-26T08:00"})))
                .isCloseTo(expected, within(5, ChronoUnit.SECONDS));
        assertThat(servicesNow(Main.parse(new String[] {"--clock", "2024-07-26T01:00Z"})))
                .isCloseTo(expected, within(5, ChronoUnit.SECONDS));
    }

    @Test
    void setsTheDemosOwnMomentUnlessAClockIsGiven() {
        assertThat(servicesNow(Main.parse(new String[] {"--demo"})))
                .isCloseTo(SeedPlansDemo.CLOCK.toInstant(), within(5, ChronoUnit.SECONDS));
        assertThat(Main.parse(new String[] {"--demo", "--clock", "now"}).clockOffset())
                .isZero();
        assertThat(servicesNow(Main.parse(new String[] {"--clock", "2021-07-07T07:30+07:00", "--demo"})))
                .isCloseTo(Instant.parse("2021-07-07T00:30:00Z"), within(5, ChronoUnit.SECONDS));
        assertThat(Main.parse(new String[0]).demoData()).isInstanceOf(SeedPlansDemo.class);
    }

    @Test
    void refusesUnknownOptionsAndMissingOrMalformedValues() {
        assertThatThrownBy(() -> Main.parse(new String[] {"--cleen"})).hasMessage("Unknown option: --cleen");
        assertThatThrownBy(() -> Main.parse(new String[] {"--port-offset"})).hasMessage("--port-offset needs a value");
        assertThatThrownBy(() -> Main.parse(new String[] {"--timeout", "soon"}))
                .hasMessage("--timeout needs a whole number, not 'soon'");
        assertThatThrownBy(() -> Main.parse(new String[] {"--port-offset", "60000"}))
                .hasMessageContaining("outside 1..65535");
        assertThatThrownBy(() -> Main.parse(new String[] {"--clock", "tomorrow"}))
                .hasMessage("--clock needs a date and time such as 2024-07-26T08:00+07:00 (or 'now'), not 'tomorrow'");
    }

    @Test
    void documentsTheSameOptionsInRunShAsTheLauncherAccepts() throws Exception {
        Path runSh =
                Path.of(System.getProperty("conference.test.repo-root", "..")).resolve("run.sh");
        String header = java.nio.file.Files.readAllLines(runSh).stream()
                .filter(line -> line.startsWith("#"))
                .map(line -> line.replaceFirst("^# ?", ""))
                .collect(java.util.stream.Collectors.joining("\n"));

        assertThat(header).contains(Main.USAGE);
    }

    @Test
    void fastStartTurnsTheAotCachesOn() {
        String before = System.clearProperty(AotCache.PROPERTY);
        try {
            assertThat(AotCache.enabled()).isFalse();
            assertThat(Main.parse(new String[] {"--fast-start"})).isNotNull();
            assertThat(AotCache.enabled()).isTrue();
        } finally {
            if (before == null) {
                System.clearProperty(AotCache.PROPERTY);
            } else {
                System.setProperty(AotCache.PROPERTY, before);
            }
        }
    }

    @Test
    void answersHelpWithoutStartingAnything() {
        assertThat(Main.parse(new String[] {"--help"})).isNull();
    }

    private static Instant servicesNow(StackOptions options) {
        return Instant.now().plus(options.clockOffset());
    }
}
