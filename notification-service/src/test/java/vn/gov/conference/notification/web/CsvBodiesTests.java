package vn.gov.conference.notification.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import vn.gov.conference.platform.web.InvalidInputException;

public class CsvBodiesTests {

    static final String CSV = "Mã đơn vị;Tên đơn vị;Email\nTG-CAIBE;Ủy ban nhân dân huyện Cái Bè;caibe@tg.example\n"
            + "TG-SNV;Sở Nội vụ - Nguyễn Thị Hường;snv@tg.example\n";

    /** What Excel on Vietnamese Windows writes for "CSV": Windows-1258, tone marks as combining characters. */
    public static byte[] windows1258(String text) {
        StringBuilder windows = new StringBuilder();
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder tones = new StringBuilder();
        StringBuilder letter = new StringBuilder();
        for (char c : decomposed.toCharArray()) {
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                // Circumflex, breve and horn stay in the letter (â, ă, ơ are single bytes); tones follow it.
                (c == '\u0302' || c == '\u0306' || c == '\u031B' ? letter : tones).append(c);
            } else {
                windows.append(Normalizer.normalize(letter, Normalizer.Form.NFC))
                        .append(tones);
                letter.setLength(0);
                tones.setLength(0);
                letter.append(c);
            }
        }
        windows.append(Normalizer.normalize(letter, Normalizer.Form.NFC)).append(tones);
        Charset charset = Charset.forName("windows-1258");
        assertThat(charset.newEncoder().canEncode(windows))
                .as("the fixture is real Windows-1258")
                .isTrue();
        return windows.toString().getBytes(charset);
    }

    public static byte[] utf16leWithBom(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[bytes.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(bytes, 0, withBom, 2, bytes.length);
        return withBom;
    }

    @Test
    void decodesUtf8WithOrWithoutItsByteOrderMark() {
        assertThat(CsvBodies.text(CSV.getBytes(StandardCharsets.UTF_8), "text/csv"))
                .isEqualTo(CSV);
        byte[] utf8 = CSV.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[utf8.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, withBom, 3, utf8.length);
        assertThat(CsvBodies.text(withBom, null)).isEqualTo(CSV);
    }

    @Test
    void decodesExcelsWindows1258AndComposesTheToneMarks() {
        byte[] excel = windows1258(CSV);
        assertThat(new String(excel, StandardCharsets.ISO_8859_1)).isNotEqualTo(CSV);

        assertThat(CsvBodies.text(excel, "text/csv")).isEqualTo(CSV);
    }

    @Test
    void decodesUtf16WithItsByteOrderMark() {
        assertThat(CsvBodies.text(utf16leWithBom(CSV), "text/csv")).isEqualTo(CSV);
        byte[] be = CSV.getBytes(StandardCharsets.UTF_16);
        assertThat(CsvBodies.text(be, null))
                .as("Java's UTF-16 writes a big-endian mark")
                .isEqualTo(CSV);
    }

    @Test
    void refusesBytesItCannotReadNamingTheProblem() {
        assertThatThrownBy(() -> CsvBodies.text(CSV.getBytes(StandardCharsets.UTF_16LE), "text/csv"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("body");
                    assertThat(e.rule()).isEqualTo("csv-encoding");
                    assertThat(e.getMessage()).contains("UTF-16");
                });
        // 0x81 and 0x8A are not characters in Windows-1258.
        assertThatThrownBy(() -> CsvBodies.text(new byte[] {'a', (byte) 0x81, (byte) 0x8A, '\n'}, "text/csv"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.rule()).isEqualTo("csv-encoding"));
    }
}
