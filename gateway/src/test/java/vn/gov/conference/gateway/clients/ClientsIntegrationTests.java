package vn.gov.conference.gateway.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import vn.gov.conference.gateway.GatewayClient;
import vn.gov.conference.gateway.GatewayIntegrationTest;
import vn.gov.conference.gateway.StubBackends;
import vn.gov.conference.gateway.routing.Services;

class ClientsIntegrationTests extends GatewayIntegrationTest {

    @Autowired
    private MongoTemplate mongo;

    @Autowired
    private JwtDecoder jwtDecoder;

    @Test
    void createsAClientThatGetsATokenAtOnceWithoutARestart() {
        HttpResponse<String> created = create("admin", "Sở Nội vụ thành phố Hà Nội", "DEPARTMENT", "ha-noi", "HN-SNV");

        assertThat(created.statusCode()).isEqualTo(201);
        Map<String, Object> client = GatewayClient.json(created);
        String clientId = (String) client.get("clientId");
        String secret = (String) client.get("clientSecret");
        assertThat(clientId).startsWith("hn-snv-");
        assertThat(secret).hasSizeGreaterThanOrEqualTo(40);
        assertThat(created.headers().firstValue("Location")).hasValue("/api/clients/" + clientId);
        assertThat(client)
                .containsEntry("role", "DEPARTMENT")
                .containsEntry("province", "ha-noi")
                .containsEntry("unit", "HN-SNV")
                .containsEntry("createdBy", "admin");
        assertThat(StubBackends.of(Services.PLAN).lastReceived().header("Authorization"))
                .as("the unit is checked with the caller's own token")
                .isEqualTo("Bearer " + this.gateway.token("admin"));

        HttpResponse<String> token = this.gateway.requestToken(clientId, secret);
        assertThat(token.statusCode()).isEqualTo(200);
        Jwt jwt = this.jwtDecoder.decode((String) GatewayClient.json(token).get("access_token"));
        assertThat(jwt.getSubject()).isEqualTo(clientId);
        assertThat(jwt.getClaimAsString("role")).isEqualTo("DEPARTMENT");
        assertThat(jwt.getClaimAsString("province")).isEqualTo("ha-noi");
        assertThat(jwt.getClaimAsString("unit")).isEqualTo("HN-SNV");

        HttpResponse<String> read = this.gateway.get("/api/clients/" + clientId, "admin");
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(GatewayClient.json(read)).containsEntry("clientId", clientId).doesNotContainKey("clientSecret");
    }

    @Test
    void keepsOnlyAStrongHashOfTheSecret() {
        Map<String, Object> client =
                GatewayClient.json(create("admin", "Văn phòng UBND thành phố Hà Nội", "OFFICE", "ha-noi", "HN-VPUBND"));

        Document stored = this.mongo
                .getCollection("clients")
                .find(new Document("_id", client.get("clientId")))
                .first();
        assertThat(stored.getString("secretHash")).startsWith("{bcrypt}$2a$").doesNotContain((String)
                client.get("clientSecret"));
        assertThat(stored.toJson()).doesNotContain((String) client.get("clientSecret"));
    }

    @Test
    void letsAnOfficeCreateItsOwnProvincesDepartmentsOnly() {
        HttpResponse<String> department =
                create("tg-office", "Sở Nội vụ (hệ thống 2)", "DEPARTMENT", "tien-giang", "TG-SNV");
        assertThat(department.statusCode()).isEqualTo(201);

        assertRefused(
                create("tg-office", "Văn phòng", "OFFICE", "tien-giang", "TG-SNV"),
                403,
                "office-manages-departments",
                null);
        assertRefused(
                create("tg-office", "Sở Nội vụ Đồng Tháp", "DEPARTMENT", "dong-thap", "DT-SNV"),
                403,
                "own-province-only",
                null);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            tg-snv,      DEPARTMENT
            tg-approver, DEPARTMENT
            central,     DEPARTMENT
            """)
    void forbidsEveryoneElse(String caller, String role) {
        assertRefused(
                create(caller, "Sở Nội vụ", role, "tien-giang", "TG-SNV"),
                403,
                "clients-managed-by-admin-or-office",
                null);
        assertRefused(this.gateway.get("/api/clients", caller), 403, "clients-managed-by-admin-or-office", null);
    }

    @Test
    void refusesAUnitOfAnotherProvinceAnUnknownOneAndOneNoLongerInForce() {
        assertRefused(
                create("admin", "Sở Nội vụ", "DEPARTMENT", "ha-noi", "TG-SNV"),
                422,
                "unit-of-another-province",
                "unit");
        assertRefused(create("admin", "Sở Gì đó", "DEPARTMENT", "ha-noi", "HN-SGIDO"), 422, "unknown-unit", "unit");
        assertRefused(
                create("admin", "Sở Kế hoạch và Đầu tư", "DEPARTMENT", "tien-giang", "TG-SKHDT"),
                422,
                "unit-not-in-force",
                "unit");
    }

    @ParameterizedTest(name = "{4}: {5}")
    @CsvSource(nullValues = "-", textBlock = """
            -,         DEPARTMENT, ha-noi,     HN-SNV, name,     required
            Sở Nội vụ, MINISTER,   ha-noi,     HN-SNV, role,     role
            Sở Nội vụ, -,          ha-noi,     HN-SNV, role,     required
            Bộ Nội vụ, CENTRAL,    ha-noi,     BNV,    province, no-province
            Sở Nội vụ, DEPARTMENT, -,          HN-SNV, province, required
            Sở Nội vụ, DEPARTMENT, Hà Nội,     HN-SNV, province, province-code
            Sở Nội vụ, DEPARTMENT, ha-noi,     -,      unit,     required
            Sở Nội vụ, DEPARTMENT, ha-noi,     'HN SNV', unit,   unit-code
            """)
    void refusesBadInputNamingTheFieldAndTheRule(
            String name, String role, String province, String unit, String field, String rule) {
        assertRefused(create("admin", name, role, province, unit), 400, rule, field);
    }

    @Test
    void hidesAnotherProvincesClientsFromAnOffice() {
        String dongThap = (String)
                GatewayClient.json(create("admin", "Sở Nội vụ Đồng Tháp (2)", "DEPARTMENT", "dong-thap", "DT-SNV"))
                        .get("clientId");

        assertThat(this.gateway.get("/api/clients/" + dongThap, "tg-office").statusCode())
                .isEqualTo(404);
        assertThat(this.gateway
                        .send(this.gateway
                                .authorized("/api/clients/" + dongThap, "tg-office")
                                .DELETE())
                        .statusCode())
                .isEqualTo(404);
        assertRefused(
                this.gateway.get("/api/clients/tg-approver", "tg-office"), 403, "office-manages-departments", null);
        List<Map<String, Object>> seen = items(this.gateway.get("/api/clients?size=100", "tg-office"));
        assertThat(seen)
                .isNotEmpty()
                .allSatisfy(client -> assertThat(client)
                        .containsEntry("province", "tien-giang")
                        .containsEntry("role", "DEPARTMENT"));
        assertThat(items(this.gateway.get("/api/clients?province=dong-thap", "tg-office")))
                .isEmpty();
    }

    @Test
    void listsByProvinceAndRoleAPageAtATime() {
        HttpResponse<String> approvers = this.gateway.get("/api/clients?province=dong-thap&role=APPROVER", "admin");
        assertThat(approvers.statusCode()).isEqualTo(200);
        assertThat(GatewayClient.json(approvers)).containsEntry("total", 1).containsEntry("page", 0);
        assertThat(items(approvers))
                .singleElement()
                .satisfies(client -> assertThat(client)
                        .containsEntry("clientId", "dt-approver")
                        .doesNotContainKey("clientSecret"));

        HttpResponse<String> second = this.gateway.get("/api/clients?role=DEPARTMENT&page=1&size=3", "admin");
        assertThat(GatewayClient.json(second)).containsEntry("page", 1).containsEntry("size", 3);
        assertThat(items(second)).hasSize(3);

        assertRefused(this.gateway.get("/api/clients?size=0", "admin"), 400, "range", "size");
        assertRefused(this.gateway.get("/api/clients?page=-1", "admin"), 400, "range", "page");
        assertRefused(this.gateway.get("/api/clients?page=abc", "admin"), 400, "type", "page");
    }

    @Test
    void rotatesTheSecretAndTheOldOneStopsWorkingAtOnce() {
        Map<String, Object> client =
                GatewayClient.json(create("tg-office", "Sở Nội vụ (hệ thống 3)", "DEPARTMENT", "tien-giang", "TG-SNV"));
        String clientId = (String) client.get("clientId");

        HttpResponse<String> rotated = this.gateway.send(this.gateway
                .authorized("/api/clients/" + clientId + "/secret", "tg-office")
                .POST(HttpRequest.BodyPublishers.noBody()));

        assertThat(rotated.statusCode()).isEqualTo(200);
        String secret = (String) GatewayClient.json(rotated).get("clientSecret");
        assertThat(secret).isNotEqualTo(client.get("clientSecret"));
        assertThat(this.gateway
                        .requestToken(clientId, (String) client.get("clientSecret"))
                        .statusCode())
                .isEqualTo(401);
        assertThat(this.gateway.requestToken(clientId, secret).statusCode()).isEqualTo(200);
    }

    @Test
    void aRevokedClientGetsNoTokenAndItsTokensAreRefusedAtOnce() {
        Map<String, Object> client =
                GatewayClient.json(create("admin", "Sở Nội vụ Hà Nội (cũ)", "DEPARTMENT", "ha-noi", "HN-SNV"));
        String clientId = (String) client.get("clientId");
        String secret = (String) client.get("clientSecret");
        String token = (String)
                GatewayClient.json(this.gateway.requestToken(clientId, secret)).get("access_token");
        assertThat(callPlans(token).statusCode()).isEqualTo(200);

        HttpResponse<String> revoked = this.gateway.send(
                this.gateway.authorized("/api/clients/" + clientId, "admin").DELETE());

        assertThat(revoked.statusCode()).isEqualTo(204);
        assertThat(this.gateway.requestToken(clientId, secret).statusCode()).isEqualTo(401);
        HttpResponse<String> refused = callPlans(token);
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(GatewayClient.json(refused).get("detail").toString()).contains("revoked");
        assertThat(GatewayClient.json(this.gateway.get("/api/clients/" + clientId, "admin")))
                .containsKey("revokedAt")
                .containsEntry("revokedBy", "admin");
        assertRefused(
                this.gateway.send(this.gateway
                        .authorized("/api/clients/" + clientId + "/secret", "admin")
                        .POST(HttpRequest.BodyPublishers.noBody())),
                409,
                "client-revoked",
                null);
    }

    /** Another gateway replica revoked it: this one learns it from the database within its refresh interval. */
    @Test
    void refusesTheTokensOfAClientRevokedElsewhereWithinSeconds() throws InterruptedException {
        Map<String, Object> client =
                GatewayClient.json(create("admin", "Sở Nội vụ Hà Nội (máy 2)", "DEPARTMENT", "ha-noi", "HN-SNV"));
        String clientId = (String) client.get("clientId");
        String token =
                (String) GatewayClient.json(this.gateway.requestToken(clientId, (String) client.get("clientSecret")))
                        .get("access_token");

        this.mongo.updateFirst(
                Query.query(Criteria.where("_id").is(clientId)),
                Update.update("revokedAt", Instant.now()).set("revokedBy", "admin"),
                "clients");

        Instant deadline = Instant.now().plus(Duration.ofSeconds(5));
        int status = callPlans(token).statusCode();
        while (status == 200 && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            status = callPlans(token).statusCode();
        }
        assertThat(status).isEqualTo(401);
    }

    @Test
    void refusesAClientRevokingItself() {
        assertRefused(
                this.gateway.send(
                        this.gateway.authorized("/api/clients/admin", "admin").DELETE()),
                409,
                "own-client",
                null);
    }

    private HttpResponse<String> create(String caller, String name, String role, String province, String unit) {
        StringBuilder json = new StringBuilder("{");
        append(json, "name", name);
        append(json, "role", role);
        append(json, "province", province);
        append(json, "unit", unit);
        return this.gateway.postJson("/api/clients", caller, json.append('}').toString());
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

    private HttpResponse<String> callPlans(String token) {
        return this.gateway.send(this.gateway
                .request("/api/plans")
                .header("Authorization", "Bearer " + token)
                .GET());
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(HttpResponse<String> page) {
        return (List<Map<String, Object>>) GatewayClient.json(page).get("items");
    }

    @SuppressWarnings("unchecked")
    static void assertRefused(HttpResponse<String> response, int status, String rule, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        Map<String, Object> problem = GatewayClient.json(response);
        assertThat(problem)
                .containsEntry("rule", rule)
                .containsEntry("type", "https://conference.gov.vn/problems/" + rule);
        if (field != null) {
            assertThat((List<Map<String, Object>>) problem.get("errors"))
                    .singleElement()
                    .satisfies(error ->
                            assertThat(error).containsEntry("field", field).containsEntry("rule", rule));
        }
    }
}
