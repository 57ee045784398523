package vn.gov.conference.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import vn.gov.conference.document.OfficialDocument.Annex;
import vn.gov.conference.document.OfficialDocument.AnnexRow;
import vn.gov.conference.document.OfficialDocument.Block;
import vn.gov.conference.document.OfficialDocument.Heading;

/**
 * Writes an {@link OfficialDocument} as DOCX with Apache POI, to the decree's layout: A4, margins 20 mm top and
 * bottom, 30 mm left, 15 mm right; Times New Roman, 14 pt body and 13 pt heading lines; page numbers centred at
 * the top from page 2 on (the first page has a header of its own, left empty).
 */
public final class DocxWriter {

    static final String FONT = "Times New Roman";
    private static final int BODY_PT = 14;
    private static final int HEADING_PT = 13;
    private static final int RECIPIENTS_PT = 11;
    private static final int FIRST_LINE_INDENT = 567;
    /** A4 less the 30 mm and 15 mm side margins, in twips. */
    private static final int TEXT_WIDTH = 9354;

    private DocxWriter() {}

    public static byte[] write(OfficialDocument document) {
        try (XWPFDocument docx = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            page(docx);
            heading(docx, document.heading());
            title(docx, document.kind(), document.subject());
            for (Block block : document.body()) {
                block(docx, block);
            }
            closing(docx, document);
            if (document.annex() != null) {
                annex(docx, document.annex());
            }
            docx.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the document as DOCX", e);
        }
    }

    private static void page(XWPFDocument docx) {
        CTSectPr section = docx.getDocument().getBody().isSetSectPr()
                ? docx.getDocument().getBody().getSectPr()
                : docx.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(mm(20));
        margins.setBottom(mm(20));
        margins.setLeft(mm(30));
        margins.setRight(mm(15));
        margins.setHeader(mm(10));
        margins.setFooter(mm(10));
        docx.createHeader(HeaderFooterType.FIRST);
        if (!section.isSetTitlePg()) {
            section.addNewTitlePg();
        }
        XWPFHeader numbered = docx.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph number = numbered.createParagraph();
        number.setAlignment(ParagraphAlignment.CENTER);
        // POI has no page-number API: a PAGE field is the one piece of WordprocessingML written by hand.
        number.getCTP().addNewFldSimple().setInstr("PAGE");
    }

    private static BigInteger mm(int millimetres) {
        // Rounded up, so that a margin is never a hair under the decree's minimum.
        return BigInteger.valueOf((long) Math.ceil(millimetres * 1440 / 25.4));
    }

    private static void heading(XWPFDocument docx, Heading heading) {
        XWPFTable table = borderless(docx, 2);
        columns(table, 3600, TEXT_WIDTH - 3600);
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        XWPFParagraph first = left.getParagraphs().getFirst();
        if (heading.parentBody() != null) {
            centred(first, heading.parentBody(), HEADING_PT, false, false);
            first = left.addParagraph();
        }
        List<String> body = heading.issuingBody();
        for (int i = 0; i < body.size(); i++) {
            XWPFParagraph line = i == 0 ? first : left.addParagraph();
            centred(line, body.get(i), HEADING_PT, true, false);
        }
        rule(left.addParagraph(), 900);
        centred(left.addParagraph(), heading.number(), HEADING_PT, false, false).setSpacingBefore(120);

        centred(right.getParagraphs().getFirst(), Heading.NATION, HEADING_PT, true, false);
        centred(right.addParagraph(), Heading.MOTTO, BODY_PT, true, false);
        rule(right.addParagraph(), 1100);
        centred(right.addParagraph(), heading.placeAndDate(), BODY_PT, false, true)
                .setSpacingBefore(120);
    }

    private static void title(XWPFDocument docx, String kind, String subject) {
        XWPFParagraph type = centred(docx.createParagraph(), kind, BODY_PT, true, false);
        type.setSpacingBefore(360);
        centred(docx.createParagraph(), subject, BODY_PT, true, false);
        rule(docx.createParagraph(), 3400).setSpacingAfter(240);
    }

    private static void block(XWPFDocument docx, Block block) {
        XWPFParagraph paragraph = docx.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.BOTH);
        paragraph.setFirstLineIndent(FIRST_LINE_INDENT);
        paragraph.setSpacingAfter(120);
        XWPFRun run = run(paragraph, block.text(), BODY_PT);
        switch (block.level()) {
            case SECTION, ITEM -> run.setBold(true);
            case SUB_ITEM -> run.setItalic(true);
            case DASH, TEXT -> {}
        }
    }

    /** "Nơi nhận" on the left, the signer on the right, side by side as the decree places them. */
    private static void closing(XWPFDocument docx, OfficialDocument document) {
        docx.createParagraph();
        XWPFTable table = borderless(docx, 2);
        columns(table, TEXT_WIDTH / 2, TEXT_WIDTH / 2);
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        XWPFParagraph label = left.getParagraphs().getFirst();
        XWPFRun heading = run(label, "Nơi nhận:", 12);
        heading.setBold(true);
        heading.setItalic(true);
        List<String> recipients = document.recipients();
        for (int i = 0; i < recipients.size(); i++) {
            run(left.addParagraph(), recipientLine(recipients, i), RECIPIENTS_PT);
        }
        XWPFParagraph signer = right.getParagraphs().getFirst();
        List<String> authority = document.signature().authority();
        for (int i = 0; i < authority.size(); i++) {
            centred(i == 0 ? signer : right.addParagraph(), authority.get(i), BODY_PT, true, false);
        }
        for (int i = 0; i < 4; i++) {
            right.addParagraph();
        }
        if (document.signature().name() != null) {
            centred(right.addParagraph(), document.signature().name(), BODY_PT, true, false);
        }
    }

    /** "- Bộ Nội vụ;" … "- Lưu: VT, KSTT." */
    static String recipientLine(List<String> recipients, int i) {
        String line = recipients.get(i);
        return "- " + line + (i == recipients.size() - 1 ? "." : ";");
    }

    private static void annex(XWPFDocument docx, Annex annex) {
        XWPFParagraph title = centred(docx.createParagraph(), annex.title(), BODY_PT, true, false);
        title.setPageBreak(true);
        centred(docx.createParagraph(), annex.subject(), BODY_PT, true, false);
        centred(docx.createParagraph(), annex.attachedTo(), BODY_PT, false, true);
        rule(docx.createParagraph(), 3400).setSpacingAfter(240);
        XWPFTable table = docx.createTable(annex.rows().size() + 1, 4);
        table.setTableAlignment(TableRowAlign.CENTER);
        columns(table, 700, 2500, TEXT_WIDTH - 700 - 2500 - 2400, 2400);
        String[] head = {"TT", "Thời gian", "Nội dung", "Thực hiện"};
        for (int c = 0; c < 4; c++) {
            XWPFTableCell cell = table.getRow(0).getCell(c);
            centred(cell.getParagraphs().getFirst(), head[c], HEADING_PT, true, false);
        }
        for (int r = 0; r < annex.rows().size(); r++) {
            AnnexRow row = annex.rows().get(r);
            String[] cells = {row.number(), row.time(), row.content(), row.presenters()};
            for (int c = 0; c < 4; c++) {
                XWPFTableCell cell = table.getRow(r + 1).getCell(c);
                XWPFParagraph paragraph = cell.getParagraphs().getFirst();
                paragraph.setAlignment(c < 2 ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
                run(paragraph, cells[c], HEADING_PT);
            }
        }
    }

    private static XWPFTable borderless(XWPFDocument docx, int columns) {
        XWPFTable table = docx.createTable(1, columns);
        table.setTopBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        table.setBottomBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        table.setLeftBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        table.setRightBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        table.setInsideHBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        table.setInsideVBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        return table;
    }

    /**
     * Fixed column widths in twips, on the grid and on every cell: Word reads the cells, LibreOffice the grid, and
     * neither keeps a percentage it is not given both ways.
     */
    private static void columns(XWPFTable table, int... twips) {
        table.setWidthType(TableWidthType.DXA);
        table.setWidth(String.valueOf(java.util.Arrays.stream(twips).sum()));
        table.getCTTbl().getTblPr().addNewTblLayout().setType(STTblLayoutType.FIXED);
        CTTblGrid grid = table.getCTTbl().getTblGrid() != null
                ? table.getCTTbl().getTblGrid()
                : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int width : twips) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        for (XWPFTableRow row : table.getRows()) {
            for (int c = 0; c < twips.length; c++) {
                row.getCell(c).setWidthType(TableWidthType.DXA);
                row.getCell(c).setWidth(String.valueOf(twips[c]));
            }
        }
    }

    /**
     * The short rule under a heading line: the top border of an empty paragraph, narrowed by indenting both sides
     * (on the text's own paragraph the indent would wrap the text).
     */
    private static XWPFParagraph rule(XWPFParagraph paragraph, int indent) {
        paragraph.setBorderTop(Borders.SINGLE);
        paragraph.setSpacingAfter(0);
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        paragraph.setIndentationLeft(indent);
        paragraph.setIndentationRight(indent);
        return paragraph;
    }

    private static XWPFParagraph centred(
            XWPFParagraph paragraph, String text, int points, boolean bold, boolean italic) {
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        paragraph.setSpacingAfter(0);
        XWPFRun run = run(paragraph, text, points);
        run.setBold(bold);
        run.setItalic(italic);
        return paragraph;
    }

    private static XWPFRun run(XWPFParagraph paragraph, String text, int points) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(points);
        run.setText(text == null ? "" : text);
        return run;
    }
}
