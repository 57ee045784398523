package vn.gov.conference.gateway.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.conference.gateway.signin.SignInFlow.REDIRECT;
import static vn.gov.conference.gateway.signin.SignInFlow.authorizePath;
import static vn.gov.conference.gateway.signin.SignInFlow.challenge;
import static vn.gov.conference.gateway.signin.SignInFlow.claims;
import static vn.gov.conference.gateway.signin.SignInFlow.encode;
import static vn.gov.conference.gateway.signin.SignInFlow.location;
import static vn.gov.conference.gateway.signin.SignInFlow.query;
import static vn.gov.conference.gateway.signin.SignInFlow.verifier;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.gov.conference.gateway.GatewayClient;
import vn.gov.conference.gateway.GatewayIntegrationTest;
import vn.gov.conference.gateway.MailSink;
import vn.gov.conference.gateway.StubBackends;
import vn.gov.conference.gateway.signin.SignInFlow.Browser;

/**
 * A person signs in to the console as a browser would: {@code /oauth2/authorize} (PKCE) sends them to the login form,
 * the form returns them to the authorization request, which answers the console's redirect URI with a code; the code
 * and its verifier buy the person's tokens, which the API accepts like any.
 */
class SignInIntegrationTests extends GatewayIntegrationTest {

    private static final String PASSWORD = "Demo-hoi-nghi-2024";

    @LocalServerPort
    private int port;

    @Test
    void anApproverSignsInWithPkceAndGetsTokensCarryingTheirRoleProvinceAndUnit() {
        Browser browser = new Browser("http://127.0.0.1:" + this.port);
        String verifier = verifier();

        HttpResponse<String> authorize = browser.get(authorizePath("console", challenge(verifier)));

        assertThat(authorize.statusCode()).isEqualTo(302);
        assertThat(location(authorize).getPath()).isEqualTo("/dang-nhap");
        HttpResponse<String> form = browser.get(location(authorize).toString());
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(form.body())
                .contains(
                        "<html lang=\"vi\">",
                        "<label for=\"email\">Email công vụ</label>",
                        "<label for=\"mat-khau\">Mật khẩu</label>",
                        "name=\"viewport\"")
                .doesNotContain("<script");

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
        assertThat(claims((String) answer.get("access_token")))
                .containsEntry("sub", "tg-chutich@tiengiang.gov.vn")
                .containsEntry("role", "APPROVER")
                .containsEntry("province", "tien-giang")
                .containsEntry("unit", "TG-UBND")
                .containsEntry("aud", "conference-api");
        assertThat(claims((String) answer.get("id_token")))
                .containsEntry("name", "Trần Văn Phong")
                .containsEntry("role", "APPROVER")
                .containsEntry("aud", "console");

        HttpResponse<String> plans = this.gateway.send(this.gateway
                .request("/api/plans")
                .header("Authorization", "Bearer " + answer.get("access_token"))
                .GET());
        assertThat(plans.statusCode())
                .as("the API takes a person's token like any")
                .isEqualTo(200);
        assertThat(StubBackends.of("plan-service").lastReceived().header("Authorization"))
                .isEqualTo("Bearer " + answer.get("access_token"));

        HttpResponse<String> refreshed = tokenRequest(
                "console",
                "console-secret",
                "grant_type=refresh_token&refresh_token=" + encode((String) answer.get("refresh_token")));
        assertThat(refreshed.statusCode()).as(refreshed.body()).isEqualTo(200);
        assertThat(claims((String) GatewayClient.json(refreshed).get("access_token")))
                .containsEntry("role", "APPROVER");
    }

    @Test
    void theCodeIsWorthNothingWithoutItsVerifierAndNoCodeIsIssuedWithoutAChallenge() {
        Browser browser = new Browser("http://127.0.0.1:" + this.port);
        String verifier = verifier();
        browser.get(authorizePath("console", challenge(verifier)));
        HttpResponse<String> signedIn = browser.signIn(browser.get("/dang-nhap"), "bnv@moha.gov.vn", PASSWORD);
        URI callback = location(browser.get(location(signedIn).toString()));

        HttpResponse<String> stolen = exchange(query(callback).get("code"), verifier());

        assertThat(stolen.statusCode()).isEqualTo(400);
        assertThat(stolen.body()).contains("invalid_grant");

        HttpResponse<String> noChallenge = browser.get(authorizePath("console", null));
        assertThat(location(noChallenge).toString())
                .startsWith(REDIRECT)
                .contains("error=invalid_request")
                .doesNotContain("code=");
    }

    @Test
    void aWrongPasswordIsRefusedOnTheFormKeepingTheAddressAndSigningNobodyIn() {
        Browser browser = new Browser("http://127.0.0.1:" + this.port);
        browser.get(authorizePath("console", challenge(verifier())));

        HttpResponse<String> refused =
                browser.signIn(browser.get("/dang-nhap"), "tg-vanphong@tiengiang.gov.vn", "Sai-mat-khau-2024");

        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.body())
                .contains("role=\"alert\"", "Email hoặc mật khẩu không đúng", "value=\"tg-vanphong@tiengiang.gov.vn\"");
        HttpResponse<String> again = browser.get(authorizePath("console", challenge(verifier())));
        assertThat(location(again).getPath()).as("still not signed in").isEqualTo("/dang-nhap");
    }

    @Test
    void repeatedWrongPasswordsLockTheAccountAndThePageSaysWhenToRetry() {
        String email = "khoa.sign-in@dongthap.gov.vn";
        activatedPerson("Lý Văn Khoa", email, "Hoi-nghi-2026-kh");
        Browser browser = new Browser("http://127.0.0.1:" + this.port);
        for (int i = 0; i < 4; i++) {
            assertThat(browser.signIn(browser.get("/dang-nhap"), email, "wrong-" + i)
                            .statusCode())
                    .isEqualTo(401);
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
        Browser browser = new Browser("http://127.0.0.1:" + this.port);

        HttpResponse<String> refused = browser.signIn(browser.get("/dang-nhap"), email, "Hoi-nghi-2026-dt");

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("Tài khoản đã bị vô hiệu hóa", "liên hệ Văn phòng UBND tỉnh");
    }

    @Test
    void aMachineClientCannotUseTheLoginFormNorTheAuthorizationCodeFlow() {
        Browser browser = new Browser("http://127.0.0.1:" + this.port);

        HttpResponse<String> asPerson = browser.signIn(browser.get("/dang-nhap"), "tg-office", "tg-office-secret");
        HttpResponse<String> authorize = browser.get(authorizePath("tg-office", challenge(verifier())));
        HttpResponse<String> consoleAsMachine =
                tokenRequest("console", "console-secret", "grant_type=client_credentials");

        assertThat(asPerson.statusCode()).isEqualTo(401);
        assertThat(authorize.statusCode()).isEqualTo(400);
        assertThat(authorize.headers().firstValue("Location")).isEmpty();
        assertThat(consoleAsMachine.statusCode()).isEqualTo(400);
        assertThat(consoleAsMachine.body()).contains("unauthorized_client");
    }

    private String activatedPerson(String name, String email, String password) {
        HttpResponse<String> created = this.gateway.postJson("/api/users", "admin", """
                {"name":"%s","email":"%s","role":"DEPARTMENT","province":"dong-thap","unit":"DT-SNV"}""".formatted(name, email));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        Matcher link = Pattern.compile("/kich-hoat/([A-Za-z0-9_-]{43})")
                .matcher(MailSink.text(MailSink.to(email).get(0)));
        assertThat(link.find()).isTrue();
        HttpResponse<String> activated = this.gateway.send(this.gateway
                .request("/api/users/activation")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"token\":\"" + link.group(1) + "\",\"password\":\"" + password + "\"}")));
        assertThat(activated.statusCode()).as(activated.body()).isEqualTo(200);
        return (String) GatewayClient.json(created).get("id");
    }

    private HttpResponse<String> exchange(String code, String verifier) {
        return tokenRequest(
                "console",
                "console-secret",
                "grant_type=authorization_code&code=" + encode(code) + "&redirect_uri=" + encode(REDIRECT)
                        + "&code_verifier=" + verifier);
    }

    private HttpResponse<String> tokenRequest(String clientId, String secret, String form) {
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        return this.gateway.send(this.gateway
                .request("/oauth2/token")
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }
}
