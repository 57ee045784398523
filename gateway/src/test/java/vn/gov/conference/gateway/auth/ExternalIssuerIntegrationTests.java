package vn.gov.conference.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.gov.conference.gateway.GatewayClient;
import vn.gov.conference.gateway.StubBackend;
import vn.gov.conference.gateway.StubBackends;
import vn.gov.conference.gateway.routing.Services;

/**
 * docker-compose mode: no embedded authorization server; tokens come from an external issuer (here a stub publishing
 * OpenID metadata and its keys, as Keycloak does) and the gateway only checks and relays them.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "conference.gateway.auth.embedded-server=false")
class ExternalIssuerIntegrationTests {

    private static final RSAKey issuerKey = generateKey();

    private static final HttpServer issuer = startIssuer();

    @LocalServerPort
    private int port;

    private GatewayClient gateway;

    private final StubBackend plans = StubBackends.of(Services.PLAN);

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        StubBackends.routeAllTo(registry);
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", ExternalIssuerIntegrationTests::issuerUri);
    }

    @AfterAll
    static void stopIssuer() {
        issuer.stop(0);
    }

    @BeforeEach
    void connect() {
        this.gateway = new GatewayClient(this.port);
        StubBackends.reset();
    }

    @Test
    void relaysATokenOfTheExternalIssuer() {
        String token = token(issuerKey, issuerUri());

        HttpResponse<String> response = this.gateway.send(this.gateway
                .request("/api/plans")
                .header("Authorization", "Bearer " + token)
                .GET());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(this.plans.lastReceived().header("Authorization")).isEqualTo("Bearer " + token);
    }

    @Test
    void refusesATokenSignedWithAnotherKey() {
        HttpResponse<String> response = this.gateway.send(this.gateway
                .request("/api/plans")
                .header("Authorization", "Bearer " + token(generateKey(), issuerUri()))
                .GET());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(this.plans.received()).isEmpty();
    }

    @Test
    void refusesATokenNamingAnotherIssuer() {
        HttpResponse<String> response = this.gateway.send(this.gateway
                .request("/api/plans")
                .header("Authorization", "Bearer " + token(issuerKey, "http://localhost:8080"))
                .GET());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(this.plans.received()).isEmpty();
    }

    @Test
    void refusesATokenTheIssuerMadeForAnotherApplication() {
        HttpResponse<String> response = this.gateway.send(this.gateway
                .request("/api/plans")
                .header("Authorization", "Bearer " + token(issuerKey, issuerUri(), "hr-portal"))
                .GET());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(GatewayClient.json(response).get("detail").toString()).contains("aud");
        assertThat(this.plans.received()).isEmpty();
    }

    @Test
    void issuesNoTokensItself() {
        HttpResponse<String> response = this.gateway.send(this.gateway
                .request("/oauth2/token")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "grant_type=client_credentials&client_id=tg-snv&client_secret=tg-snv-secret")));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).doesNotContain("access_token");
        assertThat(this.gateway.get("/oauth2/jwks").statusCode()).isEqualTo(401);
    }

    private static String token(RSAKey key, String issuerClaim) {
        return token(key, issuerClaim, "conference-api");
    }

    private static String token(RSAKey key, String issuerClaim, String audience) {
        Instant now = Instant.now();
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(issuerClaim)
                .audience(List.of(audience))
                .subject("service-account-tg-snv")
                .claim("azp", "tg-snv")
                .claim("role", "DEPARTMENT")
                .claim("province", "tien-giang")
                .claim("unit", "TG-SNV")
                .issuedAt(now)
                .expiresAt(now.plusSeconds(300))
                .build();
        return new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key)))
                .encode(JwtEncoderParameters.from(
                        JwsHeader.with(SignatureAlgorithm.RS256)
                                .keyId(key.getKeyID())
                                .build(),
                        claims))
                .getTokenValue();
    }

    private static String issuerUri() {
        return "http://127.0.0.1:" + issuer.getAddress().getPort() + "/realms/conference";
    }

    private static RSAKey generateKey() {
        try {
            return new RSAKeyGenerator(2048).keyIDFromThumbprint(true).generate();
        } catch (JOSEException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static HttpServer startIssuer() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 10);
            server.createContext(
                    "/realms/conference/.well-known/openid-configuration",
                    exchange -> json(
                            exchange,
                            "{\"issuer\":\"" + issuerUri() + "\",\"jwks_uri\":\"" + issuerUri()
                                    + "/protocol/openid-connect/certs\",\"subject_types_supported\":[\"public\"]}"));
            server.createContext(
                    "/realms/conference/protocol/openid-connect/certs",
                    exchange -> json(exchange, new JWKSet(issuerKey.toPublicJWK()).toString()));
            server.start();
            return server;
        } catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static void json(HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
