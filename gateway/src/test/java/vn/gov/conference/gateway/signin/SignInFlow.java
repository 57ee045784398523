package vn.gov.conference.gateway.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
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
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The console's sign-in as the sign-in tests walk it (one gateway, or two replicas): a browser that keeps its cookies
 * and follows no redirect, the PKCE pair, and reading the redirects, codes and tokens that come back.
 */
final class SignInFlow {

    /** The console's registered redirect address. */
    static final String REDIRECT = "http://localhost:8080/console/login/oauth2/code/conference";

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private SignInFlow() {}

    /** The authorization request of {@code clientId} (state {@code s-1}); without PKCE when {@code challenge} is null. */
    static String authorizePath(String clientId, String challenge) {
        return "/oauth2/authorize?response_type=code&client_id=" + clientId + "&scope=openid%20profile&state=s-1"
                + "&redirect_uri=" + encode(REDIRECT)
                + (challenge == null ? "" : "&code_challenge=" + challenge + "&code_challenge_method=S256");
    }

    static String verifier() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    static Map<String, Object> json(String body) {
        return JsonMapper.shared().readValue(body, new TypeReference<Map<String, Object>>() {});
    }

    /** A JWT's claims, read without checking its signature (the tests read what the gateway issued). */
    static Map<String, Object> claims(String jwt) {
        return json(new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8));
    }

    static URI location(HttpResponse<String> response) {
        return response.uri()
                .resolve(response.headers()
                        .firstValue("Location")
                        .orElseThrow(() ->
                                new AssertionError("No redirect: " + response.statusCode() + " " + response.body())));
    }

    static Map<String, String> query(URI uri) {
        Map<String, String> query = new LinkedHashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            int equals = pair.indexOf('=');
            query.put(pair.substring(0, equals), URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return query;
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /**
     * Keeps its cookies and follows no redirect, so that each step can be checked. One cookie jar for every replica
     * it calls (same host, other port: a browser sends them the same cookies).
     */
    static final class Browser {

        private final String base;

        private final HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();

        /** @param base where paths (not whole URLs) are sent, e.g. {@code http://127.0.0.1:8080} */
        Browser(String base) {
            this.base = base;
        }

        HttpResponse<String> get(String pathOrUrl) {
            return send(HttpRequest.newBuilder(uri(pathOrUrl))
                    .header("Accept", "text/html")
                    .GET());
        }

        /** Posts the login {@code form}'s CSRF token with the credentials to {@code /dang-nhap}. */
        HttpResponse<String> signIn(HttpResponse<String> form, String email, String password) {
            return signIn("/dang-nhap", form, email, password);
        }

        HttpResponse<String> signIn(String pathOrUrl, HttpResponse<String> form, String email, String password) {
            Matcher csrf = CSRF.matcher(form.body());
            assertThat(csrf.find()).as(form.body()).isTrue();
            String body =
                    "username=" + encode(email) + "&password=" + encode(password) + "&_csrf=" + encode(csrf.group(1));
            return send(HttpRequest.newBuilder(uri(pathOrUrl))
                    .header("Accept", "text/html")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
        }

        private URI uri(String pathOrUrl) {
            return URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : this.base + pathOrUrl);
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
