package vn.gov.conference.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What a slow phone gets over the wire from the real server: pages gzipped and small, the stylesheet and script
 * small and cached for a year under a fingerprinted name, and the one API call a page needs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ServedPagesTests {

    private static final FakeApi api = FakeApi.start();
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void api(DynamicPropertyRegistry registry) {
        registry.add("conference.web.api-url", api::url);
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void theInvitationPageIsOneApiCallAndFewKilobytesGzipped() throws Exception {
        api.reset();
        HttpResponse<byte[]> page = get("/moi/quota-mytho?sig=ok");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(page.body().length).as("gzipped bytes").isLessThan(6 * 1024);
        String html = gunzip(page.body());
        assertThat(html).contains(FakeApi.CONFERENCE);
        assertThat(api.calls()).containsExactly("GET /api/invitations/quota-mytho?sig=ok");

        String css = html.replaceAll("(?s).*href=\"(/assets/site-[0-9a-f]+\\.css)\".*", "$1");
        String script = html.replaceAll("(?s).*src=\"(/assets/site-[0-9a-f]+\\.js)\".*", "$1");
        for (String asset : new String[] {css, script}) {
            HttpResponse<byte[]> served = get(asset);
            assertThat(served.statusCode()).as(asset).isEqualTo(200);
            assertThat(served.headers().firstValue("Cache-Control")).as(asset).hasValue("max-age=31536000, public");
            assertThat(served.body().length).as(asset).isLessThan(4 * 1024);
        }
    }

    private HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Accept", "text/html")
                        .header("Accept-Encoding", "gzip")
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String gunzip(byte[] body) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
