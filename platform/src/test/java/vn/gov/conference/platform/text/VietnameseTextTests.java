package vn.gov.conference.platform.text;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

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
        assertThat(VietnameseText.fold(Normalizer.normalize("Ủy ban", Normalizer.Form.NFD))).isEqualTo("uy ban");
    }

    @Test
    void matchesEveryWordOfAnAccentlessQuery() {
        assertThat(VietnameseText.matches("Kế hoạch tổ chức hội nghị tỉnh Tiền Giang", "tien giang hoi nghi")).isTrue();
        assertThat(VietnameseText.matches("Kế hoạch tổ chức hội nghị tỉnh Tiền Giang", "dong thap")).isFalse();
        assertThat(VietnameseText.matches("Chỉ số PAPI", "")).isTrue();
    }
}
