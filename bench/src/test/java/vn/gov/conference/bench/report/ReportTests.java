package vn.gov.conference.bench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReportTests {

    @Test
    void alignsFiguresRightAndWordsLeftOnTheTerminal() {
        Table table = Table.of("path", "p50 (ms)").row("direct", "3.25").row("gateway", "12.50");

        assertThat(table.toText()).isEqualTo("""
                path     p50 (ms)
                -------  --------
                direct       3.25
                gateway     12.50
                """);
    }

    @Test
    void writesAMarkdownTableAndEscapesPipes() {
        Table table = Table.of("a", "b").row("x|y", 1);

        assertThat(table.toMarkdown()).isEqualTo("| a | b |\n|---|---|\n| x\\|y | 1 |\n");
    }

    @Test
    void refusesARowOfTheWrongWidth() {
        assertThatThrownBy(() -> Table.of("a", "b").row("only one"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs 2 cells");
    }

    @Test
    void replacesOnlyTheBlockOfTheModeThatRan() {
        String document = """
                # Performance
                <!-- bench:gateway -->
                old gateway figures
                <!-- /bench:gateway -->
                text between
                <!-- bench:upload -->
                upload figures
                <!-- /bench:upload -->
                """;

        String updated = PerformanceDoc.replace(document, new Section("gateway", "new gateway figures\n", true));

        assertThat(updated).isEqualTo("""
                # Performance
                <!-- bench:gateway -->
                new gateway figures
                <!-- /bench:gateway -->
                text between
                <!-- bench:upload -->
                upload figures
                <!-- /bench:upload -->
                """);
    }

    @Test
    void appendsABlockTheDocumentDoesNotHaveYet() {
        String updated = PerformanceDoc.replace("# Performance\n", new Section("faults", "PASS", true));

        assertThat(updated).isEqualTo("# Performance\n\n<!-- bench:faults -->\nPASS\n<!-- /bench:faults -->\n");
    }
}
