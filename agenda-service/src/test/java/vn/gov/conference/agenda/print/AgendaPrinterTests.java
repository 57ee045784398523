package vn.gov.conference.agenda.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import vn.gov.conference.agenda.SeedAgendas;
import vn.gov.conference.agenda.programme.AgendaItem;
import vn.gov.conference.agenda.programme.ItemKind;
import vn.gov.conference.agenda.programme.ItemTiming;
import vn.gov.conference.agenda.programme.Presenter;
import vn.gov.conference.agenda.programme.Programme;
import vn.gov.conference.agenda.timing.TimingEngine;
import vn.gov.conference.document.PdfWriter;

class AgendaPrinterTests {

    private static final AgendaHeading TIEN_GIANG = new AgendaHeading(
            "Hội nghị đánh giá các chỉ số: PAR Index, SIPAS, PAPI, PCI, DTI, ICT Index, PACA năm 2023 của tỉnh Tiền Giang",
            "276/KH-UBND",
            LocalDate.of(2024, 7, 18),
            "Ủy ban nhân dân tỉnh Tiền Giang",
            null,
            "dự kiến quý 3 năm 2024",
            "Phòng họp số 2, Trung tâm Hội nghị tỉnh Tiền Giang",
            0,
            null);

    private static final AgendaHeading DONG_THAP = new AgendaHeading(
            "Hội nghị trực tuyến về tổng kết, nhân rộng các mô hình cải cách hành chính",
            null,
            null,
            "Ủy ban nhân dân Tỉnh",
            LocalDate.of(2021, 7, 7),
            null,
            "Hội trường Ủy ban nhân dân (UBND) Tỉnh",
            2,
            OffsetDateTime.parse("2021-07-01T09:30+07:00"));

    @Test
    void printsTheTienGiangTableAsTheSeedShowsIt() throws Exception {
        Document html = parse(AgendaPrinter.html(TIEN_GIANG, TimingEngine.compute(SeedAgendas.tienGiang()), null));

        List<List<String>> rows = rows(html);
        assertThat(rows.getFirst()).containsExactly("TT", "Nội dung", "Đơn vị thực hiện", "Thời gian");
        assertThat(rows.get(1))
                .containsExactly(
                        "1",
                        "Đón tiếp đại biểu",
                        "Sở Nội vụ, Sở Thông tin và Truyền thông, Sở Kế hoạch và Đầu tư, Thanh tra tỉnh",
                        "7 giờ 30 - 8 giờ");
        assertThat(rows.get(2))
                .containsExactly("2", "Tuyên bố lý do, giới thiệu đại biểu", "Sở Nội vụ", "8 giờ - 8 giờ 05");
        assertThat(rows.get(3).get(1))
                .endsWith("giải pháp thực hiện cụ thể (nêu rõ trách nhiệm của từng cơ quan, đơn vị, địa phương)");
        assertThat(rows.get(8)).containsExactly("", "Nghỉ giữa giờ", "", "9 giờ 30 - 9 giờ 45");
        assertThat(rows.get(10))
                .containsExactly(
                        "9", "Phát biểu chỉ đạo Hội nghị", "Thường trực Ủy ban nhân dân tỉnh", "10 giờ 45 - 11 giờ 15");
        assertThat(rows).hasSize(11);
        assertThat(text(html))
                .contains(
                        "(Kèm theo Kế hoạch số 276/KH-UBND ngày 18/7/2024 của Ủy ban nhân dân tỉnh Tiền Giang)",
                        "Thời gian: dự kiến quý 3 năm 2024",
                        "Dự thảo, chưa công bố.");
    }

    @Test
    void printsTheDongThapDurationsWithTheirComputedTimesAndTheSpeakersTurn() throws Exception {
        String printed = AgendaPrinter.html(
                DONG_THAP,
                TimingEngine.compute(SeedAgendas.dongThap(), SeedAgendas.DONG_THAP_PLAN_START),
                SeedAgendas.dongThap().note());
        Document html = parse(printed);

        List<List<String>> rows = rows(html);
        assertThat(rows.get(1))
                .containsExactly(
                        "1", "Tuyên bố lý do, giới thiệu đại biểu", "Văn phòng UBND Tỉnh", "5 phút8 giờ - 8 giờ 05");
        assertThat(rows.get(4)).containsExactly("4", "Gợi ý thảo luận của chủ trì Hội nghị", "", "");
        assertThat(rows.get(5))
                .containsExactly("5", "Ý kiến, tham luận của các cơ quan, địa phương", "", "8 giờ 40 - 9 giờ 36");
        assertThat(rows.get(6))
                .containsExactly(
                        "-",
                        "Các mô hình, cách làm mới về CCHC đang triển khai tại địa phương",
                        "UBND huyện Châu Thành",
                        "Mỗi đại biểu trình bày 07 phút");
        assertThat(rows.get(7))
                .containsExactly(
                        "-",
                        "Kết quả thực hiện mô hình “Hỗ trợ tiếp nhận và giải quyết thủ tục hành chính ngoài giờ”",
                        "UBND huyện Hồng Ngự");
        assertThat(rows.get(14)).containsExactly("6", "Giải lao", "", "15 phút9 giờ 36 - 9 giờ 51");
        assertThat(rows.get(18)).containsExactly("10", "Kết luận của Chủ trì Hội nghị", "Chủ tịch UBND Tỉnh", "");
        assertThat(printed).contains("rowspan=\"8\">Mỗi đại biểu trình bày 07 phút");
        assertThat(text(html))
                .contains(
                        "Thời gian: 8 giờ, ngày 07/7/2021 (thứ Tư)",
                        "* Ghi chú: Chương trình có thể thay đổi tùy theo tình hình thực tế.",
                        "Cập nhật lần 1 lúc 09:30, 01/7/2021.");
    }

    @Test
    void escapesMarkupInTheAgendasText() throws Exception {
        Programme programme = new Programme(
                null,
                null,
                "Ghi chú <b>đậm</b> & \"trích\"",
                List.of(AgendaItem.of(
                        "a",
                        ItemKind.REPORT,
                        "Báo cáo <script>alert(1)</script> & kết luận",
                        List.of(new Presenter(null, "Sở <Nội vụ>")),
                        ItemTiming.Lasting.minutes(10))));

        String printed = AgendaPrinter.html(TIEN_GIANG, TimingEngine.compute(programme), programme.note());

        assertThat(printed).doesNotContain("<script>", "<b>đậm</b>");
        assertThat(rows(parse(printed)).get(1))
                .containsExactly("1", "Báo cáo <script>alert(1)</script> & kết luận", "Sở <Nội vụ>", "10 phút");
    }

    @Test
    void rendersAPdfWhoseTextIsVietnamese() throws Exception {
        String printed = AgendaPrinter.html(
                DONG_THAP,
                TimingEngine.compute(SeedAgendas.dongThap(), SeedAgendas.DONG_THAP_PLAN_START),
                SeedAgendas.dongThap().note());

        byte[] pdf = PdfWriter.render(printed);

        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper()
                    .getText(document)
                    .replaceAll("\\s+", " ");
            assertThat(text)
                    .contains(
                            "CHƯƠNG TRÌNH HỘI NGHỊ",
                            "Tuyên bố lý do, giới thiệu đại biểu",
                            "Mỗi đại biểu trình bày 07 phút",
                            "UBND huyện Châu Thành",
                            "Mặt trận Tổ quốc Việt Nam tỉnh Đồng Tháp",
                            "8 giờ 40 - 9 giờ 36",
                            "Kết luận của Chủ trì Hội nghị");
            assertThat(text).doesNotContain("#");
            var fonts = new java.util.ArrayList<String>();
            for (var page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name).getName());
                }
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> assertThat(font).contains("LiberationSerif"));
        }
    }

    private static Document parse(String xhtml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xhtml)));
    }

    private static List<List<String>> rows(Document html) {
        NodeList rows = html.getElementsByTagName("tr");
        List<List<String>> result = new java.util.ArrayList<>();
        for (int i = 0; i < rows.getLength(); i++) {
            NodeList cells = ((Element) rows.item(i)).getChildNodes();
            List<String> texts = new java.util.ArrayList<>();
            for (int j = 0; j < cells.getLength(); j++) {
                texts.add(cells.item(j).getTextContent());
            }
            result.add(texts);
        }
        return result;
    }

    private static String text(Document html) {
        return html.getDocumentElement().getTextContent().replaceAll("\\s+", " ");
    }
}
