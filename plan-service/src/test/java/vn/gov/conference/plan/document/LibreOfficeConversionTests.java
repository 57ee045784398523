package vn.gov.conference.plan.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gov.conference.document.DocxWriter;
import vn.gov.conference.document.OfficialDocument;
import vn.gov.conference.document.PdfWriter;
import vn.gov.conference.plan.planning.Plan;

/**
 * The DOCX opened by another word processor: LibreOffice converts it headless to PDF, which must keep the text and
 * paginate as the built-in PDF does. Skipped where {@code soffice} is not installed (.ci/run installs it).
 */
class LibreOfficeConversionTests {

    @TempDir
    Path directory;

    @Test
    void convertsTienGiangsDocxWithItsTextAndPages() throws Exception {
        assumeTrue(soffice(), "LibreOffice (soffice) is not on the PATH: apt-get install libreoffice-writer-nogui");
        Plan plan = SeedDocuments.tienGiang();
        OfficialDocument document = PlanDocuments.of(
                plan,
                Optional.of(SeedDocuments.copyOf(
                        SeedDocuments.tienGiangAgenda(plan.id().value()))));
        Path docx = directory.resolve("ke-hoach.docx");
        Files.write(docx, DocxWriter.write(document));

        Process convert = new ProcessBuilder(
                        "soffice",
                        "-env:UserInstallation=file://" + directory.resolve("profile"),
                        "--headless",
                        "--convert-to",
                        "pdf",
                        "--outdir",
                        directory.toString(),
                        docx.toString())
                .redirectErrorStream(true)
                .start();
        assertThat(convert.waitFor(180, TimeUnit.SECONDS)).isTrue();
        assertThat(convert.exitValue()).isZero();

        try (PDDocument converted =
                        Loader.loadPDF(directory.resolve("ke-hoach.pdf").toFile());
                PDDocument builtIn = Loader.loadPDF(PdfWriter.write(document))) {
            String text = new PDFTextStripper().getText(converted);
            assertThat(text)
                    .contains(
                            "ỦY BAN NHÂN DÂN",
                            "Số: 276/KH-UBND",
                            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                            "Tiền Giang, ngày 18 tháng 7 năm 2024",
                            "Nguyễn Văn Vĩnh",
                            "CHƯƠNG TRÌNH HỘI NGHỊ",
                            "7 giờ 30 - 8 giờ",
                            "10 giờ 45 - 11 giờ 15");
            // Metric-compatible fonts on both sides: the page counts agree to a page.
            assertThat(converted.getNumberOfPages())
                    .isBetween(builtIn.getNumberOfPages() - 1, builtIn.getNumberOfPages() + 1);
            assertThat(converted.getNumberOfPages()).isBetween(6, 10);
        }
    }

    private static boolean soffice() {
        try {
            Process probe = new ProcessBuilder("soffice", "--version")
                    .redirectErrorStream(true)
                    .start();
            return probe.waitFor(60, TimeUnit.SECONDS) && probe.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
