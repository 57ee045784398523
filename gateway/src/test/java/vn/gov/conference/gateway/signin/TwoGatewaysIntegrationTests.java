package vn.gov.conference.gateway.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.conference.gateway.signin.SignInFlow.REDIRECT;
import static vn.gov.conference.gateway.signin.SignInFlow.authorizePath;
import static vn.gov.conference.gateway.signin.SignInFlow.challenge;
import static vn.gov.conference.gateway.signin.SignInFlow.claims;
import static vn.gov.conference.gateway.signin.SignInFlow.encode;
import static vn.gov.conference.gateway.signin.SignInFlow.json;
import static vn.gov.conference.gateway.signin.SignInFlow.location;
import static vn.gov.conference.gateway.signin.SignInFlow.query;
import static vn.gov.conference.gateway.signin.SignInFlow.verifier;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.gov.conference.gateway.GatewayApplication;
import vn.gov.conference.gateway.signin.SignInFlow.Browser;

/**
 * Two gateway replicas over one database and one signing key, as {@code ./run.sh --replicas 2} or two pods run them:
 * each step of a person's sign-in may land on either (the login form's session, its CSRF token and the request it
 * returns to are in MongoDB), a code issued by one is redeemed at the other, and a token issued by one is
 * introspected, refreshed and revoked at the other.
 */
class TwoGatewaysIntegrationTests {

    private static final AtomicInteger STACKS = new AtomicInteger();

    @TempDir
    static Path keys;

    private static ConfigurableApplicationContext a;

    private static ConfigurableApplicationContext b;

    @BeforeAll
    static void start() {
        String database = "gateway-replicas-" + STACKS.incrementAndGet() + "-" + System.nanoTime();
        a = replica(database);
        b = replica(database); // started second: the store is seeded already, as with a rolling start
    }

    @AfterAll
    static void stop() {
        if (b != null) {
            b.close();
        }
        if (a != null) {
            a.close();
        }
    }

    private static ConfigurableApplicationContext replica(String database) {
        return new SpringApplicationBuilder(GatewayApplication.class)
                .run(
                        "--server.port=0",
                        "--conference.test.database=" + database,
                        "--conference.gateway.auth.key-file=" + keys.resolve("signing-key.pem"),
                        "--conference.gateway.limits.rate.client-requests=100000",
                        "--conference.gateway.limits.rate.anonymous-requests=100000",
                        "--conference.gateway.limits.rate.token-requests=100000",
                        "--spring.jmx.enabled=false");
    }

    private static String url(ConfigurableApplicationContext replica, String path) {
        return "http://127.0.0.1:" + replica.getEnvironment().getProperty("local.server.port") + path;
    }

    @Test
    void aSignInMovingBetweenReplicasAtEveryStepGetsACodeThatTheOtherRedeems() {
        Browser browser = new Browser(""); // every step names its replica
        String verifier = verifier();

        HttpResponse<String> authorize = browser.get(url(a, authorizePath("console", challenge(verifier))));
        assertThat(authorize.statusCode()).isEqualTo(302);
        assertThat(location(authorize).getPath()).isEqualTo("/dang-nhap");
        HttpResponse<String> form = browser.get(url(b, "/dang-nhap"));
        assertThat(form.statusCode()).isEqualTo(200);
        HttpResponse<String> signedIn =
                browser.signIn(url(a, "/dang-nhap"), form, "TG-Chutich@tiengiang.gov.vn", "Demo-hoi-nghi-2024");
        assertThat(signedIn.statusCode())
                .as("the CSRF token B gave is accepted by A: " + signedIn.body())
                .isEqualTo(302);
        URI back = location(signedIn);
        assertThat(back.getPath())
                .as("back to the authorization request A saved")
                .isEqualTo("/oauth2/authorize");

        HttpResponse<String> authorized = browser.get(url(b, back.getRawPath() + "?" + back.getRawQuery()));
        assertThat(authorized.statusCode()).isEqualTo(302);
        URI callback = location(authorized);
        assertThat(callback.toString()).as("B knows who signed in at A").startsWith(REDIRECT + "?code=");

        HttpResponse<String> tokens = token(
                a,
                "console",
                "console-secret",
                "grant_type=authorization_code&code="
                        + encode(query(callback).get("code")) + "&redirect_uri=" + encode(REDIRECT) + "&code_verifier="
                        + verifier);

        assertThat(tokens.statusCode())
                .as("B's code redeemed at A: " + tokens.body())
                .isEqualTo(200);
        Map<String, Object> answer = json(tokens.body());
        assertThat(claims((String) answer.get("access_token")))
                .containsEntry("sub", "tg-chutich@tiengiang.gov.vn")
                .containsEntry("role", "APPROVER");

        String refresh = (String) answer.get("refresh_token");
        HttpResponse<String> introspected = token(
                b,
                "console",
                "console-secret",
                "/oauth2/introspect",
                "token=" + encode((String) answer.get("access_token")));
        assertThat(json(introspected.body()))
                .containsEntry("active", true)
                .containsEntry("sub", "tg-chutich@tiengiang.gov.vn");
        HttpResponse<String> refreshed =
                token(b, "console", "console-secret", "grant_type=refresh_token&refresh_token=" + encode(refresh));
        assertThat(refreshed.statusCode())
                .as("A's refresh token used at B: " + refreshed.body())
                .isEqualTo(200);
        String rotated = (String) json(refreshed.body()).get("refresh_token");
        String renewed = (String) json(refreshed.body()).get("access_token");
        assertThat(json(token(a, "console", "console-secret", "/oauth2/introspect", "token=" + encode(renewed))
                        .body()))
                .as("B's renewed token, at A")
                .containsEntry("active", true);

        HttpResponse<String> revoked = token(
                a,
                "console",
                "console-secret",
                "/oauth2/revoke",
                "token=" + encode(rotated) + "&token_type_hint=refresh_token");
        assertThat(revoked.statusCode()).isEqualTo(200);
        HttpResponse<String> afterRevocation =
                token(b, "console", "console-secret", "grant_type=refresh_token&refresh_token=" + encode(rotated));
        assertThat(afterRevocation.statusCode())
                .as("revoked at A, refused at B")
                .isEqualTo(400);
        assertThat(afterRevocation.body()).contains("invalid_grant");

        HttpResponse<String> again = token(
                b,
                "console",
                "console-secret",
                "grant_type=authorization_code&code="
                        + encode(query(callback).get("code")) + "&redirect_uri=" + encode(REDIRECT) + "&code_verifier="
                        + verifier);
        assertThat(again.statusCode())
                .as("a code is good once, whichever replica sees it again")
                .isEqualTo(400);
        assertThat(json(token(a, "console", "console-secret", "/oauth2/introspect", "token=" + encode(renewed))
                        .body()))
                .as("a code used twice (at B) withdraws its tokens (at A)")
                .containsEntry("active", false);
    }

    /**
     * Two requests of one console session whose access token expired together refresh with the same token, each at
     * its own replica: both get the new tokens (the same ones) instead of one being signed out; the old token keeps
     * that grace only a short while, only for its client, and not past a revocation.
     */
    @Test
    void oneSessionRefreshingAtBothReplicasAtOnceGetsTheSameTokensEverywhere() throws Exception {
        String refresh = (String) signedIn().get("refresh_token");
        String form = "grant_type=refresh_token&refresh_token=" + encode(refresh);

        List<HttpResponse<String>> answers = new ArrayList<>();
        try (ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor()) {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> calls = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                ConfigurableApplicationContext replica = i % 2 == 0 ? a : b;
                calls.add(callers.submit(() -> {
                    start.await();
                    return token(replica, "console", "console-secret", form);
                }));
            }
            start.countDown();
            for (Future<HttpResponse<String>> call : calls) {
                answers.add(call.get(30, TimeUnit.SECONDS));
            }
        }

        assertThat(answers)
                .allSatisfy(answer ->
                        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200));
        Set<String> refreshTokens = new HashSet<>();
        Set<String> accessTokens = new HashSet<>();
        answers.forEach(answer -> {
            Map<String, Object> tokens = json(answer.body());
            refreshTokens.add((String) tokens.get("refresh_token"));
            accessTokens.add((String) tokens.get("access_token"));
            assertThat(tokens).containsKey("id_token");
        });
        assertThat(refreshTokens)
                .as("one rotation, whoever saved it")
                .hasSize(1)
                .doesNotContain(refresh);
        assertThat(accessTokens).hasSize(1);
        String rotated = refreshTokens.iterator().next();

        HttpResponse<String> otherClient = token(a, "tg-office", "tg-office-secret", form);
        assertThat(otherClient.statusCode()).as("another client presenting it").isIn(400, 401);
        assertThat(otherClient.body()).doesNotContain(rotated);

        MongoTemplate store = a.getBean(MongoTemplate.class);
        store.getCollection("oauth2_authorizations")
                .updateOne(
                        Filters.exists("previousRefreshToken"),
                        Updates.set("rotatedAt", Date.from(Instant.now().minus(Duration.ofMinutes(1)))));
        HttpResponse<String> late = token(b, "console", "console-secret", form);
        assertThat(late.statusCode()).as("past the grace: " + late.body()).isEqualTo(400);
        assertThat(late.body()).contains("invalid_grant");

        HttpResponse<String> next =
                token(b, "console", "console-secret", "grant_type=refresh_token&refresh_token=" + encode(rotated));
        assertThat(next.statusCode()).as(next.body()).isEqualTo(200);
        String newest = (String) json(next.body()).get("refresh_token");
        assertThat(token(a, "console", "console-secret", "/oauth2/revoke", "token=" + encode(newest))
                        .statusCode())
                .isEqualTo(200);
        HttpResponse<String> afterRevocation =
                token(a, "console", "console-secret", "grant_type=refresh_token&refresh_token=" + encode(rotated));
        assertThat(afterRevocation.statusCode())
                .as("within the grace, but what it bought was revoked: " + afterRevocation.body())
                .isEqualTo(400);
        assertThat(afterRevocation.body()).contains("invalid_grant");
    }

    @Test
    void aMachineTokenIssuedByOneReplicaIsIntrospectedAndRevokedAtTheOther() {
        HttpResponse<String> issued = token(a, "tg-office", "tg-office-secret", "grant_type=client_credentials");
        assertThat(issued.statusCode()).isEqualTo(200);
        String accessToken = (String) json(issued.body()).get("access_token");

        Map<String, Object> atB =
                json(token(b, "tg-office", "tg-office-secret", "/oauth2/introspect", "token=" + encode(accessToken))
                        .body());
        HttpResponse<String> revoked =
                token(b, "tg-office", "tg-office-secret", "/oauth2/revoke", "token=" + encode(accessToken));
        Map<String, Object> atA =
                json(token(a, "tg-office", "tg-office-secret", "/oauth2/introspect", "token=" + encode(accessToken))
                        .body());

        assertThat(atB).containsEntry("active", true).containsEntry("client_id", "tg-office");
        assertThat(revoked.statusCode()).isEqualTo(200);
        assertThat(atA).as("revoked at B, inactive at A").containsEntry("active", false);
    }

    /** A person signed in at A through B's form, with the tokens their code bought. */
    private static Map<String, Object> signedIn() {
        Browser browser = new Browser("");
        String verifier = verifier();
        browser.get(url(a, authorizePath("console", challenge(verifier))));
        HttpResponse<String> signedIn = browser.signIn(
                url(a, "/dang-nhap"), browser.get(url(b, "/dang-nhap")), "bnv@moha.gov.vn", "Demo-hoi-nghi-2024");
        URI back = location(signedIn);
        URI callback = location(browser.get(url(a, back.getRawPath() + "?" + back.getRawQuery())));
        HttpResponse<String> tokens = token(
                a,
                "console",
                "console-secret",
                "grant_type=authorization_code&code="
                        + encode(query(callback).get("code")) + "&redirect_uri=" + encode(REDIRECT) + "&code_verifier="
                        + verifier);
        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
        return json(tokens.body());
    }

    private static HttpResponse<String> token(
            ConfigurableApplicationContext replica, String clientId, String secret, String form) {
        return token(replica, clientId, secret, "/oauth2/token", form);
    }

    private static HttpResponse<String> token(
            ConfigurableApplicationContext replica, String clientId, String secret, String path, String form) {
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(url(replica, path)))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }
}
