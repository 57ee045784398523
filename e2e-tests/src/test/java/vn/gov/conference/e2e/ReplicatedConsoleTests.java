package vn.gov.conference.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code ./run.sh --replicas 2}: two processes of each service and of the web pages behind the one gateway, which
 * balances the console like every other path (no process is pinned). A person signs in through the gateway, every
 * step of the flow and every later page going round-robin to either web process, and stays signed in on both; signing
 * out ends the session on both.
 */
@ExtendWith(EndToEndStack.Lifecycle.class)
class ReplicatedConsoleTests {

    private static final String APPROVER = "tg-chutich@tiengiang.gov.vn";

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    @Test
    void aPersonSignedInThroughTheGatewayIsSignedInOnBothWebProcessesUntilSigningOut() throws Exception {
        EndToEndStack.Running stack = EndToEndStack.fresh("replicas", Moments.TIEN_GIANG_PREPARATION, 2);
        String gateway = stack.stack().addresses().gatewayUrl();
        assertThat(Files.exists(stack.log("web-2")))
                .as("a second web process runs")
                .isTrue();

        // Unsigned: the console (one process) sends to its sign-in start (maybe the other), then to the gateway.
        HttpResponse<String> response = get(gateway + "/console");
        while (response.statusCode() == 302 && !location(response).getPath().equals("/dang-nhap")) {
            response = get(location(response).toString());
        }
        assertThat(location(response).getPath()).isEqualTo("/dang-nhap");
        HttpResponse<String> form = get(location(response).toString());
        Matcher csrf = CSRF.matcher(form.body());
        assertThat(csrf.find()).as(form.body()).isTrue();
        response = post(
                gateway + "/dang-nhap",
                "username=" + encode(APPROVER) + "&password=" + encode("Demo-hoi-nghi-2024") + "&_csrf="
                        + encode(csrf.group(1)));
        // Back to the authorization request, the code to the console's callback, then the console's home.
        for (int hops = 0; response.statusCode() == 302 && hops < 6; hops++) {
            response = get(location(response).toString());
        }
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.uri().getPath()).isEqualTo("/console");
        assertThat(response.body()).contains("Xin chào, Trần Văn Phong");

        // Round-robin: consecutive pages alternate between the two web processes; each knows the person.
        for (int i = 0; i < 6; i++) {
            HttpResponse<String> home = get(gateway + "/console");
            assertThat(home.statusCode()).as("page " + i).isEqualTo(200);
            assertThat(home.body()).contains("Xin chào, Trần Văn Phong");
            response = home;
        }

        Matcher signOut = CSRF.matcher(response.body());
        assertThat(signOut.find()).isTrue();
        HttpResponse<String> out = post(gateway + "/console/dang-xuat", "_csrf=" + encode(signOut.group(1)));
        assertThat(out.statusCode()).isEqualTo(302);
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> after = get(gateway + "/console");
            assertThat(after.statusCode())
                    .as("signed out on either process (" + i + ")")
                    .isEqualTo(302);
        }
    }

    private HttpResponse<String> get(String url) throws Exception {
        return this.http.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Accept", "text/html")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> post(String url, String form) throws Exception {
        return this.http.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Accept", "text/html")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static URI location(HttpResponse<String> response) {
        return response.uri()
                .resolve(response.headers()
                        .firstValue("Location")
                        .orElseThrow(() ->
                                new AssertionError("No redirect: " + response.statusCode() + " " + response.body())));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
