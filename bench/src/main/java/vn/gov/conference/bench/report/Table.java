package vn.gov.conference.bench.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Rows of figures, rendered for the terminal (aligned columns) and for Markdown (a pipe table). */
public final class Table {

    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    private Table(List<String> header) {
        this.header = List.copyOf(header);
    }

    public static Table of(String... header) {
        return new Table(Arrays.asList(header));
    }

    public Table row(Object... cells) {
        if (cells.length != header.size()) {
            throw new IllegalArgumentException("A row needs " + header.size() + " cells, got " + cells.length);
        }
        rows.add(Arrays.stream(cells).map(String::valueOf).toList());
        return this;
    }

    public int size() {
        return rows.size();
    }

    public String toText() {
        int[] widths = new int[header.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = header.get(i).length();
            for (List<String> row : rows) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        StringBuilder out = new StringBuilder();
        line(out, header, widths);
        StringBuilder rule = new StringBuilder();
        for (int width : widths) {
            rule.append("-".repeat(width)).append("  ");
        }
        out.append(rule.toString().stripTrailing()).append('\n');
        rows.forEach(row -> line(out, row, widths));
        return out.toString();
    }

    public String toMarkdown() {
        StringBuilder out = new StringBuilder();
        out.append("| ")
                .append(String.join(" | ", header.stream().map(Table::escape).toList()))
                .append(" |\n");
        out.append("|").append("---|".repeat(header.size())).append('\n');
        for (List<String> row : rows) {
            out.append("| ")
                    .append(String.join(" | ", row.stream().map(Table::escape).toList()))
                    .append(" |\n");
        }
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            // Figures line up on the right, words on the left.
            boolean numeric = !cell.isEmpty()
                    && (Character.isDigit(cell.charAt(0)) || cell.charAt(0) == '-' || cell.charAt(0) == '–');
            line.append(
                            numeric
                                    ? " ".repeat(widths[i] - cell.length()) + cell
                                    : cell + " ".repeat(widths[i] - cell.length()))
                    .append("  ");
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }

    private static String escape(String cell) {
        return cell.replace("|", "\\|");
    }
}
