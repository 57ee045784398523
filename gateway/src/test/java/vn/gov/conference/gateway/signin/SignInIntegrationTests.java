package vn.gov.conference.gateway.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.conference.gateway.GatewayClient;
import vn.gov.conference.gateway.GatewayIntegrationTest;
import vn.gov.conference.gateway.MailSink;
import vn.gov.conference.gateway.StubBackends;

/**
 * A person signs in to the console as a browser would: {@code /oauth2/authorize} (PKCE) sends them to the login form,
 * the form returns them to the authorization request, which answers the console's redirect URI with a code; the code
 * and its verifier buy the person's tokens, which the API accepts like any.
 */
class SignInIntegrationTests extends GatewayIntegrationTest {

    private static final String REDIRECT = "http://localhost:8080/console/login/oauth2/code/conference";

    private static final String PASSWORD = "Demo-hoi-nghi-2024";

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    private int port;

    @Test
    void anApproverSignsInWithPkceAndGetsTokensCarryingTheirRoleProvinceAndUnit() {
        Browser browser = new Browser();
        String verifier = verifier();

        HttpResponse<String> authorize = browser.get(authorizeUrl("console", challenge(verifier)));

        assertThat(authorize.statusCode()).isEqualTo(302);
        assertThat(location(authorize).getPath()).isEqualTo("/dang-nhap");
        HttpResponse<String> form = browser.get(location(authorize).toString());
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
            .startsWith("text/html"));
        assertThat(form.body()).contains("<html lang=\"vi\">", "<label for=\"email\">Email công vụ</label>",
                "<label for=\"mat-khau\">Mật khẩu</label>", "name=\"viewport\"").doesNotContain("<script");

        HttpResponse<String> signedIn = browser.signIn(form, "TG-Chutich@tiengiang.gov.vn", PASSWORD);

        assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(302);
        HttpResponse<String> authorized = browser.get(location(signedIn).toString());
        assertThat(authorized.statusCode()).isEqualTo(302);
        URI callback = location(authorized);
        assertThat(callback.toString()).startsWith(REDIRECT + "?code=").contains("state=s-1");

        HttpResponse<String> tokens = exchange(query(callback).get("code"), verifier);

        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
        Map<String, Object> answer = GatewayClient.json(tokens);
        assertThat(answer).containsKeys("access_token", "id_token", "refresh_token");
        assertThat(claims((String) answer.get("access_token"))).containsEntry("sub", "tg-chutich@tiengiang.gov.vn")
            .containsEntry("role", "APPROVER").containsEntry("province", "tien-giang").containsEntry("unit", "TG-UBND")
            .containsEntry("aud", "conference-api");
        assertThat(claims((String) answer.get("id_token"))).containsEntry("name", "Trần Văn Phong")
            .containsEntry("role", "APPROVER").containsEntry("aud", "console");

        HttpResponse<String> plans = this.gateway.send(this.gateway.request("/api/plans")
            .header("Authorization", "Bearer " + answer.get("access_token")).GET());
        assertThat(plans.statusCode()).as("the API takes a person's token like any").isEqualTo(200);
        assertThat(StubBackends.of("plan-service").lastReceived().header("Authorization"))
            .isEqualTo("Bearer " + answer.get("access_token"));

        HttpResponse<String> refreshed = tokenRequest("console", "console-secret",
                "grant_type=refresh_token&refresh_token=" + encode((String) answer.get("refresh_token")));
        assertThat(refreshed.statusCode()).as(refreshed.body()).isEqualTo(200);
        assertThat(claims((String) GatewayClient.json(refreshed).get("access_token"))).containsEntry("role",
                "APPROVER");
    }

    @Test
    void theCodeIsWorthNothingWithoutItsVerifierAndNoCodeIsIssuedWithoutAChallenge() {
        Browser browser = new Browser();
        String verifier = verifier();
        browser.get(authorizeUrl("console", challenge(verifier)));
        HttpResponse<String> signedIn = browser.signIn(browser.get("/dang-nhap"), "bnv@moha.gov.vn", PASSWORD);
        URI callback = location(browser.get(location(signedIn).toString()));

        HttpResponse<String> stolen = exchange(query(callback).get("code"), verifier());

        assertThat(stolen.statusCode()).isEqualTo(400);
        assertThat(stolen.body()).contains("invalid_grant");

        HttpResponse<String> noChallenge = browser.get(authorizeUrl("console", null));
        assertThat(location(noChallenge).toString()).startsWith(REDIRECT).contains("error=invalid_request")
            .doesNotContain("code=");
    }

    @Test
    void aWrongPasswordIsRefusedOnTheFormKeepingTheAddressAndSigningNobodyIn() {
        Browser browser = new Browser();
        browser.get(authorizeUrl("console", challenge(verifier())));

        HttpResponse<String> refused = browser.signIn(browser.get("/dang-nhap"), "tg-vanphong@tiengiang.gov.vn",
                "Sai-mat-khau-2024");

        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.body()).contains("role=\"alert\"", "Email hoặc mật khẩu không đúng",
                "value=\"tg-vanphong@tiengiang.gov.vn\"");
        HttpResponse<String> again = browser.get(authorizeUrl("console", challenge(verifier())));
        assertThat(location(again).getPath()).as("still not signed in").isEqualTo("/dang-nhap");
    }

    @Test
    void repeatedWrongPasswordsLockTheAccountAndThePageSaysWhenToRetry() {
        String email = "khoa.sign-in@dongthap.gov.vn";
        activatedPerson("Lý Văn Khoa", email, "Hoi-nghi-2026-kh");
        Browser browser = new Browser();
        for (int i = 0; i < 4; i++) {
            assertThat(browser.signIn(browser.get("/dang-nhap"), email, "wrong-" + i).statusCode()).isEqualTo(401);
        }

        HttpResponse<String> locked = browser.signIn(browser.get("/dang-nhap"), email, "wrong-5");
        HttpResponse<String> rightButLocked = browser.signIn(browser.get("/dang-nhap"), email, "Hoi-nghi-2026-kh");

        assertThat(locked.statusCode()).isEqualTo(429);
        assertThat(locked.body()).contains("Tài khoản đang tạm khóa", "Vui lòng đợi 15 phút");
        assertThat(rightButLocked.statusCode()).isEqualTo(429);
    }

    @Test
    void aDisabledPersonIsToldTheAccountIsDisabledAndWhomToAsk() {
        String email = "hoa.sign-in@dongthap.gov.vn";
        String id = activatedPerson("Bùi Thị Hoa", email, "Hoi-nghi-2026-dt");
        this.gateway.send(this.gateway.authorized("/api/users/" + id, "admin").DELETE());
        Browser browser = new Browser();

        HttpResponse<String> refused = browser.signIn(browser.get("/dang-nhap"), email, "Hoi-nghi-2026-dt");

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("Tài khoản đã bị vô hiệu hóa", "liên hệ Văn phòng UBND tỉnh");
    }

    @Test
    void aMachineClientCannotUseTheLoginFormNorTheAuthorizationCodeFlow() {
        Browser browser = new Browser();

        HttpResponse<String> asPerson = browser.signIn(browser.get("/dang-nhap"), "tg-office", "tg-office-secret");
        HttpResponse<String> authorize = browser.get(authorizeUrl("tg-office", challenge(verifier())));
        HttpResponse<String> consoleAsMachine = tokenRequest("console", "console-secret",
                "grant_type=client_credentials");

        assertThat(asPerson.statusCode()).isEqualTo(401);
        assertThat(authorize.statusCode()).isEqualTo(400);
        assertThat(authorize.headers().firstValue("Location")).isEmpty();
        assertThat(consoleAsMachine.statusCode()).isEqualTo(400);
        assertThat(consoleAsMachine.body()).contains("unauthorized_client");
    }

    private String activatedPerson(String name, String email, String password) {
        HttpResponse<String> created = this.gateway.postJson("/api/users", "admin", """
                {"name":"%s","email":"%s","role":"DEPARTMENT","province":"dong-thap","unit":"DT-SNV"}"""
            .formatted(name, email));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        Matcher link = Pattern.compile("/kich-hoat/([A-Za-z0-9_-]{43})")
            .matcher(MailSink.text(MailSink.to(email).get(0)));
        assertThat(link.find()).isTrue();
        HttpResponse<String> activated = this.gateway.send(this.gateway.request("/api/users/activation")
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(
                    "{\"token\":\"" + link.group(1) + "\",\"password\":\"" + password + "\"}")));
        assertThat(activated.statusCode()).as(activated.body()).isEqualTo(200);
        return (String) GatewayClient.json(created).get("id");
    }

    private String authorizeUrl(String clientId, String challenge) {
        return "/oauth2/authorize?response_type=code&client_id=" + clientId + "&scope=openid%20profile&state=s-1"
                + "&redirect_uri=" + encode(REDIRECT)
                + (challenge == null ? "" : "&code_challenge=" + challenge + "&code_challenge_method=S256");
    }

    private HttpResponse<String> exchange(String code, String verifier) {
        return tokenRequest("console", "console-secret", "grant_type=authorization_code&code=" + encode(code)
                + "&redirect_uri=" + encode(REDIRECT) + "&code_verifier=" + verifier);
    }

    private HttpResponse<String> tokenRequest(String clientId, String secret, String form) {
        String basic = Base64.getEncoder()
            .encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        return this.gateway.send(this.gateway.request("/oauth2/token")
            .header("Authorization", "Basic " + basic)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    private static String verifier() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        }
        catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static Map<String, Object> claims(String jwt) {
        String payload = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
        return JsonMapper.shared().readValue(payload, new TypeReference<Map<String, Object>>() {
        });
    }

    private static URI location(HttpResponse<String> response) {
        return response.uri().resolve(response.headers().firstValue("Location").orElseThrow(
                () -> new AssertionError("No redirect: " + response.statusCode() + " " + response.body())));
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> query = new LinkedHashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            int equals = pair.indexOf('=');
            query.put(pair.substring(0, equals),
                    java.net.URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return query;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Keeps its cookies and follows no redirect, so that each step can be checked. */
    private final class Browser {

        private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

        HttpResponse<String> get(String pathOrUrl) {
            return send(HttpRequest.newBuilder(uri(pathOrUrl)).header("Accept", "text/html").GET());
        }

        HttpResponse<String> signIn(HttpResponse<String> form, String email, String password) {
            Matcher csrf = CSRF.matcher(form.body());
            assertThat(csrf.find()).as(form.body()).isTrue();
            String body = Map.of("username", email, "password", password, "_csrf", csrf.group(1))
                .entrySet()
                .stream()
                .map(field -> field.getKey() + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
            return send(HttpRequest.newBuilder(uri("/dang-nhap"))
                .header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        }

        private URI uri(String pathOrUrl) {
            return pathOrUrl.startsWith("http") ? URI.create(pathOrUrl)
                    : URI.create("http://127.0.0.1:" + SignInIntegrationTests.this.port + pathOrUrl);
        }

        private HttpResponse<String> send(HttpRequest.Builder request) {
            try {
                return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            }
            catch (Exception ex) {
                throw new IllegalStateException(ex);
            }
        }
    }
}
