package vn.gov.conference.agenda.print;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * Renders the printed agenda's XHTML to PDF. PDF viewers have no Vietnamese glyphs of their own, so the document
 * embeds Liberation Serif (SIL Open Font License, shipped on Maven Central in openpdf-fonts-extra): it covers
 * Vietnamese and is metric-compatible with Times New Roman, the typeface of Vietnamese administrative documents.
 */
public final class AgendaPdf {

    static final String FAMILY = "Liberation Serif";

    private AgendaPdf() {
    }

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
            throw new UncheckedIOException("Could not render the agenda as PDF", e);
        }
        return out.toByteArray();
    }

    private static void font(PdfRendererBuilder builder, String face, int weight, FontStyle style) {
        String resource = "/liberation/LiberationSerif-" + face + ".ttf";
        builder.useFont(() -> open(resource), FAMILY, weight, style, true);
    }

    private static InputStream open(String resource) {
        InputStream in = AgendaPdf.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Font " + resource + " is missing from the class path (openpdf-fonts-extra)");
        }
        return in;
    }
}
