package vn.gov.conference.plan.reference.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.gov.conference.plan.reference.ReferenceEditing.CommuneRow;
import vn.gov.conference.platform.web.InvalidInputException;

class CommuneFilesTests {

    private final CommuneFiles files = new CommuneFiles();

    @Test
    void readsColumnsByTheirHeaderInAnyOrderWithQuotesAndBlanks() {
        String csv = "\uFEFFname,kind,officialCode,validFrom\r\n"
                + "\"Mỹ Tho\",phường,,2025-07-01\r\n"
                + "\n"
                + "\"An \"\"Bình\"\", Mới\",xã,12345,\r\n";

        assertThat(files.csv(csv))
                .containsExactly(
                        new CommuneRow(null, "Mỹ Tho", "phường", LocalDate.of(2025, 7, 1)),
                        new CommuneRow("12345", "An \"Bình\", Mới", "xã", null));
    }

    @Test
    void refusesAFileWithoutTheColumnsItNeedsOrWithAnUnreadableDate() {
        assertThatThrownBy(() -> files.csv("")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> files.csv("officialCode,name\n1,Mỹ Tho\n"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("kind");
        assertThatThrownBy(() -> files.csv("name,kind,validFrom\nMỹ Tho,phường,1/7/2025\n"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("2025-07-01");
    }
}
