package vn.gov.conference.gateway.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.gov.conference.gateway.GatewayClient;
import vn.gov.conference.gateway.GatewayIntegrationTest;
import vn.gov.conference.gateway.MailSink;
import vn.gov.conference.gateway.web.Refusal;

class PeopleIntegrationTests extends GatewayIntegrationTest {

    private static final Pattern LINK = Pattern.compile("http://localhost:8080/kich-hoat/([A-Za-z0-9_-]{43})");

    @Autowired
    private MongoTemplate mongo;

    @Autowired
    private PasswordLogins logins;

    @Test
    void createsAPersonWhoActivatesTheAccountThroughTheMailedLinkAndSignsIn() throws Exception {
        HttpResponse<String> created =
                create("admin", "Nguyễn Văn Hùng", "hung.nv@hanoi.gov.vn", "OFFICE", "ha-noi", "HN-VPUBND");

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        Map<String, Object> person = GatewayClient.json(created);
        assertThat(person)
                .containsEntry("status", "INVITED")
                .containsEntry("activationMailSent", true)
                .containsEntry("email", "hung.nv@hanoi.gov.vn")
                .doesNotContainKeys("password", "passwordHash");
        List<MimeMessage> letters = MailSink.to("hung.nv@hanoi.gov.vn");
        assertThat(letters).hasSize(1);
        assertThat(letters.get(0).getSubject()).isEqualTo("Kích hoạt tài khoản Hệ thống Hội nghị chỉ số");
        String token = token(MailSink.text(letters.get(0)));
        assertThat(MailSink.text(letters.get(0))).contains("Kính gửi: Nguyễn Văn Hùng");
        Document stored = this.mongo
                .getCollection("people")
                .find(new Document("email", "hung.nv@hanoi.gov.vn"))
                .first();
        assertThat(stored.toJson()).as("only the link's hash is stored").doesNotContain(token);

        HttpResponse<String> activated = activate(token, "Hoi-nghi-2026-hn");

        assertThat(activated.statusCode()).as(activated.body()).isEqualTo(200);
        assertThat(GatewayClient.json(activated))
                .containsEntry("status", "ACTIVE")
                .containsKey("activatedAt");
        assertThat(this.logins
                        .verify("Hung.NV@hanoi.gov.vn", "Hoi-nghi-2026-hn")
                        .name())
                .isEqualTo("Nguyễn Văn Hùng");
        assertThat(this.mongo
                        .getCollection("people")
                        .find(new Document("email", "hung.nv@hanoi.gov.vn"))
                        .first()
                        .getString("passwordHash"))
                .startsWith("{bcrypt}");
        assertRefused(activate(token, "Another-pass-2026"), 400, "activation-link-invalid", "token");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(textBlock = """
            Ab1-short,              too-short
            tranthilan.2026,        contains-identity
            Mat-khau-Tran-2026,     contains-identity
            tranthilan@sotc.gov.vn, contains-identity
            matkhaurathaiduoc,      one-character-class
            123456789012345,        one-character-class
            """)
    void refusesAPasswordThatBreaksARule(String password, String rule) {
        String email = "tranthilan+" + rule + Math.abs(password.hashCode()) + "@sotc.gov.vn";
        String token = invite("Trần Thị Lan", email);

        assertRefused(activate(token, password), 400, rule, "password");
        assertThat(activate(token, "Hoi-nghi-2026-tc").statusCode())
                .as("the link still works after a refusal")
                .isEqualTo(200);
    }

    @Test
    void letsAnOfficeCreateItsOwnStaffAndDepartmentsOnly() {
        assertThat(create("tg-office", "Lê Văn Tâm", "tam.lv@tiengiang.gov.vn", "DEPARTMENT", "tien-giang", "TG-SNV")
                        .statusCode())
                .isEqualTo(201);
        assertRefused(
                create("tg-office", "Phạm Văn Duyệt", "duyet@tiengiang.gov.vn", "APPROVER", "tien-giang", "TG-SNV"),
                403,
                "office-manages-offices-and-departments",
                null);
        assertRefused(
                create("tg-office", "Võ Thị Mai", "mai@dongthap.gov.vn", "DEPARTMENT", "dong-thap", "DT-SNV"),
                403,
                "own-province-only",
                null);
        assertRefused(
                create("tg-snv", "Ai Đó", "aido@tiengiang.gov.vn", "DEPARTMENT", "tien-giang", "TG-SNV"),
                403,
                "people-managed-by-admin-or-office",
                null);
        assertRefused(
                create("admin", "Sai Đơn Vị", "sai@hanoi.gov.vn", "DEPARTMENT", "ha-noi", "TG-SNV"),
                422,
                "unit-of-another-province",
                "unit");
    }

    @Test
    void refusesASecondAccountForTheSameAddressAndBadInput() {
        assertThat(create("admin", "Đỗ Thanh Huyền", "huyen@bnv.gov.vn", "CENTRAL", null, "BNV")
                        .statusCode())
                .isEqualTo(201);
        assertRefused(
                create("admin", "Đỗ Thanh Huyền", "Huyen@BNV.gov.vn", "CENTRAL", null, "BNV"),
                409,
                "email-taken",
                "email");
        assertRefused(create("admin", "Không Email", "not-an-address", "CENTRAL", null, "BNV"), 400, "email", "email");
        assertRefused(create("admin", null, "x@bnv.gov.vn", "CENTRAL", null, "BNV"), 400, "required", "name");
    }

    @Test
    void listsAndDisablesAccountsWithinTheCallersReach() {
        String id = (String) GatewayClient.json(create(
                        "dt-office", "Huỳnh Văn Sáu", "sau@dongthap.gov.vn", "DEPARTMENT", "dong-thap", "DT-SNV"))
                .get("id");

        assertThat(this.gateway.get("/api/users/" + id, "tg-office").statusCode())
                .isEqualTo(404);
        assertThat(items(this.gateway.get("/api/users", "dt-office")))
                .isNotEmpty()
                .allSatisfy(person -> assertThat(person).containsEntry("province", "dong-thap"));
        assertThat(items(this.gateway.get("/api/users?province=dong-thap", "admin")))
                .anySatisfy(person -> assertThat(person).containsEntry("id", id));

        HttpResponse<String> disabled = this.gateway.send(
                this.gateway.authorized("/api/users/" + id, "dt-office").DELETE());

        assertThat(disabled.statusCode()).isEqualTo(204);
        assertThat(GatewayClient.json(this.gateway.get("/api/users/" + id, "admin")))
                .containsEntry("status", "DISABLED")
                .containsEntry("disabledBy", "dt-office");
    }

    @Test
    void aDisabledPersonCannotSignInNorActivate() {
        String id = (String) GatewayClient.json(
                        create("admin", "Bùi Thị Hoa", "hoa@dongthap.gov.vn", "DEPARTMENT", "dong-thap", "DT-SNV"))
                .get("id");
        String token = token(MailSink.text(MailSink.to("hoa@dongthap.gov.vn").get(0)));
        assertThat(activate(token, "Hoi-nghi-2026-dt").statusCode()).isEqualTo(200);
        assertThat(this.logins.verify("hoa@dongthap.gov.vn", "Hoi-nghi-2026-dt").id())
                .isEqualTo(id);

        this.gateway.send(this.gateway.authorized("/api/users/" + id, "admin").DELETE());

        assertThatThrownBy(() -> this.logins.verify("hoa@dongthap.gov.vn", "Hoi-nghi-2026-dt"))
                .as("the right password learns the account is disabled")
                .isInstanceOfSatisfying(
                        Refusal.class, refusal -> assertThat(refusal.rule()).isEqualTo("account-disabled"));
        assertThatThrownBy(() -> this.logins.verify("hoa@dongthap.gov.vn", "Hoi-nghi-2026-xx"))
                .as("a wrong one learns nothing")
                .isInstanceOfSatisfying(
                        Refusal.class, refusal -> assertThat(refusal.rule()).isEqualTo("bad-credentials"));
    }

    @Test
    void locksAnAccountAfterRepeatedWrongPasswordsEvenForTheRightOne() {
        String token = invite("Lý Văn Khoa", "khoa@dongthap.gov.vn");
        assertThat(activate(token, "Hoi-nghi-2026-kh").statusCode()).isEqualTo(200);

        for (int i = 0; i < 4; i++) {
            int attempt = i;
            assertThatThrownBy(() -> this.logins.verify("khoa@dongthap.gov.vn", "wrong-" + attempt))
                    .isInstanceOfSatisfying(
                            Refusal.class, refusal -> assertThat(refusal.rule()).isEqualTo("bad-credentials"));
        }
        assertThatThrownBy(() -> this.logins.verify("khoa@dongthap.gov.vn", "wrong-5"))
                .isInstanceOfSatisfying(Refusal.class, refusal -> {
                    assertThat(refusal.rule()).isEqualTo("login-lockout");
                    assertThat(refusal.retryAfterSeconds()).isBetween(800L, 900L);
                });
        assertThatThrownBy(() -> this.logins.verify("khoa@dongthap.gov.vn", "Hoi-nghi-2026-kh"))
                .isInstanceOfSatisfying(
                        Refusal.class, refusal -> assertThat(refusal.rule()).isEqualTo("login-lockout"));
        assertThatThrownBy(() -> this.logins.verify("nobody@dongthap.gov.vn", "Hoi-nghi-2026-kh"))
                .as("an unknown address is answered like a wrong password")
                .isInstanceOfSatisfying(
                        Refusal.class, refusal -> assertThat(refusal.rule()).isEqualTo("bad-credentials"));
    }

    @Test
    void mailsANewLinkThatReplacesTheOldOne() {
        HttpResponse<String> created =
                create("admin", "Mai Văn Lộc", "loc@dongthap.gov.vn", "DEPARTMENT", "dong-thap", "DT-SNV");
        String id = (String) GatewayClient.json(created).get("id");
        String first = token(MailSink.text(MailSink.to("loc@dongthap.gov.vn").get(0)));

        HttpResponse<String> again = this.gateway.send(this.gateway
                .authorized("/api/users/" + id + "/activation-link", "admin")
                .POST(HttpRequest.BodyPublishers.noBody()));

        assertThat(again.statusCode()).isEqualTo(200);
        List<MimeMessage> letters = MailSink.to("loc@dongthap.gov.vn");
        assertThat(letters).hasSize(2);
        String second = token(MailSink.text(letters.get(1)));
        assertRefused(activate(first, "Hoi-nghi-2026-lc"), 400, "activation-link-invalid", "token");
        assertThat(activate(second, "Hoi-nghi-2026-lc").statusCode()).isEqualTo(200);
    }

    @Test
    void aPersonWhoForgotTheirPasswordGetsALinkAndKeepsTheOldPasswordUntilTheyUseIt() throws Exception {
        String email = "nga@dongthap.gov.vn";
        HttpResponse<String> created = create("admin", "Trần Thị Nga", email, "DEPARTMENT", "dong-thap", "DT-SNV");
        String id = (String) GatewayClient.json(created).get("id");
        assertThat(activate(token(MailSink.text(MailSink.to(email).get(0))), "Hoi-nghi-2026-tn")
                        .statusCode())
                .isEqualTo(200);

        HttpResponse<String> reset = this.gateway.send(this.gateway
                .authorized("/api/users/" + id + "/activation-link", "dt-office")
                .POST(HttpRequest.BodyPublishers.noBody()));

        assertThat(reset.statusCode()).as(reset.body()).isEqualTo(200);
        assertThat(GatewayClient.json(reset))
                .containsEntry("status", "ACTIVE")
                .containsEntry("activationMailSent", true);
        MimeMessage letter = MailSink.to(email).get(1);
        assertThat(letter.getSubject()).isEqualTo("Đặt lại mật khẩu Hệ thống Hội nghị chỉ số");
        assertThat(MailSink.text(letter)).contains("Mật khẩu hiện tại vẫn dùng được");
        assertThat(this.logins.verify(email, "Hoi-nghi-2026-tn"))
                .as("nobody is locked out by asking for a link")
                .isNotNull();

        String token = token(MailSink.text(letter));
        assertThat(activate(token, "Mat-khau-moi-2026-tn").statusCode()).isEqualTo(200);
        assertThat(this.logins.verify(email, "Mat-khau-moi-2026-tn")).isNotNull();
        assertThatThrownBy(() -> this.logins.verify(email, "Hoi-nghi-2026-tn"))
                .as("the old password, once the new one is set")
                .isInstanceOfSatisfying(
                        Refusal.class, refusal -> assertThat(refusal.rule()).isEqualTo("bad-credentials"));
        assertRefused(activate(token, "Lan-thu-hai-2026-tn"), 400, "activation-link-invalid", "token");

        this.gateway.send(
                this.gateway.authorized("/api/users/" + id, "dt-office").DELETE());
        HttpResponse<String> disabled = this.gateway.send(this.gateway
                .authorized("/api/users/" + id + "/activation-link", "dt-office")
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertRefused(disabled, 409, "account-disabled", null);
    }

    private String invite(String name, String email) {
        HttpResponse<String> created = create("admin", name, email, "DEPARTMENT", "dong-thap", "DT-SNV");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return token(MailSink.text(MailSink.to(email).get(0)));
    }

    private static String token(String letter) {
        Matcher link = LINK.matcher(letter);
        assertThat(link.find()).as(letter).isTrue();
        return link.group(1);
    }

    private HttpResponse<String> activate(String token, String password) {
        return this.gateway.send(this.gateway
                .request("/api/users/activation")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"token\":\"" + token + "\",\"password\":\"" + password + "\"}")));
    }

    private HttpResponse<String> create(
            String caller, String name, String email, String role, String province, String unit) {
        StringBuilder json = new StringBuilder("{");
        append(json, "name", name);
        append(json, "email", email);
        append(json, "role", role);
        append(json, "province", province);
        append(json, "unit", unit);
        return this.gateway.postJson("/api/users", caller, json.append('}').toString());
    }

    private static void append(StringBuilder json, String field, String value) {
        if (value != null) {
            json.append(json.length() > 1 ? "," : "")
                    .append('"')
                    .append(field)
                    .append("\":\"")
                    .append(value)
                    .append('"');
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(HttpResponse<String> page) {
        return (List<Map<String, Object>>) GatewayClient.json(page).get("items");
    }

    @SuppressWarnings("unchecked")
    private static void assertRefused(HttpResponse<String> response, int status, String rule, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        Map<String, Object> problem = GatewayClient.json(response);
        assertThat(problem).containsEntry("rule", rule);
        if (field != null) {
            assertThat((List<Map<String, Object>>) problem.get("errors"))
                    .singleElement()
                    .satisfies(error ->
                            assertThat(error).containsEntry("field", field).containsEntry("rule", rule));
        }
    }
}
