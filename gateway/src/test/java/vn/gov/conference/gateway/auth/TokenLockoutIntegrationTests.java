package vn.gov.conference.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.gov.conference.gateway.GatewayClient;
import vn.gov.conference.gateway.StubBackends;

/** Three wrong secrets lock a client id for a minute; the address limit is out of reach here. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "conference.gateway.auth.lockout.client.max-failures=3",
            "conference.gateway.auth.lockout.client.lock=1m",
            "conference.gateway.auth.lockout.address.max-failures=1000"
        })
class TokenLockoutIntegrationTests {

    @LocalServerPort
    private int port;

    @Autowired
    private MongoTemplate mongo;

    private GatewayClient gateway;

    @DynamicPropertySource
    static void backends(DynamicPropertyRegistry registry) {
        StubBackends.routeAllTo(registry);
    }

    @BeforeEach
    void connect() {
        this.gateway = new GatewayClient(this.port);
    }

    @Test
    void locksAClientIdAfterRepeatedWrongSecretsEvenForTheRightOne() {
        for (int i = 0; i < 3; i++) {
            assertThat(this.gateway.requestToken("tg-snv", "guess-" + i).statusCode())
                    .isEqualTo(401);
        }

        HttpResponse<String> locked = this.gateway.requestToken("tg-snv", "tg-snv-secret");

        assertThat(locked.statusCode()).isEqualTo(429);
        long retryAfter =
                Long.parseLong(locked.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(50L, 60L);
        Map<String, Object> body = GatewayClient.json(locked);
        assertThat(body)
                .containsEntry("rule", "token-lockout")
                .containsEntry("error", "invalid_client")
                .containsEntry("retryAfterSeconds", (int) retryAfter);
        assertThat(body.get("detail").toString()).contains("tg-snv");
        assertThat(this.gateway.requestToken("tg-mttq", "tg-mttq-secret").statusCode())
                .as("another client from the same address is not locked")
                .isEqualTo(200);
    }

    /** What every replica reads: the lock is in the database, not in this gateway's memory. */
    @Test
    void keepsTheLockInTheSharedStore() {
        for (int i = 0; i < 3; i++) {
            this.gateway.requestToken("dt-snv", "guess-" + i);
        }

        Document lock = this.mongo
                .getCollection("lockouts")
                .find(new Document("_id", "client:dt-snv"))
                .first();
        assertThat(lock).isNotNull();
        assertThat(lock.getDate("lockedUntil")).isInTheFuture();
    }

    @Test
    void aRightSecretClearsTheCount() {
        this.gateway.requestToken("dt-mttq", "guess-1");
        this.gateway.requestToken("dt-mttq", "guess-2");
        assertThat(this.gateway.requestToken("dt-mttq", "dt-mttq-secret").statusCode())
                .isEqualTo(200);
        this.gateway.requestToken("dt-mttq", "guess-3");
        this.gateway.requestToken("dt-mttq", "guess-4");

        assertThat(this.gateway.requestToken("dt-mttq", "dt-mttq-secret").statusCode())
                .isEqualTo(200);
    }

    @Test
    void countsClientSecretPostToo() {
        for (int i = 0; i < 3; i++) {
            assertThat(this.gateway
                            .send(this.gateway
                                    .request("/oauth2/token")
                                    .header("Content-Type", "application/x-www-form-urlencoded")
                                    .POST(HttpRequest.BodyPublishers.ofString(
                                            "grant_type=client_credentials&client_id=dt-sadec&client_secret=guess")))
                            .statusCode())
                    .isEqualTo(401);
        }

        assertThat(this.gateway.requestToken("dt-sadec", "dt-sadec-secret").statusCode())
                .isEqualTo(429);
    }
}
