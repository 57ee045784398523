package vn.gov.conference.documents.content;

/** The upload went past the size limit; nothing of it was kept. */
public class ContentTooLargeException extends RuntimeException {

    private final long limit;

    ContentTooLargeException(long limit) {
        super("The file is larger than the limit of " + limit + " bytes");
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }
}
