package vn.gov.conference.plan.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import vn.gov.conference.document.DocxWriter;
import vn.gov.conference.plan.planning.Assignment;
import vn.gov.conference.plan.planning.Fixtures;
import vn.gov.conference.plan.planning.Plan;
import vn.gov.conference.plan.planning.PlanContent;

/**
 * Both seeds as DOCX, read back with POI paragraph by paragraph and checked block by block against the plan: the
 * heading, number, place and date, title, every section, "Nơi nhận", the signer and the annex with its times.
 */
class PlanDocumentDocxTests {

    private static final String TG_BODY = "ỦY BAN NHÂN DÂN";

    private final Plan tienGiang = SeedDocuments.tienGiang();
    private final Plan dongThap = SeedDocuments.dongThap();

    private byte[] docx(Plan plan, PublishedAgenda agenda) throws IOException {
        byte[] file = DocxWriter.write(PlanDocuments.of(plan, Optional.ofNullable(agenda)));
        Path target = Path.of("target", "documents");
        Files.createDirectories(target);
        Files.write(target.resolve(plan.issuer().provinceCode() + ".docx"), file);
        return file;
    }

    private byte[] tienGiangDocx() throws IOException {
        return docx(
                tienGiang,
                SeedDocuments.copyOf(
                        SeedDocuments.tienGiangAgenda(tienGiang.id().value())));
    }

    private byte[] dongThapDocx() throws IOException {
        return docx(
                dongThap,
                SeedDocuments.copyOf(SeedDocuments.dongThapAgenda(dongThap.id().value())));
    }

    @Test
    void headsTienGiangsPlanWithTheCommitteeTheNationalNameNumberPlaceAndDate() throws IOException {
        List<String> lines = SeedDocuments.lines(tienGiangDocx());

        assertThat(lines.subList(0, 6))
                .containsExactly(
                        TG_BODY,
                        "TỈNH TIỀN GIANG",
                        "Số: 276/KH-UBND",
                        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                        "Độc lập - Tự do - Hạnh phúc",
                        "Tiền Giang, ngày 18 tháng 7 năm 2024");
        assertThat(lines.subList(6, 8))
                .containsExactly("KẾ HOẠCH", tienGiang.content().title());
    }

    @Test
    void setsTheHeadingAsTheDecreeDoes() throws IOException {
        try (XWPFDocument docx = SeedDocuments.open(tienGiangDocx())) {
            List<XWPFParagraph> paragraphs = SeedDocuments.paragraphs(docx);
            assertThat(paragraphs.get(0).getRuns()).allMatch(XWPFRun::isBold);
            assertThat(paragraphs.get(0).getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
            assertThat(paragraphs.get(2).getRuns()).noneMatch(XWPFRun::isBold);
            assertThat(paragraphs.get(3).getRuns()).allMatch(XWPFRun::isBold);
            assertThat(paragraphs.get(5).getRuns()).allMatch(XWPFRun::isItalic);
            assertThat(paragraphs.get(6).getRuns()).allMatch(XWPFRun::isBold);
            assertThat(paragraphs.get(7).getRuns()).allMatch(XWPFRun::isBold);
            assertThat(paragraphs.get(7).getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
            assertThat(paragraphs).flatMap(XWPFParagraph::getRuns).allSatisfy(run -> {
                assertThat(run.getFontFamily()).isEqualTo("Times New Roman");
                assertThat(run.getFontSizeAsDouble()).isBetween(11.0, 14.0);
            });
            // Body paragraphs in 14 pt, within the decree's 13–14.
            assertThat(paragraphs.stream()
                            .filter(p -> p.getText().startsWith("I. "))
                            .findFirst()
                            .orElseThrow()
                            .getRuns()
                            .getFirst()
                            .getFontSizeAsDouble())
                    .isEqualTo(14.0);
        }
    }

    @Test
    void hasTheDecreesMarginsAndNumbersPagesFromTheSecond() throws IOException {
        try (XWPFDocument docx = SeedDocuments.open(tienGiangDocx())) {
            CTSectPr section = docx.getDocument().getBody().getSectPr();
            CTPageMar margins = section.getPgMar();
            assertThat(mm(margins.getTop())).isBetween(20.0, 25.0);
            assertThat(mm(margins.getBottom())).isBetween(20.0, 25.0);
            assertThat(mm(margins.getLeft())).isBetween(30.0, 35.0);
            assertThat(mm(margins.getRight())).isBetween(15.0, 20.0);
            assertThat(section.isSetTitlePg()).isTrue();
            assertThat(docx.getHeaderFooterPolicy().getFirstPageHeader().getText())
                    .isBlank();
            assertThat(docx.getHeaderFooterPolicy()
                            .getDefaultHeader()
                            .getParagraphs()
                            .getFirst()
                            .getCTP()
                            .getFldSimpleArray(0)
                            .getInstr())
                    .isEqualTo("PAGE");
        }
    }

    private static double mm(Object twips) {
        return ((BigInteger) twips).doubleValue() * 25.4 / 1440;
    }

    @Test
    void writesEverySectionOfTienGiangsPlanAsThePlanHoldsIt() throws IOException {
        List<String> lines = SeedDocuments.lines(tienGiangDocx());
        PlanContent content = tienGiang.content();

        assertThat(lines).containsSubsequence(content.preamble());
        assertThat(lines)
                .containsSubsequence(
                        "I. MỤC ĐÍCH, YÊU CẦU",
                        "1. Mục đích",
                        "- " + content.purposes().get(0),
                        "- " + content.purposes().get(1),
                        "- " + content.purposes().get(2),
                        "2. Yêu cầu",
                        "- " + content.requirements().get(0),
                        "- " + content.requirements().get(1),
                        "II. NỘI DUNG HỘI NGHỊ",
                        "1. Thành phần tham dự",
                        "Chủ trì Hội nghị: Thường trực Ủy ban nhân dân tỉnh.",
                        "a) Cấp tỉnh:",
                        "- Lãnh đạo (Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Tiền Giang).",
                        "Tổng số đại biểu: khoảng 130 người.",
                        "2. Thời gian",
                        "dự kiến quý 3 năm 2024 (Thời điểm cụ thể do Ủy ban nhân dân tỉnh quyết định).",
                        "3. Địa điểm",
                        "Phòng họp số 2, Trung tâm Hội nghị tỉnh Tiền Giang, số 6C Rạch Gầm, Phường 1, "
                                + "thành phố Mỹ Tho, Tiền Giang.",
                        "4. Chương trình Hội nghị",
                        "Có Chương trình kèm theo.",
                        "5. Phông Hội nghị",
                        "ỦY BAN NHÂN DÂN TỈNH TIỀN GIANG",
                        "Quy cách: sử dụng bảng LED.",
                        "III. KINH PHÍ",
                        content.budget().source(),
                        "IV. TỔ CHỨC THỰC HIỆN",
                        "1. Văn phòng Ủy ban nhân dân tỉnh",
                        "2. Sở Nội vụ",
                        content.closing());
        for (Assignment assignment : content.assignments()) {
            assertThat(lines).as(assignment.id()).contains("- " + PlanDocuments.assignmentText(assignment));
            assertThat(lines).anyMatch(line -> line.contains(assignment.task()));
        }
        assertThat(lines)
                .contains("- "
                        + PlanDocuments.sentence(content.assignments().get(2).task())
                        + " Tài liệu Hội nghị: gửi Văn phòng Ủy ban nhân dân tỉnh (qua email: pkstthc@tiengiang.gov.vn) "
                        + "trước ngày 30/7/2024.");
    }

    @Test
    void closesWithTheDistributionListAndTheSigner() throws IOException {
        List<String> lines = SeedDocuments.lines(tienGiangDocx());

        assertThat(lines)
                .containsSubsequence(
                        "Nơi nhận:",
                        "- Bộ Nội vụ;",
                        "- CT, các PCT UBND tỉnh;",
                        "- Các sở, ban, ngành tỉnh (thành phần tham dự Hội nghị);",
                        "- UBND các huyện, thị xã, thành phố;",
                        "- VPUB: CVP, các PCVP, các phòng, trung tâm trực thuộc;",
                        "- Đài PTTH tỉnh, Báo Ấp Bắc;",
                        "- Công TTĐT tỉnh;",
                        "- Lưu: VT, KSTT(Hiếu).",
                        "CHỦ TỊCH",
                        "Nguyễn Văn Vĩnh");
    }

    @Test
    void attachesTienGiangsAgendaWithItsTimesFromHalfPastSeven() throws IOException {
        List<String> lines = SeedDocuments.lines(tienGiangDocx());
        int annex = lines.indexOf("CHƯƠNG TRÌNH HỘI NGHỊ");

        assertThat(annex).isPositive();
        assertThat(lines.subList(annex, lines.size()))
                .containsSubsequence(
                        "CHƯƠNG TRÌNH HỘI NGHỊ",
                        tienGiang.content().title(),
                        "(Kèm theo Kế hoạch số 276/KH-UBND ngày 18/7/2024 của Ủy ban nhân dân tỉnh Tiền Giang)",
                        "TT",
                        "Thời gian",
                        "Nội dung",
                        "Thực hiện",
                        "1",
                        "7 giờ 30 - 8 giờ",
                        "Đón tiếp đại biểu",
                        "Sở Nội vụ, Sở Thông tin và Truyền thông, Sở Kế hoạch và Đầu tư, Thanh tra tỉnh",
                        "2",
                        "8 giờ - 8 giờ 05",
                        "8 giờ 05 - 8 giờ 30",
                        "8 giờ 30 - 8 giờ 40",
                        "8 giờ 40 - 9 giờ",
                        "9 giờ - 9 giờ 15",
                        "9 giờ 15 - 9 giờ 30",
                        "9 giờ 30 - 9 giờ 45",
                        "Nghỉ giữa giờ",
                        "9 giờ 45 - 10 giờ 45",
                        "9",
                        "10 giờ 45 - 11 giờ 15");
    }

    @Test
    void writesDongThapsOnlinePlanSignedOnBehalfOfTheCommittee() throws IOException {
        List<String> lines = SeedDocuments.lines(dongThapDocx());
        PlanContent content = dongThap.content();

        assertThat(lines.subList(0, 8))
                .containsExactly(
                        TG_BODY,
                        "TỈNH ĐỒNG THÁP",
                        "Số: 151/KH-UBND",
                        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                        "Độc lập - Tự do - Hạnh phúc",
                        "Đồng Tháp, ngày 02 tháng 7 năm 2021",
                        "KẾ HOẠCH",
                        content.title());
        assertThat(lines)
                .containsSubsequence(
                        content.preamble().getFirst(),
                        "I. NỘI DUNG HỘI NGHỊ",
                        "1. Thành phần tham dự",
                        "Chủ trì Hội nghị: Chủ tịch UBND Tỉnh Phạm Thiện Nghĩa.",
                        "a) Cấp tỉnh:",
                        "- Thường trực Tỉnh ủy.",
                        "- Thường trực HĐND Tỉnh (Hội đồng nhân dân tỉnh Đồng Tháp).",
                        "b) Cấp huyện:",
                        "c) Cấp xã:",
                        "d) Khách mời:",
                        "- Bà Đỗ Thanh Huyền, Chuyên gia về Chỉ số PAPI Chương trình Phát triển Liên Hợp Quốc tại Việt Nam "
                                + "(UNDP).",
                        "2. Thời gian",
                        "08 giờ 00 phút, ngày 07/7/2021 (thứ Tư).",
                        "3. Địa điểm",
                        "- Điểm cầu Tỉnh: 40 đại biểu.",
                        "- Điểm cầu UBND huyện Châu Thành.",
                        "4. Chương trình Hội nghị",
                        "II. KINH PHÍ",
                        content.budget().source(),
                        "III. TỔ CHỨC THỰC HIỆN",
                        "1. Sở Nội vụ",
                        "2. Văn phòng Ủy ban nhân dân tỉnh",
                        content.closing(),
                        "Nơi nhận:",
                        "- TT/TU, TT/HĐND Tỉnh;",
                        "- Lưu: VT, T (KSTTHC).",
                        "TM. ỦY BAN NHÂN DÂN",
                        "CHỦ TỊCH",
                        "Phạm Thiện Nghĩa");
        for (Assignment assignment : content.assignments()) {
            assertThat(lines).as(assignment.id()).contains("- " + PlanDocuments.assignmentText(assignment));
        }
    }

    @Test
    void attachesDongThapsAgendaWithTheTimesComputedFromEight() throws IOException {
        List<String> lines = SeedDocuments.lines(dongThapDocx());
        int annex = lines.indexOf("CHƯƠNG TRÌNH HỘI NGHỊ");

        assertThat(lines.subList(annex, lines.size()))
                .containsSubsequence(
                        "(Kèm theo Kế hoạch số 151/KH-UBND ngày 2/7/2021 của Ủy ban nhân dân tỉnh Đồng Tháp)",
                        "1",
                        "8 giờ - 8 giờ 05",
                        "Tuyên bố lý do, giới thiệu đại biểu",
                        "Văn phòng UBND Tỉnh",
                        "8 giờ 05 - 8 giờ 20",
                        "8 giờ 20 - 8 giờ 40",
                        "4",
                        "Gợi ý thảo luận của chủ trì Hội nghị",
                        "8 giờ 40 - 9 giờ 36",
                        "9 giờ 36 - 9 giờ 51",
                        "9 giờ 51 - 10 giờ 06",
                        "10 giờ 06 - 10 giờ 21",
                        "Kết luận của Chủ trì Hội nghị",
                        "Chủ tịch UBND Tỉnh");
        assertThat(lines.subList(annex, lines.size())).doesNotContain("10 giờ 21 - 10 giờ 21");
    }

    @Test
    void leavesTheNumberAndDateBlankOnADraftAndAttachesNoAgendaBeforeOneIsPublished() throws IOException {
        List<String> lines = SeedDocuments.lines(docx(Fixtures.tienGiangDraft(), null));

        assertThat(lines.subList(0, 6))
                .containsExactly(
                        TG_BODY,
                        "TỈNH TIỀN GIANG",
                        "Số:      /KH-UBND",
                        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                        "Độc lập - Tự do - Hạnh phúc",
                        "Tiền Giang, ngày      tháng      năm 2024");
        assertThat(lines).doesNotContain("CHƯƠNG TRÌNH HỘI NGHỊ", "4. Chương trình Hội nghị");
    }
}
