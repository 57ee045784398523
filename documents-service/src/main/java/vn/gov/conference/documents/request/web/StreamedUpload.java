package vn.gov.conference.documents.request.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.util.function.BiFunction;
import org.apache.commons.fileupload2.core.FileItemInput;
import org.apache.commons.fileupload2.core.FileItemInputIterator;
import org.apache.commons.fileupload2.core.FileUploadException;
import org.apache.commons.fileupload2.jakarta.servlet6.JakartaServletFileUpload;
import vn.gov.conference.documents.content.UploadClaim;
import vn.gov.conference.documents.content.UploadInterruptedException;

/**
 * Reads a multipart/form-data request as a stream, part by part, handing the file part's bytes on as they arrive.
 * Spring's own multipart support is switched off ({@code spring.servlet.multipart.enabled=false}) because it would
 * first write the whole upload to a temporary file.
 */
public final class StreamedUpload {

    private static final int MAX_PART_HEADER_SIZE = 16 * 1024;
    private static final int MAX_PARTS = 8;

    private StreamedUpload() {}

    /** Hands the part named {@code partName} to {@code store}; parts before it are skipped, parts after it ignored. */
    public static <T> T read(
            HttpServletRequest request, String partName, BiFunction<InputStream, UploadClaim, T> store) {
        if (!JakartaServletFileUpload.isMultipartContent(request)) {
            throw new UploadRequestException(
                    "not-multipart", "Send the file as multipart/form-data with a part named '" + partName + "'.");
        }
        JakartaServletFileUpload<?, ?> upload = new JakartaServletFileUpload<>();
        // Raw UTF-8 in a part's filename is what browsers and curl send; Latin-1 would mangle Vietnamese names.
        upload.setHeaderCharset(StandardCharsets.UTF_8);
        upload.setMaxPartHeaderSize(MAX_PART_HEADER_SIZE);
        upload.setMaxFileCount(MAX_PARTS);
        try {
            FileItemInputIterator parts = upload.getItemIterator(request);
            while (parts.hasNext()) {
                FileItemInput part = parts.next();
                if (partName.equals(part.getFieldName()) && !part.isFormField()) {
                    try (InputStream content = part.getInputStream()) {
                        return store.apply(content, new UploadClaim(fileName(part), part.getContentType()));
                    }
                }
            }
        } catch (FileUploadException ex) {
            throw new UploadRequestException(
                    "malformed-multipart", "The multipart body could not be read: " + ex.getMessage());
        } catch (IOException ex) {
            throw new UploadInterruptedException(ex);
        }
        throw new UploadRequestException(
                "missing-file", "The multipart body has no file part named '" + partName + "'.");
    }

    /**
     * The parser refuses a name with a NUL in it, reporting it with each NUL written as "\\0"; the name is kept
     * without them rather than refusing the file, like every other unprintable character the sanitiser drops.
     */
    private static String fileName(FileItemInput part) {
        try {
            return part.getName();
        } catch (InvalidPathException ex) {
            return ex.getInput().replace("\\0", "");
        }
    }
}
