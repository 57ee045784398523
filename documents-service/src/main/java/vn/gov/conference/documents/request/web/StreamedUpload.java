package vn.gov.conference.documents.request.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.BiFunction;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import vn.gov.conference.documents.content.UploadClaim;
import vn.gov.conference.documents.content.UploadInterruptedException;

/**
 * Reads a multipart/form-data request as a stream, part by part ({@link MultipartReader}), handing the file part's
 * bytes on as they arrive. Spring's own multipart support is switched off ({@code spring.servlet.multipart.enabled=false})
 * because it would first write the whole upload to a temporary file.
 */
public final class StreamedUpload {

    private static final int MAX_PART_HEADER_SIZE = 16 * 1024;
    private static final int MAX_PARTS = 8;

    private StreamedUpload() {}

    /** Hands the part named {@code partName} to {@code store}; parts before it are skipped, parts after it ignored. */
    public static <T> T read(
            HttpServletRequest request, String partName, BiFunction<InputStream, UploadClaim, T> store) {
        String boundary = boundary(request.getContentType(), partName);
        try {
            MultipartReader body = new MultipartReader(request.getInputStream(), boundary, MAX_PART_HEADER_SIZE);
            for (int parts = 1; parts <= MAX_PARTS; parts++) {
                MultipartReader.Part part = body.next();
                if (part == null) {
                    break;
                }
                if (partName.equals(part.name()) && part.isFile()) {
                    return store.apply(part.body(), new UploadClaim(part.fileName(), part.contentType()));
                }
            }
        } catch (MalformedMultipartException ex) {
            throw new UploadRequestException(
                    "malformed-multipart", "The multipart body could not be read: " + ex.getMessage());
        } catch (IOException ex) {
            throw new UploadInterruptedException(ex);
        }
        throw new UploadRequestException(
                "missing-file",
                "The multipart body has no file part named '" + partName + "' among its first " + MAX_PARTS
                        + " parts.");
    }

    private static String boundary(String contentType, String partName) {
        MediaType type;
        try {
            type = contentType == null ? null : MediaType.parseMediaType(contentType);
        } catch (InvalidMediaTypeException ex) {
            type = null;
        }
        if (type == null || !"multipart".equalsIgnoreCase(type.getType())) {
            throw new UploadRequestException(
                    "not-multipart", "Send the file as multipart/form-data with a part named '" + partName + "'.");
        }
        String boundary = type.getParameter("boundary");
        if (boundary != null && boundary.length() >= 2 && boundary.startsWith("\"") && boundary.endsWith("\"")) {
            boundary = boundary.substring(1, boundary.length() - 1);
        }
        if (boundary == null || boundary.isEmpty()) {
            throw new UploadRequestException(
                    "malformed-multipart", "The multipart Content-Type has no boundary parameter.");
        }
        return boundary;
    }
}
