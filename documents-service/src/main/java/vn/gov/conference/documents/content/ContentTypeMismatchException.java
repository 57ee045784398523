package vn.gov.conference.documents.content;

/**
 * The client's claim about the file (its declared Content-Type or its name's extension) contradicts what the bytes
 * are: a forged or mistaken type is refused rather than silently corrected.
 */
public class ContentTypeMismatchException extends RuntimeException {

    private final MaterialFormat detected;
    private final String claimed;

    ContentTypeMismatchException(MaterialFormat detected, String claimed) {
        super("The file was declared as " + claimed + " but its content is " + detected.mediaType());
        this.detected = detected;
        this.claimed = claimed;
    }

    public MaterialFormat detected() {
        return detected;
    }

    public String claimed() {
        return claimed;
    }
}
