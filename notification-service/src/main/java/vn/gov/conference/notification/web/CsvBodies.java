package vn.gov.conference.notification.web;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.springframework.http.MediaType;

/** A CSV request body as text: UTF-8 unless the request names another charset. */
public final class CsvBodies {

    private CsvBodies() {
    }

    public static String text(byte[] body, String contentType) {
        Charset charset = StandardCharsets.UTF_8;
        if (contentType != null) {
            MediaType type = MediaType.parseMediaType(contentType);
            if (type.getCharset() != null) {
                charset = type.getCharset();
            }
        }
        return new String(body == null ? new byte[0] : body, charset);
    }
}
