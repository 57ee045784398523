package vn.gov.conference.documents.content;

/** A record points to a file that is not in storage: our fault, never the client's. */
public class StoredFileMissingException extends IllegalStateException {

    StoredFileMissingException(String fileId) {
        super("Stored file " + fileId + " is missing");
    }
}
