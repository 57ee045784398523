package vn.gov.conference.documents.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class FileNamesTests {

    @Test
    void keepsVietnameseLettersInNfc() {
        String decomposed = Normalizer.normalize("Báo cáo kết quả chỉ số PAPI năm 2023.pdf", Normalizer.Form.NFD);
        String safe = FileNames.sanitise(decomposed, MaterialFormat.PDF);
        assertThat(safe).isEqualTo("Báo cáo kết quả chỉ số PAPI năm 2023.pdf");
        assertThat(Normalizer.isNormalized(safe, Normalizer.Form.NFC)).isTrue();
    }

    @Test
    void dropsDirectoriesOfEitherSeparator() {
        assertThat(FileNames.sanitise("../../etc/Dự thảo phát biểu.docx", MaterialFormat.DOCX))
                .isEqualTo("Dự thảo phát biểu.docx");
        assertThat(FileNames.sanitise("C:\\Users\\snv\\Desktop\\Dự thảo.docx", MaterialFormat.DOCX))
                .isEqualTo("Dự thảo.docx");
    }

    @Test
    void dropsControlAndBidiOverrideCharacters() {
        assertThat(FileNames.sanitise("bao\u0000cao\r\n.pdf", MaterialFormat.PDF))
                .isEqualTo("baocao.pdf");
        // U+202E would display "report\u202Efdp.exe" as "reportexe.pdf"
        assertThat(FileNames.sanitise("báo cáo\u202Excod.pdf", MaterialFormat.PDF))
                .isEqualTo("báo cáoxcod.pdf");
        assertThat(FileNames.sanitise("tài\u200Bliệu.pdf", MaterialFormat.PDF)).isEqualTo("tàiliệu.pdf");
    }

    @Test
    void replacesCharactersWindowsForbidsAndCollapsesSpaces() {
        assertThat(FileNames.sanitise("Báo cáo: PAR Index?  \"2023\"  <final>|*.pdf", MaterialFormat.PDF))
                .isEqualTo("Báo cáo PAR Index 2023 final.pdf");
    }

    @Test
    void neverProducesAHiddenFileADeviceNameOrAnEmptyName() {
        assertThat(FileNames.sanitise(".htaccess.pdf", MaterialFormat.PDF)).isEqualTo("htaccess.pdf");
        assertThat(FileNames.sanitise("CON.pdf", MaterialFormat.PDF)).isEqualTo("_CON.pdf");
        assertThat(FileNames.sanitise("lpt1", MaterialFormat.PDF)).isEqualTo("_lpt1.pdf");
        assertThat(FileNames.sanitise("../..", MaterialFormat.PDF)).isEqualTo("Tài liệu.pdf");
        assertThat(FileNames.sanitise(null, MaterialFormat.DOCX)).isEqualTo("Tài liệu.docx");
        assertThat(FileNames.sanitise(" .pdf", MaterialFormat.PDF)).isEqualTo("pdf.pdf");
    }

    @Test
    void givesTheNameTheExtensionOfWhatTheBytesAre() {
        assertThat(FileNames.sanitise("Báo cáo v1.2", MaterialFormat.PDF)).isEqualTo("Báo cáo v1.2.pdf");
        assertThat(FileNames.sanitise("Ảnh hội trường.JPEG", MaterialFormat.JPEG))
                .isEqualTo("Ảnh hội trường.jpeg");
        assertThat(FileNames.sanitise("bao-cao.PDF", MaterialFormat.PDF)).isEqualTo("bao-cao.pdf");
    }

    @Test
    void findsExtensionsThatContradictTheBytes() {
        assertThat(FileNames.contradictingExtension("bao-cao.pdf", MaterialFormat.DOCX))
                .contains("pdf");
        assertThat(FileNames.contradictingExtension("bao-cao.exe", MaterialFormat.PDF))
                .contains("exe");
        assertThat(FileNames.contradictingExtension("bao-cao.doc", MaterialFormat.DOCX))
                .contains("doc");
        assertThat(FileNames.contradictingExtension("bao-cao.docx", MaterialFormat.DOCX))
                .isEmpty();
        assertThat(FileNames.contradictingExtension("bao-cao v1.2", MaterialFormat.DOCX))
                .isEmpty();
        assertThat(FileNames.contradictingExtension(null, MaterialFormat.DOCX)).isEmpty();
    }

    @Test
    void limitsTheNameInBytesWithoutSplittingALetter() {
        String longName = "Báo cáo tổng hợp ý kiến thảo luận ".repeat(10) + ".docx";
        String safe = FileNames.sanitise(longName, MaterialFormat.DOCX);
        assertThat(safe.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(FileNames.MAX_BYTES);
        assertThat(safe).startsWith("Báo cáo tổng hợp").endsWith(".docx").doesNotContain("\uFFFD");
        assertThat(safe).doesNotEndWith(" .docx");
    }

    @Test
    void makesFolderNamesOfAgendaTitles() {
        assertThat(FileNames.folder("3. Báo cáo PAR Index / SIPAS: 2023", 60))
                .isEqualTo("3. Báo cáo PAR Index SIPAS 2023");
        assertThat(FileNames.folder("Phát biểu chỉ đạo Hội nghị".repeat(5), 40).getBytes(StandardCharsets.UTF_8).length)
                .isLessThanOrEqualTo(40);
        assertThat(FileNames.folder("...", 40)).isEqualTo("Tài liệu");
    }
}
