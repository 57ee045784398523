package vn.gov.conference.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.gov.conference.web.WebApplication;

/**
 * Two processes of the web module over one sessions database, behind one public address as the gateway puts them
 * (its forwarded headers): a sign-in begun on one completes on the other, the session it opens is recognised by
 * both, and signing out on one ends it on the other. {@link ConsoleFake} is the authorization server and the API.
 */
class TwoConsolesIntegrationTests {

    /** The gateway's address, as the browser knows it. */
    private static final String PUBLIC_HOST = "localhost:18080";

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private static final ConsoleFake fake = ConsoleFake.start();

    private static ConfigurableApplicationContext a;

    private static ConfigurableApplicationContext b;

    @BeforeAll
    static void start() {
        String database = "web-replicas-" + System.nanoTime();
        a = replica(database);
        b = replica(database);
    }

    @AfterAll
    static void stop() {
        if (b != null) {
            b.close();
        }
        if (a != null) {
            a.close();
        }
        fake.close();
    }

    @BeforeEach
    void reset() {
        fake.reset();
    }

    private static ConfigurableApplicationContext replica(String database) {
        return new SpringApplicationBuilder(WebApplication.class)
                .run(
                        "--server.port=0",
                        "--conference.test.database=" + database,
                        "--conference.web.api-url=" + fake.url(),
                        "--spring.jmx.enabled=false");
    }

    @Test
    void aSessionOpenedOnOneReplicaIsRecognisedOnTheOtherUntilSignedOutOnEither() {
        Browser browser = new Browser();

        HttpResponse<String> console = browser.get(a, "/console");
        assertThat(console.statusCode()).isEqualTo(302);
        HttpResponse<String> start = browser.get(b, Browser.path(location(console)));
        URI authorize = location(start);
        assertThat(authorize.toString())
                .startsWith(fake.url() + "/oauth2/authorize?")
                .contains("redirect_uri=http://" + PUBLIC_HOST + "/console/login/oauth2/code/conference");
        assertThat(console.headers().allValues("Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie)
                        .startsWith("CONSOLE_SESSION=")
                        .contains("Path=/console", "HttpOnly", "SameSite=Lax")
                        .doesNotContain("Secure"));
        URI callback = location(browser.direct(authorize));

        HttpResponse<String> signedIn = browser.get(a, Browser.path(callback));

        assertThat(signedIn.statusCode())
                .as("A finds the authorization request B saved: " + signedIn.body())
                .isEqualTo(302);
        assertThat(location(signedIn).getPath()).isEqualTo("/console");
        HttpResponse<String> atB = browser.get(b, "/console");
        HttpResponse<String> atA = browser.get(a, "/console");
        assertThat(atB.statusCode()).as("signed in at A, recognised at B").isEqualTo(200);
        assertThat(atB.body()).contains("Trần Văn Phong");
        assertThat(atA.statusCode()).isEqualTo(200);

        HttpResponse<String> out = browser.post(a, "/console/dang-xuat", atB);

        assertThat(out.statusCode()).as("B's CSRF token accepted at A").isEqualTo(302);
        assertThat(location(out).toString()).startsWith(fake.url() + "/connect/logout?id_token_hint=");
        HttpResponse<String> afterwards = browser.get(b, "/console");
        assertThat(afterwards.statusCode())
                .as("signed out at A, no longer signed in at B")
                .isEqualTo(302);
        assertThat(location(afterwards).getPath()).isEqualTo("/console/oauth2/authorization/conference");
    }

    @Test
    void bothReplicasReportTheSessionStoreHealthy() {
        for (ConfigurableApplicationContext replica : java.util.List.of(a, b)) {
            HttpResponse<String> health = new Browser()
                    .direct(URI.create("http://127.0.0.1:"
                            + replica.getEnvironment().getProperty("local.server.port") + "/actuator/health"));
            assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
            assertThat(health.body()).contains("\"status\":\"UP\"");
        }
    }

    @Test
    void theSessionCookieIsSecureWhenTheGatewayWasReachedOverTls() {
        HttpResponse<String> start = new Browser("https").get(a, "/console/oauth2/authorization/conference");

        assertThat(start.headers().allValues("Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie)
                        .startsWith("CONSOLE_SESSION=")
                        .contains("Secure", "HttpOnly", "SameSite=Lax"));
    }

    private static URI location(HttpResponse<String> response) {
        return response.uri()
                .resolve(response.headers()
                        .firstValue("Location")
                        .orElseThrow(() ->
                                new AssertionError("No redirect: " + response.statusCode() + " " + response.body())));
    }

    /** A browser on the gateway's address: each request goes to the replica a test names, as a balancer would. */
    private static final class Browser {

        private final String scheme;

        private final HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();

        Browser() {
            this("http");
        }

        Browser(String scheme) {
            this.scheme = scheme;
        }

        static String path(URI uri) {
            return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        }

        HttpResponse<String> get(ConfigurableApplicationContext replica, String path) {
            return send(forwarded(replica, path).GET());
        }

        HttpResponse<String> direct(URI uri) {
            return send(HttpRequest.newBuilder(uri).GET());
        }

        HttpResponse<String> post(ConfigurableApplicationContext replica, String path, HttpResponse<String> page) {
            Matcher csrf = CSRF.matcher(page.body());
            assertThat(csrf.find()).as(page.body()).isTrue();
            return send(forwarded(replica, path)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8))));
        }

        private HttpRequest.Builder forwarded(ConfigurableApplicationContext replica, String path) {
            String port = replica.getEnvironment().getProperty("local.server.port");
            return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("Accept", "text/html")
                    .header("X-Forwarded-Host", PUBLIC_HOST)
                    .header("X-Forwarded-Proto", this.scheme);
        }

        private HttpResponse<String> send(HttpRequest.Builder request) {
            try {
                return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (Exception ex) {
                throw new IllegalStateException(ex);
            }
        }
    }
}
