package vn.gov.conference.documents.content;

/** The client's stream broke off before the end; what had arrived was deleted. */
public class UploadInterruptedException extends RuntimeException {

    public UploadInterruptedException(Throwable cause) {
        super("The upload broke off before the end of the file: " + cause.getMessage(), cause);
    }
}
