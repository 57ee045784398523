package vn.gov.conference.documents.testing;

import java.io.InputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * A multipart/form-data body written by hand, as an integrator's client would send it: the file part's name and
 * type are whatever the test says (raw UTF-8 names, forged types), and its bytes may come from a stream that is
 * never held in memory.
 */
public record Multipart(String boundary, HttpRequest.BodyPublisher body) {

    public String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    public static Multipart file(String fileName, String contentType, byte[] content) {
        return file(fileName, contentType, HttpRequest.BodyPublishers.ofByteArray(content));
    }

    public static Multipart file(String fileName, String contentType, Supplier<InputStream> content) {
        return file(fileName, contentType, HttpRequest.BodyPublishers.ofInputStream(content));
    }

    private static Multipart file(String fileName, String contentType, HttpRequest.BodyPublisher content) {
        String boundary = "----conference-" + UUID.randomUUID();
        String head = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"note\"\r\n\r\n"
                + "một phần khác trước tệp\r\n"
                + "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
                + (contentType == null ? "" : "Content-Type: " + contentType + "\r\n")
                + "\r\n";
        String tail = "\r\n--" + boundary + "--\r\n";
        return new Multipart(
                boundary,
                HttpRequest.BodyPublishers.concat(
                        HttpRequest.BodyPublishers.ofByteArray(head.getBytes(StandardCharsets.UTF_8)),
                        content,
                        HttpRequest.BodyPublishers.ofByteArray(tail.getBytes(StandardCharsets.UTF_8))));
    }
}
