package vn.gov.conference.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.gov.conference.gateway.GatewayClient;
import vn.gov.conference.gateway.GatewayIntegrationTest;
import vn.gov.conference.gateway.StubBackend;
import vn.gov.conference.gateway.StubBackends;

class PageRoutingIntegrationTests extends GatewayIntegrationTest {

    @ParameterizedTest(name = "{0} {1} -> web")
    @CsvSource(textBlock = """
            GET,  /
            GET,  /moi/inv-1?exp=1754000000&sig=abc
            GET,  /moi/inv-1/tra-loi?sig=abc
            GET,  /diem-danh/inv-1?sig=abc
            GET,  /tai-lieu/plan-1?sig=abc
            GET,  /le-tan/plan-1?ngay=2024-08-08&sig=abc
            GET,  /kich-hoat/token-1
            GET,  /console/plans
            GET,  /assets/app.css
            GET,  /favicon.ico
            """)
    void routesEveryPageToTheWebModuleWithoutAToken(String method, String pathAndQuery) {
        HttpResponse<String> response = this.gateway.send(this.gateway
                .request(pathAndQuery)
                .header("Accept", "text/html")
                .method(method, HttpRequest.BodyPublishers.noBody()));

        assertThat(response.statusCode()).isEqualTo(200);
        String path = pathAndQuery.contains("?") ? pathAndQuery.substring(0, pathAndQuery.indexOf('?')) : pathAndQuery;
        assertThat(GatewayClient.json(response))
                .containsEntry("service", Services.WEB)
                .containsEntry("path", path);
        StubBackends.reset();
    }

    /** Percent-escapes in lower case, '+' for spaces, a repeated field and one named like a query parameter. */
    @Test
    void relaysAPlainHtmlFormBodyByteForByte() throws Exception {
        String form = "ho_ten=Nguy%e1%bb%85n+V%C4%83n+A&chuc_vu=Ph%C3%B3+Gi%C3%A1m+%C4%91%E1%BB%91c"
                + "&email=a%40tiengiang.gov.vn&ho_ten=Tr%E1%BA%A7n+Th%E1%BB%8B+B&sig=from-the-body&ghi_chu=";
        byte[] body = form.getBytes(StandardCharsets.US_ASCII);
        StubBackend web = StubBackends.of(Services.WEB);

        HttpResponse<String> response = this.gateway.send(this.gateway
                .request("/moi/inv-1/tra-loi?exp=1&sig=abc")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));

        assertThat(response.statusCode()).isEqualTo(200);
        StubBackend.Received received = web.lastReceived();
        assertThat(received.method()).isEqualTo("POST");
        assertThat(received.query().split("&"))
                .as("the query keeps its own parameters only")
                .containsExactlyInAnyOrder("exp=1", "sig=abc");
        assertThat(received.header("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
        assertThat(received.header("Content-Length")).isEqualTo(String.valueOf(body.length));
        assertThat(received.bodyBytes()).isEqualTo(body.length);
        assertThat(received.bodySha256())
                .isEqualTo(HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(body)));
    }

    @Test
    void keepsTheBrowserOnTheGatewayWhenAPageRedirects() {
        HttpResponse<String> response = this.gateway.send(this.gateway
                .request("/moi/inv-1/redirect?sig=abc")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("tra_loi=dong-y")));

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).hasValue("/moi/inv-1/done?sent=1");
    }

    /** Browsers send Origin: null for some form posts (privacy settings, after a cross-site redirect). */
    @Test
    void letsAFormPostThroughWhateverItsOrigin() {
        for (String origin : new String[] {"null", "https://hoinghi.tiengiang.gov.vn"}) {
            HttpResponse<String> response = this.gateway.send(this.gateway
                    .request("/moi/inv-1/tra-loi?sig=abc")
                    .header("Origin", origin)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("tra_loi=dong-y")));

            assertThat(response.statusCode()).as(origin).isEqualTo(200);
            assertThat(response.headers().firstValue("Access-Control-Allow-Origin"))
                    .isEmpty();
        }
        assertThat(this.gateway
                        .send(this.gateway
                                .request("/api/invitations/inv-1/answer?sig=abc")
                                .header("Origin", "null")
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("{}")))
                        .statusCode())
                .as("the API itself still refuses a foreign origin")
                .isEqualTo(403);
    }

    @Test
    void refusesABadTokenEvenOnAPage() {
        HttpResponse<String> response = this.gateway.send(this.gateway
                .request("/moi/inv-1?sig=abc")
                .header("Authorization", "Bearer not-a-token")
                .GET());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(StubBackends.of(Services.WEB).received()).isEmpty();
    }

    @Test
    void stillAsksForATokenOutsideThePages() {
        assertThat(this.gateway.get("/trang-khac").statusCode()).isEqualTo(401);
        assertThat(this.gateway.get("/api/plans/p-1/invitations/i-1?sig=abc").statusCode())
                .isEqualTo(401);
    }
}
