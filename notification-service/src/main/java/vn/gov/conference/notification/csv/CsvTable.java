package vn.gov.conference.notification.csv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.gov.conference.platform.text.VietnameseText;

/**
 * A CSV file with a header line, as offices export it from spreadsheets: RFC 4180 quoting (fields may hold commas,
 * quotes and line breaks), CRLF or LF, an optional UTF-8 byte order mark, and comma or semicolon as the separator
 * (spreadsheets set to Vietnamese use the semicolon). Header names match without case or diacritics, through the
 * aliases a reader gives ("họ tên" → name). Cell text is NFC and trimmed; empty cells are absent.
 */
public final class CsvTable {

    /**
     * The longest cell taken, in characters: far more than any name, title, unit or address, far less than what would
     * make a stored invitation, its letter and every list that shows it unwieldy. Longer is a mistake, not data.
     */
    public static final int MAX_CELL_LENGTH = 1000;

    private final Map<String, Integer> columns;
    private final List<Row> rows;

    private CsvTable(Map<String, Integer> columns, List<Row> rows) {
        this.columns = columns;
        this.rows = rows;
    }

    /** One data line; {@code line} is its number in the file (the header is line 1). */
    public record Row(int line, List<String> cells) {}

    /**
     * Parses {@code text}; {@code aliases} maps folded header spellings to canonical column names. Columns not named
     * in the aliases keep their folded header as name.
     */
    public static CsvTable parse(String text, Map<String, String> aliases) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<List<String>> records = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        char separator = separatorOf(body);
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean cellStarted = false;
        int line = 1;
        int recordLine = 1;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < body.length() && body.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
            } else if (c == '"' && !cellStarted) {
                quoted = true;
                cellStarted = true;
            } else if (c == separator) {
                record.add(cell.toString());
                cell.setLength(0);
                cellStarted = false;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < body.length() && body.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(cell.toString());
                addRecord(records, lines, record, recordLine);
                record = new ArrayList<>();
                cell.setLength(0);
                cellStarted = false;
                line++;
                recordLine = line;
            } else {
                cell.append(c);
                cellStarted = true;
            }
        }
        if (quoted) {
            throw new CsvException(
                    List.of(new CsvException.LineError(recordLine, null, "Dấu ngoặc kép chưa được đóng.")));
        }
        if (cellStarted || !record.isEmpty() || !cell.isEmpty()) {
            record.add(cell.toString());
            addRecord(records, lines, record, recordLine);
        }
        if (records.isEmpty()) {
            throw new CsvException(List.of(new CsvException.LineError(1, null, "Tệp CSV trống: cần dòng tiêu đề.")));
        }
        Map<String, Integer> columns = new HashMap<>();
        List<String> header = records.getFirst();
        for (int i = 0; i < header.size(); i++) {
            String folded = fold(header.get(i));
            columns.putIfAbsent(aliases.getOrDefault(folded, folded), i);
        }
        refuseOverlongCells(records, lines, header, aliases);
        List<Row> rows = new ArrayList<>();
        for (int r = 1; r < records.size(); r++) {
            rows.add(new Row(lines.get(r), records.get(r)));
        }
        return new CsvTable(columns, List.copyOf(rows));
    }

    private static void refuseOverlongCells(
            List<List<String>> records, List<Integer> lines, List<String> header, Map<String, String> aliases) {
        List<CsvException.LineError> errors = new ArrayList<>();
        for (int r = 0; r < records.size(); r++) {
            List<String> record = records.get(r);
            for (int i = 0; i < record.size(); i++) {
                int length = record.get(i).strip().length();
                if (length > MAX_CELL_LENGTH) {
                    String column = i < header.size() && r > 0
                            ? aliases.getOrDefault(fold(header.get(i)), fold(header.get(i)))
                            : null;
                    errors.add(new CsvException.LineError(
                            lines.get(r),
                            column,
                            "Ô dài " + length + " ký tự, quá giới hạn " + MAX_CELL_LENGTH + " ký tự."));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new CsvException(errors);
        }
    }

    private static void addRecord(List<List<String>> records, List<Integer> lines, List<String> record, int line) {
        boolean blank = record.stream().allMatch(String::isBlank);
        if (!blank) {
            records.add(record);
            lines.add(line);
        }
    }

    private static char separatorOf(String body) {
        int end = body.indexOf('\n');
        String header = end < 0 ? body : body.substring(0, end);
        long commas = header.chars().filter(c -> c == ',').count();
        long semicolons = header.chars().filter(c -> c == ';').count();
        return semicolons > commas ? ';' : ',';
    }

    public boolean has(String column) {
        return columns.containsKey(column);
    }

    public List<Row> rows() {
        return rows;
    }

    /** The NFC, trimmed cell of {@code column} in {@code row}; empty when the column or the cell is missing. */
    public Optional<String> cell(Row row, String column) {
        Integer index = columns.get(column);
        if (index == null || index >= row.cells().size()) {
            return Optional.empty();
        }
        return Optional.ofNullable(VietnameseText.nfcOrNull(row.cells().get(index)));
    }

    /** Lower case, no diacritics, single spaces: how header names are matched. */
    public static String fold(String text) {
        return VietnameseText.fold(text.replace('_', ' ').replace('-', ' '));
    }
}
