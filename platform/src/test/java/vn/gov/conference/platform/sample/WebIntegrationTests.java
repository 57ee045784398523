package vn.gov.conference.platform.sample;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.gov.conference.testing.ApiClient;
import vn.gov.conference.testing.ApiClient.Response;
import vn.gov.conference.testing.IntegrationTest;
import vn.gov.conference.testing.TestTokens;

/** The shared web behaviour: authentication, the caller's rules, and problem details that name field and rule. */
@IntegrationTest
class WebIntegrationTests {

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    vn.gov.conference.platform.render.RenderSlots renders;

    @Test
    void refusesACallWithoutAToken() {
        Response response = api().get("/api/parcels/x", null);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.header("WWW-Authenticate")).contains("Bearer");
    }

    @Test
    void refusesATamperedToken() {
        String token = TestTokens.office("tien-giang");
        String[] parts = token.split("\\.");
        String forged = parts[0] + "." + parts[1].substring(0, parts[1].length() - 4) + "AAAA." + parts[2];

        assertThat(api().get("/api/parcels/x", forged).status()).isEqualTo(401);
        assertThat(api().get("/api/parcels/x", TestTokens.expired("tg-office", "OFFICE", "tien-giang", "TG-VPUBND"))
                        .status())
                .isEqualTo(401);
    }

    @Test
    void namesTheFieldAndTheRuleOfInvalidInput() {
        Response response =
                api().post("/api/parcels", TestTokens.office("tien-giang"), "{\"title\":\"  \",\"seats\":0}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("errors").toString())
                .contains("\"field\":\"title\"", "\"rule\":\"not-blank\"", "\"field\":\"seats\"", "\"rule\":\"min\"");
    }

    @Test
    void namesTheFieldOfAValueOfTheWrongFormat() {
        Response response = api().post(
                        "/api/parcels",
                        TestTokens.office("tien-giang"),
                        "{\"title\":\"Hội nghị\",\"seats\":3,\"day\":\"31/02/2024\"}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().at("/errors/0/field").asString()).isEqualTo("day");
        assertThat(api().post("/api/parcels", TestTokens.office("tien-giang"), "{oops")
                        .status())
                .isEqualTo(400);
    }

    @Test
    void refusesTheWrongRoleWith403AndHidesAnotherProvincesResourceWith404() {
        assertThat(api().post(
                                "/api/parcels",
                                TestTokens.department("tien-giang", "TG-SNV"),
                                "{\"title\":\"x\",\"seats\":1}")
                        .status())
                .isEqualTo(403);

        String id = api().post("/api/parcels", TestTokens.office("tien-giang"), "{\"title\":\"x\",\"seats\":1}")
                .json()
                .get("id")
                .asString();
        assertThat(api().get("/api/parcels/" + id, TestTokens.office("tien-giang"))
                        .status())
                .isEqualTo(200);
        assertThat(api().get("/api/parcels/" + id, TestTokens.central()).status())
                .isEqualTo(200);
        Response hidden = api().get("/api/parcels/" + id, TestTokens.office("dong-thap"));
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(hidden.body()).doesNotContain("tien-giang");
    }

    @Test
    void answersHealthWithItsStatusAloneUnlessTheCallerIsAnAdmin() {
        Response anonymous = api().get("/actuator/health", null);
        assertThat(anonymous.status()).as(anonymous.body()).isEqualTo(200);
        assertThat(anonymous.json().get("status").asString()).isEqualTo("UP");
        assertThat(anonymous.json().has("components")).as(anonymous.body()).isFalse();
        assertThat(anonymous.body()).doesNotContain("mongo", "kafka", "conference.");
        Response office = api().get("/actuator/health", TestTokens.office("tien-giang"));
        assertThat(office.json().has("components")).as(office.body()).isFalse();
        assertThat(api().get("/actuator/health/readiness", null).json().has("components"))
                .isFalse();

        Response admin = api().get("/actuator/health", admin());
        assertThat(admin.json().has("components")).as(admin.body()).isTrue();
    }

    @Test
    void keepsMetricsAndTheOtherActuatorEndpointsForAdmins() {
        assertThat(api().get("/actuator/metrics", null).status()).isEqualTo(401);
        for (String token : new String[] {
            TestTokens.office("tien-giang"), TestTokens.central(), TestTokens.department("tien-giang", "TG-SNV")
        }) {
            Response refused = api().get("/actuator/metrics", token);
            assertThat(refused.status()).as(refused.body()).isEqualTo(403);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(api().get("/actuator/metrics/jvm.memory.used", token).status())
                    .isEqualTo(403);
            assertThat(api().get("/actuator", token).status()).isEqualTo(403);
        }
        Response metrics = api().get("/actuator/metrics", admin());
        assertThat(metrics.status()).as(metrics.body()).isEqualTo(200);
        assertThat(metrics.json().get("names").toString()).contains("jvm.memory.used");
        assertThat(api().get("/actuator/prometheus", null).status()).isEqualTo(200);
        assertThat(api().get("/actuator/info", null).status()).isEqualTo(200);
    }

    @Test
    void servesHealthMetricsAndTheAsyncApiDocumentWithoutAToken() {
        Response health = api().get("/actuator/health", null);
        assertThat(health.status()).as(health.body()).isEqualTo(200);
        assertThat(api().get("/actuator/prometheus", null).body()).contains("conference_outbox_published");
        Response asyncApi = api().get("/asyncapi.json", null);
        assertThat(asyncApi.json().get("asyncapi").asString()).isEqualTo("3.0.0");
        assertThat(asyncApi.json().at("/channels/conference.plan.v1/address").asString())
                .isEqualTo("conference.plan.v1");
        // AsyncAPI 3.0: a message's payload refers to its record's one entry in components/schemas.
        String payload = asyncApi.json()
                .at("/components/messages/PlanCancelled/payload/$ref")
                .asString();
        assertThat(payload).startsWith("#/components/schemas/");
        assertThat(asyncApi.json()
                        .at(payload.substring(1) + "/properties/reason/type")
                        .asString())
                .isEqualTo("string");
    }

    @Test
    void echoesASafeRequestIdAndReplacesAnUnsafeOne() {
        Response kept = api().send(api().request("/actuator/health", null)
                .header("X-Request-Id", "req-123")
                .build());
        assertThat(kept.header("X-Request-Id")).contains("req-123");

        Response replaced = api().send(api().request("/actuator/health", null)
                .header("X-Request-Id", "bad id <script>alert(1)</script>")
                .build());
        assertThat(replaced.header("X-Request-Id")).isPresent().get().asString().doesNotContain("script");
    }

    @Test
    void keepsEveryRequestIdTheGatewayKeepsSoThatTheLogsLineUp() {
        for (String id : new String[] {"gw:2024-07-18:0001", "a".repeat(128)}) {
            Response kept = api().send(api().request("/actuator/health", null)
                    .header("X-Request-Id", id)
                    .build());
            assertThat(kept.header("X-Request-Id")).contains(id);
        }
        Response tooLong = api().send(api().request("/actuator/health", null)
                .header("X-Request-Id", "a".repeat(129))
                .build());
        assertThat(tooLong.header("X-Request-Id")).isPresent().get().asString().hasSize(36);
    }

    private static String admin() {
        return TestTokens.token("platform-operator", "ADMIN", null, null);
    }

    private ApiClient api() {
        return ApiClient.onPort(port);
    }

    @Test
    void answersEveryListAsAPageWithItsTotal() {
        String token = TestTokens.office("tien-giang");

        Response first = api().get("/api/parcels/labels", token);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().get("items")).hasSize(20);
        assertThat(first.json().get("page").asInt()).isZero();
        assertThat(first.json().get("size").asInt()).isEqualTo(20);
        assertThat(first.json().get("total").asLong()).isEqualTo(45);

        Response last = api().get("/api/parcels/labels?page=2&size=20", token);
        assertThat(last.json().get("items")).hasSize(5);
        assertThat(last.json().at("/items/0").asString()).isEqualTo("label-41");

        Response past = api().get("/api/parcels/labels?page=9&size=20", token);
        assertThat(past.status()).isEqualTo(200);
        assertThat(past.json().get("items")).isEmpty();
        assertThat(past.json().get("total").asLong()).isEqualTo(45);
    }

    @Test
    void refusesAPageOrSizeOutOfRangeNamingTheParameter() {
        String token = TestTokens.office("tien-giang");

        for (String query : new String[] {"page=-1", "size=0", "size=101", "page=abc"}) {
            Response refused = api().get("/api/parcels/labels?" + query, token);
            String field = query.substring(0, query.indexOf('='));
            assertThat(refused.status()).as(query).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().at("/errors/0/field").asString())
                    .as(query)
                    .isEqualTo(field);
            assertThat(refused.json().at("/errors/0/rule").asString())
                    .as(query)
                    .isEqualTo(query.equals("page=abc") ? "type" : "range");
        }
    }

    @Test
    void refusesARenderAtOnceWhenEverySlotIsBusy() throws Exception {
        String token = TestTokens.office("tien-giang");
        assertThat(api().get("/api/parcels/p-1/label.pdf", token).status()).isEqualTo(200);

        java.util.List<AutoCloseable> held = new java.util.ArrayList<>();
        try {
            while (renders.available() > 0) {
                held.add(renders.hold());
            }
            long started = System.nanoTime();
            Response busy = api().get("/api/parcels/p-1/label.pdf", token);

            assertThat(java.time.Duration.ofNanos(System.nanoTime() - started))
                    .isLessThan(java.time.Duration.ofSeconds(2));
            assertThat(busy.status()).isEqualTo(503);
            assertThat(busy.header("Retry-After")).hasValue("5");
            assertThat(busy.json().get("rule").asString()).isEqualTo("render-busy");
        } finally {
            for (AutoCloseable slot : held) {
                slot.close();
            }
        }
        assertThat(api().get("/api/parcels/p-1/label.pdf", token).status()).isEqualTo(200);
    }
}
