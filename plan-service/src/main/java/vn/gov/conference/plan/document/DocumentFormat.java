package vn.gov.conference.plan.document;

import java.util.Locale;
import org.springframework.http.MediaType;
import vn.gov.conference.document.DocxWriter;
import vn.gov.conference.document.OfficialDocument;
import vn.gov.conference.document.PdfWriter;
import vn.gov.conference.platform.web.InvalidInputException;

/** The files an official document comes as. */
public enum DocumentFormat {
    DOCX("docx", MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document")),
    PDF("pdf", MediaType.APPLICATION_PDF);

    private final String extension;
    private final MediaType mediaType;

    DocumentFormat(String extension, MediaType mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    /** {@code ?format=docx|pdf}, refused by name when it is anything else. */
    public static DocumentFormat of(String format) {
        String wanted = format == null ? "pdf" : format.strip().toLowerCase(Locale.ROOT);
        for (DocumentFormat candidate : values()) {
            if (candidate.extension.equals(wanted)) {
                return candidate;
            }
        }
        throw new InvalidInputException("format", "docx-or-pdf", "Ask for format=docx or format=pdf.");
    }

    public byte[] write(OfficialDocument document) {
        return this == DOCX ? DocxWriter.write(document) : PdfWriter.write(document);
    }

    public String extension() {
        return extension;
    }

    public MediaType mediaType() {
        return mediaType;
    }
}
