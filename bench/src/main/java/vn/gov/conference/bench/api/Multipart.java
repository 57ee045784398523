package vn.gov.conference.bench.api;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * A multipart/form-data body with one file part, built around the file's bytes without copying them. The file name
 * is written as raw UTF-8 in the part header, as browsers send it.
 */
public record Multipart(String boundary, byte[] head, byte[] content, byte[] tail) {

    public static Multipart file(String field, String fileName, String contentType, byte[] content) {
        String boundary = "bench-" + UUID.randomUUID();
        String head = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"" + field + "\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: " + contentType + "\r\n\r\n";
        return new Multipart(
                boundary,
                head.getBytes(StandardCharsets.UTF_8),
                content,
                ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    }

    public String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    public long length() {
        return (long) head.length + content.length + tail.length;
    }

    /** With a declared Content-Length, as upload clients (curl, browsers) send a file. */
    public HttpRequest.BodyPublisher publisher() {
        return HttpRequest.BodyPublishers.fromPublisher(
                HttpRequest.BodyPublishers.ofByteArrays(List.of(head, content, tail)), length());
    }
}
