package vn.gov.conference.document;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import vn.gov.conference.document.OfficialDocument.Annex;
import vn.gov.conference.document.OfficialDocument.AnnexRow;
import vn.gov.conference.document.OfficialDocument.Block;
import vn.gov.conference.document.OfficialDocument.Heading;

/**
 * Writes an {@link OfficialDocument} as PDF through the project's PDF path (XHTML rendered by openhtmltopdf, as
 * agenda-service prints its agenda), to the same layout as {@link DocxWriter}. It needs nothing installed: the
 * document embeds Liberation Serif (SIL OFL, from openpdf-fonts-extra), which has the Vietnamese glyphs and the
 * metrics of Times New Roman, so lines break where they break in Word.
 */
public final class PdfWriter {

    static final String FAMILY = "Liberation Serif";

    private PdfWriter() {}

    public static byte[] write(OfficialDocument document) {
        return render(xhtml(document));
    }

    /**
     * Any XHTML page (this document's, the printed agenda's) as PDF with Liberation Serif embedded: the one way the
     * project turns a page into a PDF, so every PDF it hands out shows Vietnamese the same way.
     */
    public static byte[] render(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        font(builder, "Regular", 400, FontStyle.NORMAL);
        font(builder, "Bold", 700, FontStyle.NORMAL);
        font(builder, "Italic", 400, FontStyle.ITALIC);
        font(builder, "BoldItalic", 700, FontStyle.ITALIC);
        builder.withHtmlContent(xhtml, null);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render the page as PDF", e);
        }
        return out.toByteArray();
    }

    static String xhtml(OfficialDocument document) {
        StringBuilder html = new StringBuilder(16 * 1024);
        html.append("""
                <!DOCTYPE html>
                <html xmlns="http://www.w3.org/1999/xhtml" lang="vi">
                <head>
                <meta charset="UTF-8"/>
                <style>
                @page { size: A4; margin: 20mm 15mm 20mm 30mm;
                        @top-center { content: counter(page); font-family: "Liberation Serif"; font-size: 13pt; } }
                @page :first { @top-center { content: none; } }
                body { font-family: "Liberation Serif", serif; font-size: 14pt; line-height: 1.25; }
                table.heading, table.closing { width: 100%; border-collapse: collapse; }
                table.heading td, table.closing td { vertical-align: top; padding: 0; }
                .c { text-align: center; margin: 0; }
                .s13 { font-size: 13pt; }
                .b { font-weight: bold; }
                .i { font-style: italic; }
                .rule { border-top: 0.75pt solid #000; margin: 3pt auto 0 auto; height: 0; }
                .kind { margin-top: 18pt; }
                p.block { text-align: justify; text-indent: 10mm; margin: 0 0 6pt 0; }
                p.SECTION, p.ITEM { font-weight: bold; }
                p.SUB_ITEM { font-style: italic; }
                .recipients p { margin: 0; font-size: 11pt; }
                .recipients p.label { font-size: 12pt; font-weight: bold; font-style: italic; }
                .signer { height: 60pt; }
                .annex { page-break-before: always; }
                table.agenda { width: 100%; border-collapse: collapse; font-size: 13pt; }
                table.agenda td, table.agenda th { border: 0.75pt solid #000; padding: 2pt 4pt; vertical-align: top; }
                table.agenda td.n, table.agenda td.t { text-align: center; }
                </style>
                </head>
                <body>
                """);
        heading(html, document.heading());
        html.append("<p class=\"c b kind\">").append(escape(document.kind())).append("</p>\n");
        html.append("<p class=\"c b\">").append(escape(document.subject())).append("</p>\n");
        html.append("<div class=\"rule\" style=\"width: 35%; margin-bottom: 12pt\"></div>\n");
        for (Block block : document.body()) {
            html.append("<p class=\"block ")
                    .append(block.level().name())
                    .append("\">")
                    .append(escape(block.text()))
                    .append("</p>\n");
        }
        closing(html, document);
        if (document.annex() != null) {
            annex(html, document.annex());
        }
        html.append("</body>\n</html>\n");
        return html.toString();
    }

    private static void heading(StringBuilder html, Heading heading) {
        html.append("<table class=\"heading\"><tr><td style=\"width: 40%\">\n");
        if (heading.parentBody() != null) {
            html.append("<p class=\"c s13\">")
                    .append(escape(heading.parentBody()))
                    .append("</p>\n");
        }
        for (String line : heading.issuingBody()) {
            html.append("<p class=\"c s13 b\">").append(escape(line)).append("</p>\n");
        }
        html.append("<div class=\"rule\" style=\"width: 35%\"></div>\n");
        html.append("<p class=\"c s13\" style=\"margin-top: 6pt\">")
                .append(escape(heading.number()))
                .append("</p>\n");
        html.append("</td><td style=\"width: 60%\">\n");
        html.append("<p class=\"c s13 b\">").append(escape(Heading.NATION)).append("</p>\n");
        html.append("<p class=\"c b\">").append(escape(Heading.MOTTO)).append("</p>\n");
        html.append("<div class=\"rule\" style=\"width: 55%\"></div>\n");
        html.append("<p class=\"c i\" style=\"margin-top: 6pt\">")
                .append(escape(heading.placeAndDate()))
                .append("</p>\n");
        html.append("</td></tr></table>\n");
    }

    private static void closing(StringBuilder html, OfficialDocument document) {
        html.append("<table class=\"closing\" style=\"margin-top: 12pt\"><tr><td class=\"recipients\" "
                + "style=\"width: 50%\">\n<p class=\"label\">Nơi nhận:</p>\n");
        List<String> recipients = document.recipients();
        for (int i = 0; i < recipients.size(); i++) {
            html.append("<p>")
                    .append(escape(DocxWriter.recipientLine(recipients, i)))
                    .append("</p>\n");
        }
        html.append("</td><td style=\"width: 50%\">\n");
        for (String line : document.signature().authority()) {
            html.append("<p class=\"c b\">").append(escape(line)).append("</p>\n");
        }
        html.append("<div class=\"signer\"></div>\n");
        if (document.signature().name() != null) {
            html.append("<p class=\"c b\">")
                    .append(escape(document.signature().name()))
                    .append("</p>\n");
        }
        html.append("</td></tr></table>\n");
    }

    private static void annex(StringBuilder html, Annex annex) {
        html.append("<div class=\"annex\">\n<p class=\"c b\">")
                .append(escape(annex.title()))
                .append("</p>\n");
        html.append("<p class=\"c b\">").append(escape(annex.subject())).append("</p>\n");
        html.append("<p class=\"c i\">").append(escape(annex.attachedTo())).append("</p>\n");
        html.append("<div class=\"rule\" style=\"width: 35%; margin-bottom: 12pt\"></div>\n");
        html.append("<table class=\"agenda\"><tr><th style=\"width: 8%\">TT</th><th style=\"width: 27%\">Thời gian"
                + "</th><th style=\"width: 40%\">Nội dung</th><th style=\"width: 25%\">Thực hiện</th></tr>\n");
        for (AnnexRow row : annex.rows()) {
            html.append("<tr><td class=\"n\">")
                    .append(escape(row.number()))
                    .append("</td><td class=\"t\">")
                    .append(escape(row.time()))
                    .append("</td><td>")
                    .append(escape(row.content()))
                    .append("</td><td>")
                    .append(escape(row.presenters()))
                    .append("</td></tr>\n");
        }
        html.append("</table>\n</div>\n");
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static void font(PdfRendererBuilder builder, String face, int weight, FontStyle style) {
        String resource = "/liberation/LiberationSerif-" + face + ".ttf";
        builder.useFont(() -> open(resource), FAMILY, weight, style, true);
    }

    private static InputStream open(String resource) {
        InputStream in = PdfWriter.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(
                    "Font " + resource + " is missing from the class path (openpdf-fonts-extra)");
        }
        return in;
    }
}
