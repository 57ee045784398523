package vn.gov.conference.notification.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvTableTests {

    private static final Map<String, String> ALIASES = Map.of("ho ten", "name", "email", "email", "ghi chu", "note");

    @Test
    void readsQuotedCellsWithCommasQuotesAndLineBreaks() {
        CsvTable table = CsvTable.parse(
                "Họ tên,Email,Ghi chú\r\n"
                        + "\"Nguyễn Văn A, Trưởng phòng\",a@b.example,\"nói \"\"xin chào\"\"\nrồi về\"\r\n"
                        + "Trần Thị B,b@b.example,\n",
                ALIASES);

        assertThat(table.rows()).hasSize(2);
        CsvTable.Row first = table.rows().getFirst();
        assertThat(table.cell(first, "name")).contains("Nguyễn Văn A, Trưởng phòng");
        assertThat(table.cell(first, "note")).contains("nói \"xin chào\"\nrồi về");
        CsvTable.Row second = table.rows().get(1);
        assertThat(second.line()).isEqualTo(4);
        assertThat(table.cell(second, "note")).isEmpty();
    }

    @Test
    void acceptsAByteOrderMarkSemicolonsAndDecomposedVietnamese() {
        String decomposed = java.text.Normalizer.normalize("Lê Văn Ấn", java.text.Normalizer.Form.NFD);
        CsvTable table = CsvTable.parse("\uFEFFHỌ TÊN;email\n" + decomposed + ";x@y.example\n\n", ALIASES);

        assertThat(table.rows())
                .singleElement()
                .satisfies(row -> assertThat(table.cell(row, "name")).contains("Lê Văn Ấn"));
    }

    @Test
    void refusesAnUnclosedQuoteAndAnEmptyFile() {
        assertThatThrownBy(() -> CsvTable.parse("name\n\"open", ALIASES))
                .isInstanceOf(CsvException.class)
                .hasMessageContaining("dòng 2");
        assertThatThrownBy(() -> CsvTable.parse("", ALIASES)).isInstanceOf(CsvException.class);
    }

    @Test
    void refusesACellLongerThanAnyNameNamingItsLineAndColumn() {
        String huge = "A".repeat(CsvTable.MAX_CELL_LENGTH + 1);

        assertThatThrownBy(() -> CsvTable.parse(
                        "Họ tên,Email\nNguyễn Văn An,an@b.example\n" + huge + ",huge@b.example\n", ALIASES))
                .isInstanceOf(CsvException.class)
                .satisfies(e -> assertThat(((CsvException) e).errors())
                        .singleElement()
                        .isEqualTo(
                                new CsvException.LineError(3, "name", "Ô dài 1001 ký tự, quá giới hạn 1000 ký tự.")));
        assertThat(CsvTable.parse("Họ tên\n" + "Ấ".repeat(CsvTable.MAX_CELL_LENGTH) + "\n", ALIASES)
                        .rows())
                .as("exactly the limit is taken")
                .hasSize(1);
    }
}
