package vn.gov.conference.platform.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import vn.gov.conference.platform.web.InvalidInputException;

class VietnameseTextTests {

    @Test
    void storesDecomposedInputInComposedForm() {
        String decomposed = Normalizer.normalize("Tiền Giang", Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo("Tiền Giang");

        assertThat(VietnameseText.nfc("  " + decomposed + " ")).isEqualTo("Tiền Giang");
        assertThat(VietnameseText.nfc(null)).isNull();
    }

    @Test
    void foldsCaseDiacriticsAndTheBarredD() {
        assertThat(VietnameseText.fold("Đồng  Tháp")).isEqualTo("dong thap");
        assertThat(VietnameseText.fold("Sở Thông tin và Truyền thông")).isEqualTo("so thong tin va truyen thong");
        assertThat(VietnameseText.fold(Normalizer.normalize("Ủy ban", Normalizer.Form.NFD)))
                .isEqualTo("uy ban");
    }

    @Test
    void blankMeansAbsentAndTheRestIsComposed() {
        assertThat(VietnameseText.nfcOrNull(null)).isNull();
        assertThat(VietnameseText.nfcOrNull("")).isNull();
        assertThat(VietnameseText.nfcOrNull(" \t\n ")).isNull();
        assertThat(VietnameseText.nfcOrNull(" " + Normalizer.normalize("Bến Tre", Normalizer.Form.NFD) + " "))
                .isEqualTo("Bến Tre");
    }

    @Test
    void checkedLinesTooMayMeanAbsent() {
        String decomposed = Normalizer.normalize("Sở Nội vụ", Normalizer.Form.NFD);
        assertThat(VietnameseText.singleLineOrNull("unitName", " " + decomposed + " "))
                .isEqualTo("Sở Nội vụ");
        assertThat(VietnameseText.singleLineOrNull("unitName", null)).isNull();
        assertThat(VietnameseText.singleLineOrNull("unitName", "")).isNull();
        // White space alone is absent, line breaks and all, rather than refused as a line break in a single line.
        assertThat(VietnameseText.singleLineOrNull("unitName", " \r\n\t ")).isNull();
        assertThat(VietnameseText.singleLine("unitName", " \r\n\t ")).isEmpty();
        assertThatThrownBy(() -> VietnameseText.singleLineOrNull("unitName", "Sở\nNội vụ"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("unitName"));

        assertThat(VietnameseText.multiLineOrNull("reason", " Bận họp\r\nở tỉnh "))
                .isEqualTo("Bận họp\nở tỉnh");
        assertThat(VietnameseText.multiLineOrNull("reason", "\r\n \n")).isNull();
        assertThat(VietnameseText.multiLineOrNull("reason", null)).isNull();
        assertThatThrownBy(() -> VietnameseText.multiLineOrNull("reason", "Bận\u202Ehọp"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.rule()).isEqualTo("bidi-control"));
    }

    @Test
    void dropsDiacriticsKeepingCapitalsAndPunctuation() {
        assertThat(VietnameseText.withoutDiacritics("Kế hoạch Đồng Tháp (bản 2).pdf"))
                .isEqualTo("Ke hoach Dong Thap (ban 2).pdf");
        assertThat(VietnameseText.withoutDiacritics(Normalizer.normalize("Ủy ban", Normalizer.Form.NFD)))
                .isEqualTo("Uy ban");
    }

    @Test
    void slugsAreFoldedWordsJoinedByHyphens() {
        assertThat(VietnameseText.slug("Báo cáo kết quả PCI")).isEqualTo("bao-cao-ket-qua-pci");
        assertThat(VietnameseText.slug("  Phòng họp số 2, Trung tâm Hội nghị tỉnh! "))
                .isEqualTo("phong-hop-so-2-trung-tam-hoi-nghi-tinh");
        assertThat(VietnameseText.slug("—")).isEmpty();
    }

    @Test
    void matchesEveryWordOfAnAccentlessQuery() {
        assertThat(VietnameseText.matches("Kế hoạch tổ chức hội nghị tỉnh Tiền Giang", "tien giang hoi nghi"))
                .isTrue();
        assertThat(VietnameseText.matches("Kế hoạch tổ chức hội nghị tỉnh Tiền Giang", "dong thap"))
                .isFalse();
        assertThat(VietnameseText.matches("Chỉ số PAPI", "")).isTrue();
    }

    @Test
    void refusesControlCharactersBidiOverridesAndLoneSurrogatesNamingTheField() {
        for (String[] bad : new String[][] {
            {"Hội nghị\u0000", "control-character"}, {"Hội\r\nnghị", "control-character"},
            {"Hội\nnghị", "control-character"}, {"Hội\tnghị", "control-character"},
            {"Báo cáo\u202Efdp.exe", "bidi-control"}, {"a\u2066b", "bidi-control"},
            {"a\uD800b", "lone-surrogate"}, {"a\uDC00", "lone-surrogate"}
        }) {
            assertThatThrownBy(() -> VietnameseText.singleLine("title", bad[0]))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.field()).isEqualTo("title");
                        assertThat(e.rule()).as(bad[0]).isEqualTo(bad[1]);
                    });
        }
        assertThat(VietnameseText.singleLine("title", " Hội nghị 😀 ")).isEqualTo("Hội nghị 😀");
        assertThat(VietnameseText.singleLine("title", null)).isNull();
    }

    @Test
    void keepsLineFeedsAndTabsInMultiLineTextOnly() {
        assertThat(VietnameseText.multiLine("note", "Dòng 1\r\n\tDòng 2")).isEqualTo("Dòng 1\n\tDòng 2");
        assertThatThrownBy(() -> VietnameseText.multiLine("note", "a\rb")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> VietnameseText.multiLine("note", "a\u0000b"))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> VietnameseText.multiLine("note", "a\u202Db"))
                .isInstanceOf(InvalidInputException.class);
    }
}
