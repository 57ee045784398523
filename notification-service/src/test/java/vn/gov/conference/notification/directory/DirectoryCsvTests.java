package vn.gov.conference.notification.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gov.conference.notification.csv.CsvException;

class DirectoryCsvTests {

    @Test
    void seedsEveryUnitOfBothProvincesWithAnAddress() throws IOException {
        String csv;
        try (InputStream in = getClass().getResourceAsStream("/directory/units.csv")) {
            csv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        List<UnitContact> units = DirectoryCsv.parse(csv, null);

        assertThat(units)
                .extracting(UnitContact::unitCode)
                .contains(
                        "TG-UBND",
                        "TG-VPUBND",
                        "TG-SNV",
                        "TG-SKHDT",
                        "TG-STTTT",
                        "TG-TTT",
                        "TG-MTTQ",
                        "DT-UBND",
                        "DT-VPUBND",
                        "DT-SNV",
                        "DT-SKHDT",
                        "DT-STTTT",
                        "DT-MTTQ",
                        "DT-CHAUTHANH",
                        "DT-HONGNGU",
                        "DT-SADEC",
                        "DT-TAMNONG",
                        "DT-CAOLANH");
        assertThat(units)
                .filteredOn(u -> u.unitCode().equals("TG-SNV"))
                .singleElement()
                .satisfies(snv -> {
                    assertThat(snv.email()).isEqualTo("snv@tiengiang.conference.example");
                    assertThat(snv.province()).isEqualTo("tien-giang");
                    assertThat(snv.unitName()).isEqualTo("Sở Nội vụ");
                });
        assertThat(units)
                .allMatch(u -> u.unitCode().startsWith("TG-") == u.province().equals("tien-giang"));
    }

    @Test
    void readsVietnameseHeaders() {
        List<UnitContact> units = DirectoryCsv.parse(
                "Mã đơn vị,Tên đơn vị,Tỉnh,Email,Người liên hệ\n"
                        + "TG-TTT,Thanh tra tỉnh,tien-giang,TTT@tiengiang.example,Chánh Văn phòng\n",
                "tien-giang");

        assertThat(units).singleElement().satisfies(unit -> {
            assertThat(unit.email()).isEqualTo("ttt@tiengiang.example");
            assertThat(unit.contactName()).isEqualTo("Chánh Văn phòng");
        });
    }

    @Test
    void refusesTheWholeFileNamingEveryBadLine() {
        assertThatThrownBy(() -> DirectoryCsv.parse(
                        "code,name,province,email\n"
                                + "TG-SNV,Sở Nội vụ,tien-giang,snv@tg.example\n"
                                + "TG-SNV,Sở Nội vụ,tien-giang,snv2@tg.example\n"
                                + "DT-SNV,Sở Nội vụ,dong-thap,snv@dt.example\n"
                                + "TG-TTT,Thanh tra tỉnh,tien-giang,not-an-address\n",
                        "tien-giang"))
                .isInstanceOfSatisfying(
                        CsvException.class,
                        ex -> assertThat(ex.errors())
                                .extracting(CsvException.LineError::line, CsvException.LineError::column)
                                .containsExactly(
                                        org.assertj.core.groups.Tuple.tuple(3, "code"),
                                        org.assertj.core.groups.Tuple.tuple(4, "province"),
                                        org.assertj.core.groups.Tuple.tuple(5, "email")));
    }

    @Test
    void refusesAFileWithoutTheRequiredColumns() {
        assertThatThrownBy(() -> DirectoryCsv.parse("code,name\nTG-SNV,Sở Nội vụ\n", null))
                .isInstanceOfSatisfying(
                        CsvException.class,
                        ex -> assertThat(ex.errors())
                                .extracting(CsvException.LineError::column)
                                .containsExactly("province", "email"));
    }
}
