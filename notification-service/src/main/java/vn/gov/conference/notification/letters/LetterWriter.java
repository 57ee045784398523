package vn.gov.conference.notification.letters;

import java.util.List;

/**
 * Writes one letter twice at once, as plain text and as HTML, so that both parts of an email always say the same
 * thing. Every piece of text passes through {@link Html#escape} on its way into the HTML.
 */
final class LetterWriter {

    private final StringBuilder text = new StringBuilder();
    private final StringBuilder html = new StringBuilder();

    LetterWriter(String title) {
        html.append("<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"UTF-8\"><title>")
                .append(Html.escape(title))
                .append("</title></head>\n<body style=\"font-family:'Times New Roman',Times,serif;font-size:15px;")
                .append("color:#111;line-height:1.5;max-width:720px\">\n");
    }

    LetterWriter salutation(String addressee) {
        text.append("Kính gửi: ").append(addressee).append("\n\n");
        html.append("<p><strong>Kính gửi:</strong> ")
                .append(Html.escape(addressee))
                .append("</p>\n");
        return this;
    }

    LetterWriter heading(String heading) {
        text.append(heading.toUpperCase(java.util.Locale.forLanguageTag("vi"))).append("\n");
        html.append("<h2 style=\"font-size:17px;margin:18px 0 6px\">")
                .append(Html.escape(heading))
                .append("</h2>\n");
        return this;
    }

    LetterWriter paragraph(String paragraph) {
        text.append(paragraph).append("\n\n");
        html.append("<p>").append(Html.escape(paragraph)).append("</p>\n");
        return this;
    }

    /** A paragraph with one part in bold, as letters stress a time or a deadline. */
    LetterWriter paragraph(String before, String stressed, String after) {
        text.append(before).append(stressed).append(after).append("\n\n");
        html.append("<p>")
                .append(Html.escape(before))
                .append("<strong>")
                .append(Html.escape(stressed))
                .append("</strong>")
                .append(Html.escape(after))
                .append("</p>\n");
        return this;
    }

    LetterWriter fields(List<String[]> labelled) {
        html.append("<table style=\"border-collapse:collapse;margin:8px 0\">\n");
        for (String[] field : labelled) {
            if (field[1] == null || field[1].isBlank()) {
                continue;
            }
            text.append("- ").append(field[0]).append(": ").append(field[1]).append("\n");
            html.append("<tr><td style=\"padding:2px 12px 2px 0;vertical-align:top\"><strong>")
                    .append(Html.escape(field[0]))
                    .append(":</strong></td><td style=\"padding:2px 0\">")
                    .append(Html.escape(field[1]))
                    .append("</td></tr>\n");
        }
        text.append("\n");
        html.append("</table>\n");
        return this;
    }

    LetterWriter bullets(List<String> items) {
        html.append("<ul>\n");
        for (String item : items) {
            text.append("- ").append(item).append("\n");
            html.append("<li>").append(Html.escape(item)).append("</li>\n");
        }
        text.append("\n");
        html.append("</ul>\n");
        return this;
    }

    /** A table of rows of cells (the agenda); the text part lists each row on one line. */
    LetterWriter table(List<String> header, List<List<String>> rows) {
        html.append("<table style=\"border-collapse:collapse;margin:8px 0;width:100%\">\n<tr>");
        for (String cell : header) {
            html.append("<th style=\"border:1px solid #999;padding:4px 6px;text-align:left;background:#f2f2f2\">")
                    .append(Html.escape(cell))
                    .append("</th>");
        }
        html.append("</tr>\n");
        for (List<String> row : rows) {
            html.append("<tr>");
            StringBuilder line = new StringBuilder();
            for (String cell : row) {
                html.append("<td style=\"border:1px solid #999;padding:4px 6px;vertical-align:top\">")
                        .append(Html.escape(cell))
                        .append("</td>");
                if (cell != null && !cell.isBlank()) {
                    line.append(line.isEmpty() ? "" : " | ").append(cell);
                }
            }
            html.append("</tr>\n");
            text.append("- ").append(line).append("\n");
        }
        html.append("</table>\n");
        text.append("\n");
        return this;
    }

    LetterWriter link(String label, String url) {
        text.append(label).append(":\n").append(url).append("\n\n");
        html.append("<p><a href=\"")
                .append(Html.escape(url))
                .append("\" style=\"display:inline-block;padding:8px 14px;background:#b71c1c;color:#fff;")
                .append("text-decoration:none;border-radius:4px\">")
                .append(Html.escape(label))
                .append("</a><br>")
                .append("<small>")
                .append(Html.escape(url))
                .append("</small></p>\n");
        return this;
    }

    LetterWriter image(String contentId, String alt) {
        html.append("<p><img src=\"cid:")
                .append(Html.escape(contentId))
                .append("\" alt=\"")
                .append(Html.escape(alt))
                .append("\" width=\"180\" height=\"180\"></p>\n");
        return this;
    }

    LetterWriter signature(String title, String name) {
        if (title == null && name == null) {
            return this;
        }
        text.append(title == null ? "" : title.toUpperCase(java.util.Locale.forLanguageTag("vi")) + "\n")
                .append(name == null ? "" : name + "\n")
                .append("\n");
        html.append("<p style=\"margin-top:24px\"><strong>")
                .append(Html.escape(title == null ? "" : title.toUpperCase(java.util.Locale.forLanguageTag("vi"))))
                .append("</strong><br>")
                .append(Html.escape(name == null ? "" : name))
                .append("</p>\n");
        return this;
    }

    LetterWriter footer(String note) {
        text.append("--\n").append(note).append("\n");
        html.append("<hr><p style=\"color:#666;font-size:12px\">")
                .append(Html.escape(note))
                .append("</p>\n");
        return this;
    }

    String text() {
        return text.toString();
    }

    String html() {
        return html + "</body></html>\n";
    }
}
