package vn.gov.conference.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import vn.gov.conference.gateway.GatewayClient;
import vn.gov.conference.gateway.GatewayIntegrationTest;

class TokenEndpointIntegrationTests extends GatewayIntegrationTest {

    @Autowired
    private JwtDecoder jwtDecoder;

    /** The demo clients table of the README: a change to demo-clients.yml that breaks it fails here. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "-", textBlock = """
            admin,        ADMIN,      -,          BNV
            central,      CENTRAL,    -,          BNV
            tg-office,    OFFICE,     tien-giang, TG-VPUBND
            tg-approver,  APPROVER,   tien-giang, TG-UBND
            tg-snv,       DEPARTMENT, tien-giang, TG-SNV
            tg-skhdt,     DEPARTMENT, tien-giang, TG-SKHDT
            tg-stttt,     DEPARTMENT, tien-giang, TG-STTTT
            tg-ttt,       DEPARTMENT, tien-giang, TG-TTT
            tg-mttq,      DEPARTMENT, tien-giang, TG-MTTQ
            dt-office,    OFFICE,     dong-thap,  DT-VPUBND
            dt-approver,  APPROVER,   dong-thap,  DT-UBND
            dt-snv,       DEPARTMENT, dong-thap,  DT-SNV
            dt-skhdt,     DEPARTMENT, dong-thap,  DT-SKHDT
            dt-stttt,     DEPARTMENT, dong-thap,  DT-STTTT
            dt-mttq,      DEPARTMENT, dong-thap,  DT-MTTQ
            dt-chauthanh, DEPARTMENT, dong-thap,  DT-CHAUTHANH
            dt-hongngu,   DEPARTMENT, dong-thap,  DT-HONGNGU
            dt-sadec,     DEPARTMENT, dong-thap,  DT-SADEC
            dt-tamnong,   DEPARTMENT, dong-thap,  DT-TAMNONG
            dt-caolanh,   DEPARTMENT, dong-thap,  DT-CAOLANH
            """)
    void issuesEveryDemoClientATokenWithItsRoleProvinceAndUnit(
            String client, String role, String province, String unit) {
        HttpResponse<String> response = this.gateway.requestToken(client, client + "-secret");

        assertThat(response.statusCode()).isEqualTo(200);
        Map<String, Object> body = GatewayClient.json(response);
        assertThat(body).containsEntry("token_type", "Bearer");
        Jwt token = this.jwtDecoder.decode((String) body.get("access_token"));
        assertThat(token.getSubject()).isEqualTo(client);
        assertThat(token.getClaimAsString("role")).isEqualTo(role);
        assertThat(token.getClaimAsString("unit")).isEqualTo(unit);
        if (province == null) {
            assertThat(token.hasClaim("province"))
                    .as("CENTRAL and ADMIN belong to no province")
                    .isFalse();
        } else {
            assertThat(token.getClaimAsString("province")).isEqualTo(province);
        }
        assertThat(token.getIssuer()).hasToString("http://localhost:8080");
        assertThat(token.getAudience()).containsExactly("conference-api");
        assertThat(Duration.between(token.getIssuedAt(), token.getExpiresAt())).isEqualTo(Duration.ofMinutes(10));
        assertThat(token.getHeaders()).containsEntry("alg", "RS256");
    }

    @Test
    void publishesTheSigningKeyWithoutItsPrivatePartsAtTheJwksEndpoint() {
        String token = this.gateway.token("tg-office");
        String header = new String(
                Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))), StandardCharsets.UTF_8);

        HttpResponse<String> jwks = this.gateway.get("/oauth2/jwks");

        assertThat(jwks.statusCode()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> keys =
                (List<Map<String, Object>>) GatewayClient.json(jwks).get("keys");
        assertThat(keys).singleElement().satisfies(key -> {
            assertThat(key)
                    .containsEntry("kty", "RSA")
                    .containsEntry("use", "sig")
                    .containsEntry("alg", "RS256");
            assertThat(key).doesNotContainKeys("d", "p", "q", "dp", "dq", "qi");
            assertThat(header).contains("\"kid\":\"" + key.get("kid") + "\"");
        });
    }

    @Test
    void refusesAClientWithTheWrongSecret() {
        HttpResponse<String> response = this.gateway.requestToken("tg-snv", "dt-snv-secret");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(GatewayClient.json(response)).containsEntry("error", "invalid_client");
    }

    @Test
    void refusesAnUnknownClient() {
        HttpResponse<String> response = this.gateway.requestToken("hn-snv", "hn-snv-secret");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).doesNotContain("access_token");
    }

    @Test
    void acceptsTheClientSecretInTheRequestBodyToo() {
        HttpResponse<String> response = this.gateway.send(this.gateway
                .request("/oauth2/token")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "grant_type=client_credentials&client_id=dt-caolanh&client_secret=dt-caolanh-secret")));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(this.jwtDecoder
                        .decode((String) GatewayClient.json(response).get("access_token"))
                        .getSubject())
                .isEqualTo("dt-caolanh");
    }

    @Test
    void announcesItsEndpointsInTheAuthorizationServerMetadata() {
        HttpResponse<String> metadata = this.gateway.get("/.well-known/oauth-authorization-server");

        assertThat(metadata.statusCode()).isEqualTo(200);
        assertThat(GatewayClient.json(metadata))
                .containsEntry("issuer", "http://localhost:8080")
                .containsEntry("token_endpoint", "http://localhost:8080/oauth2/token")
                .containsEntry("jwks_uri", "http://localhost:8080/oauth2/jwks");
    }
}
