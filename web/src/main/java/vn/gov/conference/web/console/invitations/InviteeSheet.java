package vn.gov.conference.web.console.invitations;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The invitees' spreadsheet as the API's CSV import reads it: an .xlsx file's first sheet becomes UTF-8 CSV, line for
 * row (row 1 the header), each cell as Excel shows it, so the API's own parser judges every line and its messages
 * name the same line numbers the office sees in Excel. Nothing is interpreted here.
 */
final class InviteeSheet {

    /** The template's header, in the Vietnamese spellings the API understands. */
    static final List<String> COLUMNS = List.of(
            "Họ tên",
            "Chức vụ",
            "Email",
            "Mã đơn vị",
            "Tên đơn vị",
            "Cơ quan",
            "Số lượng",
            "Điểm cầu",
            "Loại",
            "Trực tuyến");

    static final List<List<String>> EXAMPLES = List.of(
            List.of(
                    "Nguyễn Văn An",
                    "Giám đốc",
                    "an.nv@snv.tiengiang.gov.vn",
                    "TG-SNV",
                    "Sở Nội vụ",
                    "",
                    "",
                    "",
                    "",
                    ""),
            List.of("", "", "ubnd@mytho.tiengiang.gov.vn", "TG-MYTHO", "UBND thành phố Mỹ Tho", "", "5", "", "", ""),
            List.of(
                    "Đặng Thu Huyền",
                    "Chuyên gia",
                    "huyen.dt@undp.example",
                    "",
                    "",
                    "UNDP Việt Nam",
                    "",
                    "",
                    "Khách mời",
                    ""));

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final int MAX_ROWS = 5_000;

    private InviteeSheet() {}

    /** An .xlsx file (a zip) rather than text: by its first bytes, whatever its name says. */
    static boolean isXlsx(byte[] bytes) {
        return bytes.length > 3 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    /** @throws Unreadable when the file is not a workbook POI can open, or is too large to be a list of invitees */
    static byte[] toCsv(byte[] xlsx) {
        try (Workbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            if (sheet.getLastRowNum() > MAX_ROWS) {
                throw new Unreadable("Bảng tính có hơn " + MAX_ROWS + " dòng.");
            }
            DataFormatter formatter = new DataFormatter(java.util.Locale.forLanguageTag("vi-VN"));
            StringBuilder csv = new StringBuilder();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                        Cell cell = row.getCell(c);
                        cells.add(cell == null ? "" : formatter.formatCellValue(cell));
                    }
                }
                csv.append(line(cells)).append("\r\n");
            }
            return Normalizer.normalize(csv, Normalizer.Form.NFC).getBytes(StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException ex) {
            if (ex instanceof Unreadable unreadable) {
                throw unreadable;
            }
            throw new Unreadable("Không mở được tệp Excel (.xlsx): " + ex.getMessage());
        }
    }

    /** The template: the header and three example lines (a person, a unit's seats, an outside guest). */
    static byte[] templateXlsx() {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Đại biểu");
            List<List<String>> rows = new ArrayList<>();
            rows.add(COLUMNS);
            rows.addAll(EXAMPLES);
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            for (int c = 0; c < COLUMNS.size(); c++) {
                sheet.setColumnWidth(c, 20 * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }

    /** The same template as CSV, UTF-8 with a byte order mark so that Excel shows the accents. */
    static byte[] templateCsv() {
        StringBuilder csv = new StringBuilder("\uFEFF").append(line(COLUMNS)).append("\r\n");
        EXAMPLES.forEach(row -> csv.append(line(row)).append("\r\n"));
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String line(List<String> cells) {
        List<String> quoted = new ArrayList<>();
        for (String cell : cells) {
            quoted.add(
                    cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains(";")
                            ? "\"" + cell.replace("\"", "\"\"") + "\""
                            : cell);
        }
        return String.join(",", quoted);
    }

    /** The spreadsheet could not be read; said in Vietnamese next to the file field. */
    static final class Unreadable extends RuntimeException {

        Unreadable(String message) {
            super(message);
        }
    }
}
