package vn.gov.conference.documents.content;

/** The bytes are none of the accepted {@link MaterialFormat}s. */
public class UnsupportedContentException extends RuntimeException {

    private final String declaredType;

    UnsupportedContentException(String declaredType) {
        super("The file is not a PDF, DOCX, XLSX, PPTX, OpenDocument or image file"
                + (declaredType == null ? "" : " (declared " + declaredType + ")"));
        this.declaredType = declaredType;
    }

    public String declaredType() {
        return declaredType;
    }
}
