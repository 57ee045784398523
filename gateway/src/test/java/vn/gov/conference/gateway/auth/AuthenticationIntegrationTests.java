package vn.gov.conference.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import vn.gov.conference.gateway.GatewayClient;
import vn.gov.conference.gateway.GatewayIntegrationTest;
import vn.gov.conference.gateway.StubBackend;
import vn.gov.conference.gateway.StubBackends;
import vn.gov.conference.gateway.routing.Services;

/**
 * The gateway's share of defence in depth: no valid token, no call reaches a service. Which role may do what in which
 * province is each service's own check (they are resource servers too) and is tested there.
 */
class AuthenticationIntegrationTests extends GatewayIntegrationTest {

    @Autowired
    private JWKSource<SecurityContext> signingKeys;

    private final StubBackend plans = StubBackends.of(Services.PLAN);

    private final StubBackend notifications = StubBackends.of(Services.NOTIFICATION);

    private final StubBackend documents = StubBackends.of(Services.DOCUMENTS);

    @Test
    void refusesARequestWithoutATokenWith401() {
        HttpResponse<String> response = this.gateway.get("/api/plans");

        assertUnauthenticated(response);
        assertThat(GatewayClient.json(response).get("detail").toString()).contains("needs an access token");
    }

    @Test
    void refusesATokenWhosePayloadWasTamperedWith() {
        String[] parts = this.gateway.token("tg-snv").split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String promoted = payload.replace("\"DEPARTMENT\"", "\"CENTRAL\"");
        assertThat(promoted).isNotEqualTo(payload);
        String tampered = parts[0] + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(promoted.getBytes(StandardCharsets.UTF_8))
                + "." + parts[2];

        assertUnauthenticated(withToken(tampered));
    }

    @Test
    void refusesAnExpiredToken() {
        Instant issued = Instant.now().minus(2, ChronoUnit.HOURS);
        String expired = sign(this.signingKeys, claims("http://localhost:8080", issued, issued.plusSeconds(1800)));

        HttpResponse<String> response = withToken(expired);

        assertUnauthenticated(response);
        assertThat(GatewayClient.json(response).get("detail").toString()).containsIgnoringCase("expired");
    }

    @Test
    void refusesATokenFromAnotherIssuer() {
        Instant now = Instant.now();
        String foreign =
                sign(this.signingKeys, claims("https://sso.example.org/realms/other", now, now.plusSeconds(600)));

        assertUnauthenticated(withToken(foreign));
    }

    /** The control for the refusals around it: the same hand-made token, as the gateway issues them, passes. */
    @Test
    void acceptsAHandMadeTokenOfItsOwnIssuerForThisApi() {
        Instant now = Instant.now();
        String token = sign(this.signingKeys, claims("http://localhost:8080", now, now.plusSeconds(600)));

        assertThat(withToken(token).statusCode()).isEqualTo(200);
    }

    @Test
    void refusesATokenOfItsOwnIssuerForAnotherAudience() {
        Instant now = Instant.now();
        String other = sign(this.signingKeys, claims("http://localhost:8080", "hr-portal", now, now.plusSeconds(600)));

        HttpResponse<String> response = withToken(other);

        assertUnauthenticated(response);
        assertThat(GatewayClient.json(response).get("detail").toString()).contains("conference-api");
    }

    @Test
    void refusesATokenSignedWithAnotherKey() throws Exception {
        RSAKey otherKey = new RSAKeyGenerator(2048)
                .keyID(keyIdOf(this.gateway.token("tg-snv")))
                .generate();
        Instant now = Instant.now();
        String forged = sign(
                new ImmutableJWKSet<>(new JWKSet(otherKey)),
                claims("http://localhost:8080", now, now.plusSeconds(600)));

        assertUnauthenticated(withToken(forged));
    }

    @Test
    void refusesAnUnsignedToken() {
        String[] parts = this.gateway.token("tg-snv").split("\\.");
        String none = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8));

        assertUnauthenticated(withToken(none + "." + parts[1] + "."));
    }

    @ParameterizedTest
    @ValueSource(strings = {"central", "tg-office", "tg-approver", "tg-snv", "dt-office", "dt-approver", "dt-sadec"})
    void relaysEachRolesTokenUnchanged(String client) {
        HttpResponse<String> response = this.gateway.get("/api/plans?year=2023", client);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(this.plans.lastReceived().header("Authorization")).isEqualTo("Bearer " + this.gateway.token(client));
        assertThat(this.plans.lastReceived().query()).isEqualTo("year=2023");
    }

    @Test
    void letsTheDelegatesSignedLinksThroughWithoutAToken() {
        assertThat(this.gateway
                        .send(this.gateway
                                .request("/api/invitations/inv-1/answer?sig=c2ln")
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("{\"answer\":\"ACCEPT\"}")))
                        .statusCode())
                .isEqualTo(200);
        assertThat(this.notifications.lastReceived().path()).isEqualTo("/api/invitations/inv-1/answer");
        assertThat(this.notifications.lastReceived().query()).isEqualTo("sig=c2ln");

        assertThat(this.gateway.get("/api/invitations/inv-1?sig=c2ln").statusCode())
                .isEqualTo(200);
        assertThat(this.gateway
                        .send(this.gateway
                                .request("/api/invitations/inv-1/check-in?sig=c2ln")
                                .POST(HttpRequest.BodyPublishers.noBody()))
                        .statusCode())
                .isEqualTo(200);
        assertThat(this.gateway.get("/api/invitations/inv-1/calendar?sig=c2ln").statusCode())
                .isEqualTo(200);
        assertThat(this.gateway.get("/api/plans/plan-1/invitations?sig=c2ln").statusCode())
                .isEqualTo(200);
        assertThat(this.gateway.get("/api/plans/plan-1/attendance?sig=c2ln").statusCode())
                .isEqualTo(200);
        assertThat(this.notifications.received())
                .hasSize(6)
                .allSatisfy(
                        received -> assertThat(received.header("Authorization")).isNull());
        assertThat(this.gateway.get("/api/plans/plan-1/attendance").statusCode())
                .as("no link, no way in")
                .isEqualTo(401);

        assertThat(this.gateway.get("/api/portal/plan-1?sig=c2ln").statusCode()).isEqualTo(200);
        assertThat(this.gateway.get("/api/plans/plan-1/portal?sig=c2ln").statusCode())
                .isEqualTo(200);
        assertThat(this.documents.received()).hasSize(2);
    }

    @Test
    void requiresATokenWhereTheLinkSignatureIsMissing() {
        assertUnauthenticated(this.gateway.get("/api/invitations/inv-1"));
        assertUnauthenticated(this.gateway.get("/api/invitations/inv-1?sig="));
        assertUnauthenticated(this.gateway.send(
                this.gateway.request("/api/invitations/inv-1/check-in").POST(HttpRequest.BodyPublishers.noBody())));
        assertUnauthenticated(this.gateway.get("/api/plans/plan-1/portal"));
        assertUnauthenticated(this.gateway.send(
                this.gateway.request("/api/invitations/inv-1?sig=c2ln").DELETE()));
        assertThat(this.notifications.received()).isEmpty();
        assertThat(this.documents.received()).isEmpty();
    }

    @Test
    void refusesABadTokenEvenOnASignedLinkAddress() {
        HttpResponse<String> response = this.gateway.send(this.gateway
                .request("/api/portal/plan-1?sig=c2ln")
                .header("Authorization", "Bearer not-a-jwt")
                .GET());

        assertUnauthenticated(response);
    }

    @Test
    void neverRelaysHeadersThatClaimAnIdentity() {
        HttpResponse<String> response = this.gateway.send(this.gateway
                .authorized("/api/plans/plan-1", "dt-snv")
                .header("X-Caller-Role", "CENTRAL")
                .header("X-Caller-Province", "tien-giang")
                .header("X-Tenant-Id", "tien-giang")
                .header("X-User-Id", "someone")
                .header("X-Unit", "TG-UBND")
                .header("Accept-Language", "vi")
                .GET());

        assertThat(response.statusCode()).isEqualTo(200);
        StubBackend.Received received = this.plans.lastReceived();
        assertThat(received.headers().keySet())
                .noneMatch(name -> name.toLowerCase().startsWith("x-caller")
                        || name.equalsIgnoreCase("X-Tenant-Id")
                        || name.equalsIgnoreCase("X-User-Id")
                        || name.equalsIgnoreCase("X-Unit"));
        assertThat(received.header("Accept-Language")).isEqualTo("vi");
        assertThat(received.header("Authorization")).isEqualTo("Bearer " + this.gateway.token("dt-snv"));
    }

    private HttpResponse<String> withToken(String token) {
        return this.gateway.send(this.gateway
                .request("/api/plans")
                .header("Authorization", "Bearer " + token)
                .GET());
    }

    private void assertUnauthenticated(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(challenge -> assertThat(challenge).startsWith("Bearer"));
        assertThat(GatewayClient.json(response))
                .containsEntry("status", 401)
                .containsEntry("type", "https://conference.gov.vn/problems/unauthenticated")
                .containsKeys("title", "detail");
        assertThat(this.plans.received()).isEmpty();
    }

    private static JwtClaimsSet claims(String issuer, Instant issuedAt, Instant expiresAt) {
        return claims(issuer, "conference-api", issuedAt, expiresAt);
    }

    private static JwtClaimsSet claims(String issuer, String audience, Instant issuedAt, Instant expiresAt) {
        return JwtClaimsSet.builder()
                .issuer(issuer)
                .audience(List.of(audience))
                .subject("tg-snv")
                .issuedAt(issuedAt)
                .notBefore(issuedAt)
                .expiresAt(expiresAt)
                .claim("role", "CENTRAL")
                .claim("unit", "BNV")
                .build();
    }

    private static String sign(JWKSource<SecurityContext> keys, JwtClaimsSet claims) {
        return new NimbusJwtEncoder(keys)
                .encode(JwtEncoderParameters.from(
                        JwsHeader.with(SignatureAlgorithm.RS256).build(), claims))
                .getTokenValue();
    }

    private static String keyIdOf(String token) {
        String header = new String(
                Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))), StandardCharsets.UTF_8);
        return header.replaceAll(".*\"kid\":\"([^\"]+)\".*", "$1");
    }
}
