package vn.gov.conference.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;

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
    }

    @Test
    void shiftsEveryPortTogether() {
        StackOptions options = Main.parse(new String[] {"--port-offset", "100", "--clean", "--demo", "--no-build"});

        assertThat(options.ports()).isEqualTo(new Ports(8180, 8181, 8182, 8183, 8184, 9192, 9193, 27117, 3125, 8125));
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
    void refusesUnknownOptionsAndMissingOrMalformedValues() {
        assertThatThrownBy(() -> Main.parse(new String[] {"--cleen"}))
                .hasMessage("Unknown option: --cleen");
        assertThatThrownBy(() -> Main.parse(new String[] {"--port-offset"}))
                .hasMessage("--port-offset needs a value");
        assertThatThrownBy(() -> Main.parse(new String[] {"--timeout", "soon"}))
                .hasMessage("--timeout needs a whole number, not 'soon'");
        assertThatThrownBy(() -> Main.parse(new String[] {"--port-offset", "60000"}))
                .hasMessageContaining("outside 1..65535");
    }

    @Test
    void documentsTheSameOptionsInRunShAsTheLauncherAccepts() throws Exception {
        Path runSh = Path.of(System.getProperty("conference.test.repo-root", "..")).resolve("run.sh");
        String header = java.nio.file.Files.readAllLines(runSh).stream()
                .filter(line -> line.startsWith("#"))
                .map(line -> line.replaceFirst("^# ?", ""))
                .collect(java.util.stream.Collectors.joining("\n"));

        assertThat(header).contains(Main.USAGE);
    }

    @Test
    void answersHelpWithoutStartingAnything() {
        assertThat(Main.parse(new String[] {"--help"})).isNull();
    }
}
