package vn.gov.conference.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gov.conference.gateway.GatewayClient;
import vn.gov.conference.gateway.GatewayIntegrationTest;

/** A client introspects and revokes its own tokens only: another province's are none of its business. */
class OwnTokensIntegrationTests extends GatewayIntegrationTest {

    @Test
    void introspectsItsOwnTokenAndLearnsNothingOfAnotherClients() {
        String tienGiang = this.gateway.token("tg-office");

        Map<String, Object> own = GatewayClient.json(call("/oauth2/introspect", "tg-office", tienGiang));
        assertThat(own).containsEntry("active", true).containsEntry("client_id", "tg-office");

        for (String other : new String[] {"dt-office", "tg-snv", "admin"}) {
            HttpResponse<String> foreign = call("/oauth2/introspect", other, tienGiang);
            assertThat(foreign.statusCode()).as(foreign.body()).isEqualTo(200);
            assertThat(GatewayClient.json(foreign)).as(other).containsExactly(Map.entry("active", false));
        }
    }

    @Test
    void revokesItsOwnTokenOnlyAnotherClientsStaysValid() {
        String tienGiang = this.gateway.token("tg-office");

        HttpResponse<String> foreign = call("/oauth2/revoke", "dt-office", tienGiang);
        assertThat(foreign.statusCode()).as(foreign.body()).isEqualTo(400);
        assertThat(foreign.body()).contains("invalid_client");
        assertThat(GatewayClient.json(call("/oauth2/introspect", "tg-office", tienGiang)))
                .containsEntry("active", true);

        assertThat(call("/oauth2/revoke", "tg-office", tienGiang).statusCode()).isEqualTo(200);
        assertThat(GatewayClient.json(call("/oauth2/introspect", "tg-office", tienGiang)))
                .containsEntry("active", false);
    }

    private HttpResponse<String> call(String endpoint, String clientId, String token) {
        String basic = Base64.getEncoder()
                .encodeToString((clientId + ":" + clientId + "-secret").getBytes(StandardCharsets.UTF_8));
        return this.gateway.send(this.gateway
                .request(endpoint)
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "token=" + URLEncoder.encode(token, StandardCharsets.UTF_8))));
    }
}
