package vn.gov.conference.notification.letters.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import vn.gov.conference.document.DocxWriter;
import vn.gov.conference.document.OfficialDocument;
import vn.gov.conference.document.PdfWriter;
import vn.gov.conference.notification.Fixtures;
import vn.gov.conference.notification.conference.Conference;
import vn.gov.conference.notification.invitation.Invitation;
import vn.gov.conference.notification.invitation.InvitationId;
import vn.gov.conference.notification.invitation.InvitationWording;
import vn.gov.conference.notification.invitation.Invitee;
import vn.gov.conference.notification.invitation.InviteeSpec;
import vn.gov.conference.notification.letters.Letters;

/** A unit's Giấy mời for Tiền Giang's conference, from the letters' data, read back as DOCX and as PDF. */
class InvitationDocumentTests {

    private static final Instant NOW = Instant.parse("2024-07-20T01:00:00Z");

    private final Letters letters = new Letters("vpubnd@tiengiang.conference.example");
    private final Conference conference = Fixtures.approved(Fixtures.tienGiang("p1"));
    private final Invitation snv = Invitation.issue(
            InvitationId.derived("p1", "group:TG-SNV"),
            "p1",
            "tien-giang",
            Invitation.Origin.COMPOSITION,
            new InviteeSpec(
                    "group:TG-SNV",
                    Invitee.unit("TG-SNV", "Sở Nội vụ", "snv@tiengiang.example", Invitee.Category.OFFICIAL),
                    3,
                    null,
                    false),
            "SNV22222",
            OffsetDateTime.parse("2024-07-29T00:00+07:00"),
            NOW);

    private OfficialDocument document() {
        return letters.invitationDocument(conference, snv, LocalDate.of(2024, 7, 5));
    }

    private static List<String> lines(byte[] docx) throws IOException {
        try (XWPFDocument read = new XWPFDocument(new ByteArrayInputStream(docx))) {
            return read.getBodyElements().stream()
                    .flatMap((IBodyElement element) -> element instanceof XWPFTable table
                            ? table.getRows().stream()
                                    .flatMap(row -> row.getTableCells().stream())
                                    .flatMap(cell -> cell.getParagraphs().stream())
                            : java.util.stream.Stream.of((XWPFParagraph) element))
                    .map(XWPFParagraph::getText)
                    .filter(text -> !text.isBlank())
                    .toList();
        }
    }

    @Test
    void writesTheUnitsGiayMoiInTheDecreesLayout() throws IOException {
        List<String> lines = lines(DocxWriter.write(document()));

        assertThat(lines.subList(0, 8))
                .containsExactly(
                        "ỦY BAN NHÂN DÂN",
                        "TỈNH TIỀN GIANG",
                        "Số:      /GM-UBND",
                        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                        "Độc lập - Tự do - Hạnh phúc",
                        "Tiền Giang, ngày 05 tháng 7 năm 2024",
                        "GIẤY MỜI",
                        "Dự hội nghị đánh giá các chỉ số: PAR Index, SIPAS, PAPI, PCI, DTI, ICT Index, PACA năm 2023 của "
                                + "tỉnh Tiền Giang");
        assertThat(lines)
                .containsSubsequence(
                        "Kính gửi: Sở Nội vụ.",
                        "Căn cứ Kế hoạch số 276/KH-UBND ngày 18/7/2024 của Ủy ban nhân dân tỉnh Tiền Giang.",
                        "Ủy ban nhân dân tỉnh Tiền Giang trân trọng kính mời Sở Nội vụ cử 03 đại biểu tham dự Hội nghị đánh "
                                + "giá các chỉ số: PAR Index, SIPAS, PAPI, PCI, DTI, ICT Index, PACA năm 2023 của tỉnh Tiền "
                                + "Giang.",
                        "- Địa điểm: Phòng họp số 2, Trung tâm Hội nghị tỉnh Tiền Giang, số 6C Rạch Gầm, Phường 1, thành phố "
                                + "Mỹ Tho, Tiền Giang.",
                        InvitationWording.request(snv),
                        "Trân trọng./.",
                        "Nơi nhận:",
                        "- Như trên;",
                        "- Lưu: VT.",
                        "CHỦ TỊCH",
                        "Nguyễn Văn Vĩnh");
    }

    @Test
    void printsItAsPdfWithItsDiacritics() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(PdfWriter.write(document()))) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " "))
                    .contains(
                            "GIẤY MỜI",
                            "Tiền Giang, ngày 05 tháng 7 năm 2024",
                            "Kính gửi: Sở Nội vụ.",
                            "Nguyễn Văn Vĩnh");
        }
    }
}
