package vn.gov.conference.documents.content;

import java.io.InputStream;
import org.springframework.core.io.AbstractResource;

/**
 * A stored file as a Spring {@link org.springframework.core.io.Resource} that knows its length and can be opened
 * more than once, which is what Spring MVC needs to answer Range requests (206, multipart/byteranges) by itself.
 */
public class StoredFileResource extends AbstractResource {

    private final ContentStore store;
    private final String fileId;
    private final String fileName;
    private final long length;

    public StoredFileResource(ContentStore store, String fileId, String fileName, long length) {
        this.store = store;
        this.fileId = fileId;
        this.fileName = fileName;
        this.length = length;
    }

    @Override
    public InputStream getInputStream() {
        return store.open(fileId);
    }

    @Override
    public long contentLength() {
        return length;
    }

    @Override
    public String getFilename() {
        return fileName;
    }

    @Override
    public boolean exists() {
        return true;
    }

    @Override
    public String getDescription() {
        return "stored file " + fileId + " (" + fileName + ")";
    }
}
