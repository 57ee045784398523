package vn.gov.conference.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param apiUrl         where this module calls the public API (the gateway; {@code CONFERENCE_API_URL})
 * @param publicUrl      where a delegate's browser reaches the same API for downloads (.ics, documents, the zip);
 *                       the gateway's public address ({@code CONFERENCE_PUBLIC_URL}), the API URL when unset
 * @param connectTimeout how long to wait for the API to accept a connection before showing "try again later"
 * @param readTimeout    how long to wait for its answer
 * @param office         whom a delegate contacts when the invitation does not name anyone
 * @param deskRefresh    how often the reception desk's totals refresh themselves
 */
@ConfigurationProperties("conference.web")
public record WebProperties(
        String apiUrl,
        String publicUrl,
        Duration connectTimeout,
        Duration readTimeout,
        String office,
        Duration deskRefresh) {

    public WebProperties {
        apiUrl = trimmed(apiUrl == null ? "http://localhost:8080" : apiUrl);
        publicUrl = publicUrl == null || publicUrl.isBlank() ? apiUrl : trimmed(publicUrl);
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(2) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(10) : readTimeout;
        office = office == null || office.isBlank() ? "Văn phòng Ủy ban nhân dân tỉnh" : office;
        deskRefresh = deskRefresh == null ? Duration.ofSeconds(15) : deskRefresh;
    }

    /** An API path ("/api/…") as the delegate's browser follows it. */
    public String publicLink(String path) {
        if (path == null || path.isBlank()) {
            return null;
        }
        return path.startsWith("http://") || path.startsWith("https://") ? path : publicUrl + path;
    }

    private static String trimmed(String url) {
        return url.strip().replaceAll("/+$", "");
    }
}
