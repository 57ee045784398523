package vn.gov.conference.web.console.central;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The national table as an .xlsx workbook: the CSV's lines, every cell text (so a leading "=" is text, never a
 * formula), the header bold and frozen, columns wide enough to read.
 */
final class DashboardSheet {

    private DashboardSheet() {}

    static byte[] of(String name, List<List<String>> lines) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(name);
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            for (int r = 0; r < lines.size(); r++) {
                Row row = sheet.createRow(r);
                List<String> cells = lines.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    var cell = row.createCell(c);
                    cell.setCellValue(cells.get(c));
                    if (r == 0) {
                        cell.setCellStyle(header);
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            int columns = lines.isEmpty() ? 0 : lines.getFirst().size();
            for (int c = 0; c < columns; c++) {
                int widest = 8;
                for (List<String> line : lines) {
                    widest = Math.max(
                            widest, Math.min(60, c < line.size() ? line.get(c).length() + 2 : 0));
                }
                sheet.setColumnWidth(c, widest * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
