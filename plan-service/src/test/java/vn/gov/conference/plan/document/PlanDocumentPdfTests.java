package vn.gov.conference.plan.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.gov.conference.document.PdfWriter;
import vn.gov.conference.plan.planning.Plan;

/**
 * Both seeds as PDF through the built-in path (no LibreOffice needed): the text read back with PDFBox keeps its
 * Vietnamese diacritics, every font is embedded Liberation Serif, and pages are numbered from the second.
 */
class PlanDocumentPdfTests {

    private static byte[] pdf(Plan plan, PublishedAgenda agenda) throws IOException {
        byte[] file = PdfWriter.write(PlanDocuments.of(plan, Optional.of(agenda)));
        Path target = Path.of("target", "documents");
        Files.createDirectories(target);
        Files.write(target.resolve(plan.issuer().provinceCode() + ".pdf"), file);
        return file;
    }

    /** The pages' text with line breaks read as spaces: a wrapped line reads as the sentence it is. */
    private static String text(PDDocument pdf, int from, int to) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(from);
        stripper.setEndPage(to);
        return stripper.getText(pdf).replaceAll("\\s+", " ");
    }

    @Test
    void printsTienGiangsPlanWithItsDiacriticsHeadingSignerAndAnnex() throws IOException {
        Plan plan = SeedDocuments.tienGiang();
        byte[] file = pdf(
                plan,
                SeedDocuments.copyOf(SeedDocuments.tienGiangAgenda(plan.id().value())));

        try (PDDocument pdf = Loader.loadPDF(file)) {
            String first = text(pdf, 1, 1);
            assertThat(first)
                    .contains(
                            "ỦY BAN NHÂN DÂN",
                            "TỈNH TIỀN GIANG",
                            "Số: 276/KH-UBND",
                            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                            "Độc lập - Tự do - Hạnh phúc",
                            "Tiền Giang, ngày 18 tháng 7 năm 2024",
                            "KẾ HOẠCH",
                            "I. MỤC ĐÍCH, YÊU CẦU");
            String all = text(pdf, 1, pdf.getNumberOfPages());
            assertThat(all)
                    .contains(
                            "Nơi nhận:",
                            "- Lưu: VT, KSTT(Hiếu).",
                            "CHỦ TỊCH",
                            "Nguyễn Văn Vĩnh",
                            "CHƯƠNG TRÌNH HỘI NGHỊ",
                            "(Kèm theo Kế hoạch số 276/KH-UBND ngày 18/7/2024 của Ủy ban nhân dân tỉnh Tiền Giang)",
                            "7 giờ 30 - 8 giờ",
                            "10 giờ 45 - 11 giờ 15");
            assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(3);
            assertThat(first.strip()).doesNotStartWith("1");
            assertThat(text(pdf, 2, 2).strip()).startsWith("2");
            assertFontsEmbedded(pdf);
        }
    }

    @Test
    void printsDongThapsPlanWithItsComputedTimes() throws IOException {
        Plan plan = SeedDocuments.dongThap();
        byte[] file = pdf(
                plan,
                SeedDocuments.copyOf(SeedDocuments.dongThapAgenda(plan.id().value())));

        try (PDDocument pdf = Loader.loadPDF(file)) {
            String all = text(pdf, 1, pdf.getNumberOfPages());
            assertThat(all)
                    .contains(
                            "TỈNH ĐỒNG THÁP",
                            "Số: 151/KH-UBND",
                            "Đồng Tháp, ngày 02 tháng 7 năm 2021",
                            "TM. ỦY BAN NHÂN DÂN",
                            "Phạm Thiện Nghĩa",
                            "8 giờ - 8 giờ 05",
                            "10 giờ 06 - 10 giờ 21",
                            "Bà Đỗ Thanh Huyền");
            assertFontsEmbedded(pdf);
        }
    }

    private static void assertFontsEmbedded(PDDocument pdf) throws IOException {
        for (PDPage page : pdf.getPages()) {
            for (var name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).contains("LiberationSerif");
            }
        }
    }
}
