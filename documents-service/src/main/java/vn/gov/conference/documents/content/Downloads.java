package vn.gov.conference.documents.content;

import java.util.concurrent.TimeUnit;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The answer to a download: the stored bytes with their type, an attachment disposition carrying the Vietnamese
 * name, and the SHA-256 as a strong ETag. Range and If-None-Match are then answered by Spring MVC (206, 304).
 */
public final class Downloads {

    private Downloads() {}

    public static ResponseEntity<Resource> of(
            ContentStore store, String fileId, String fileName, String contentType, long size, String sha256) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(contentType))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDispositions.attachment(fileName))
                .header(HttpHeaders.ACCEPT_RANGES, "bytes")
                .header("X-Content-Type-Options", "nosniff")
                .eTag("\"" + sha256 + "\"")
                .cacheControl(
                        CacheControl.maxAge(0, TimeUnit.SECONDS).cachePrivate().mustRevalidate())
                .body(new StoredFileResource(store, fileId, fileName, size));
    }
}
