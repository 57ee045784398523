package vn.gov.conference.plan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.gov.conference.plan.SeedRequests;
import vn.gov.conference.testing.ApiClient.Response;
import vn.gov.conference.testing.IntegrationTest;
import vn.gov.conference.testing.TestTokens;
import vn.gov.conference.testing.contracts.DocumentedAnswers;

/** Every refusal the plan API gives, as carefully as its successes: the status, the problem, nothing changed. */
@IntegrationTest
@ExtendWith(DocumentedAnswers.class)
class PlanRefusalsIntegrationTests {

    @LocalServerPort
    int port;

    private PlanApi api;

    @BeforeEach
    void client() {
        api = new PlanApi(port);
    }

    private static void assertProblem(Response response, int status, String rule) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("rule").asString()).isEqualTo(rule);
    }

    private static List<String> fields(Response response) {
        return response.json()
                .get("errors")
                .valueStream()
                .map(e -> e.get("field").asString() + ":" + e.get("rule").asString())
                .toList();
    }

    private Response patch(String id, Object body, String ifMatch) {
        return api.http.patch("/api/plans/" + id, PlanApi.office(PlanApi.TG), body, ifMatch);
    }

    @Test
    void refusesCallersWithoutAValidToken() {
        assertProblem(api.http.get("/api/plans", null), 401, "unauthenticated");
        assertProblem(
                api.http.get("/api/plans", TestTokens.expired("tg-office", "OFFICE", "tien-giang", "TG-VPUBND")),
                401,
                "unauthenticated");
    }

    @Test
    void letsOnlyAnOfficeDraftAndOnlyInItsOwnProvince() {
        assertProblem(api.http.post("/api/plans", TestTokens.central(), SeedRequests.tienGiang()), 403, "role");
        assertProblem(
                api.http.post("/api/plans", TestTokens.department("tien-giang", "TG-SNV"), SeedRequests.tienGiang()),
                403,
                "role");
        assertProblem(api.http.post("/api/plans", PlanApi.approver(PlanApi.TG), SeedRequests.tienGiang()), 403, "role");
        assertProblem(api.create(PlanApi.DT, SeedRequests.tienGiang()), 403, "other-province");
    }

    @Test
    void hidesAnotherProvincesPlanAndDraftsFromDepartments() {
        String id = api.draft(PlanApi.TG, SeedRequests.tienGiang());

        String haNoiOffice = TestTokens.token("hn-office", "OFFICE", "ha-noi", "HN-VPUBND");
        assertProblem(api.get(id, haNoiOffice), 404, "not-found");
        assertProblem(api.get(id, TestTokens.department("tien-giang", "TG-SKHDT")), 404, "not-found");
        assertProblem(api.action(id, "submit", haNoiOffice, null), 404, "not-found");
        assertThat(api.get(id, TestTokens.central()).status()).isEqualTo(200);
        assertProblem(api.get("no-such-plan", TestTokens.central()), 404, "not-found");
    }

    @Test
    void showsADepartmentOnlyItsOwnAssignmentsOfAnApprovedPlan() {
        String id = api.submitted(PlanApi.DT, SeedRequests.dongThap());
        assertThat(api.approve(id, Map.of("issuedOn", "2021-06-29")).status()).isEqualTo(200);

        Response seen = api.get(id, TestTokens.department("dong-thap", "DT-SADEC"));

        assertThat(seen.status()).isEqualTo(200);
        assertThat(seen.json()
                        .get("assignments")
                        .valueStream()
                        .map(a -> a.get("id").asString())
                        .toList())
                .containsExactly("tham-luan-sa-dec");
        assertProblem(
                api.action(id, "cancel", TestTokens.department("dong-thap", "DT-SADEC"), Map.of("reason", "x")),
                403,
                "role");
        assertProblem(api.action(id, "cancel", TestTokens.central(), Map.of("reason", "x")), 403, "role");
        assertProblem(api.action(id, "cancel", PlanApi.office(PlanApi.DT), Map.of("reason", "x")), 403, "role");
    }

    @Test
    void namesEveryFieldThatBreaksARule() {
        ObjectNode plan = SeedRequests.tree("tien-giang-276.json");
        ((ObjectNode) plan.get("participants").get("groups").get(0)).put("unit", "TG-KHONGCO");
        ((ObjectNode) plan.get("assignments").get(12)).put("recipient", "TG-TTT");
        plan.putNull("title");

        Response refused = api.create(PlanApi.TG, SeedRequests.json(plan));

        assertProblem(refused, 400, "unknown-unit");
        assertThat(fields(refused))
                .as("units are resolved before the plan's own rules are read")
                .containsExactly("participants.groups[0].unit:unknown-unit");
        ((ObjectNode) plan.get("participants").get("groups").get(0)).put("unit", "TG-MTTQ");
        Response rules = api.create(PlanApi.TG, SeedRequests.json(plan));
        assertProblem(rules, 400, "plan-rules");
        assertThat(fields(rules)).containsExactlyInAnyOrder("title:required", "assignments[12].next:chain-owner");
    }

    @Test
    void refusesAPlanTooLargeForItsEventsNamingTheField() {
        ObjectNode plan = SeedRequests.tree("tien-giang-276.json");
        plan.put("title", "Hội nghị ".repeat(10_000));
        Response refused = api.create(PlanApi.TG, SeedRequests.json(plan));
        assertProblem(refused, 422, "max-length");
        assertThat(fields(refused)).containsExactly("title:max-length");
        // Past the gateway's body limit (1 MB), which the service holds too: refused before it is read.
        plan.put("title", "Hội nghị ".repeat(100_000));
        assertProblem(api.create(PlanApi.TG, SeedRequests.json(plan)), 413, "content-too-large");

        ObjectNode crowded = SeedRequests.tree("tien-giang-276.json");
        tools.jackson.databind.node.ArrayNode purposes = crowded.putArray("purposes");
        for (int i = 0; i < 201; i++) {
            purposes.add("Mục đích " + i);
        }
        assertThat(fields(api.create(PlanApi.TG, SeedRequests.json(crowded)))).containsExactly("purposes:max-items");

        ObjectNode heavy = SeedRequests.tree("tien-giang-276.json");
        tools.jackson.databind.node.ArrayNode requirements = heavy.putArray("requirements");
        for (int i = 0; i < 60; i++) {
            requirements.add("Yêu cầu ".repeat(220));
        }
        assertProblem(api.create(PlanApi.TG, SeedRequests.json(heavy)), 422, "max-total-length");

        String id = api.draft(PlanApi.TG, SeedRequests.tienGiang());
        Response patched = patch(id, Map.of("closing", "x".repeat(900_000)), "\"0\"");
        assertProblem(patched, 422, "max-length");
        assertThat(fields(patched)).containsExactly("closing:max-length");
    }

    @Test
    void refusesControlCharactersBidiOverridesAndLoneSurrogatesInTextNamingTheField() {
        String id = api.draft(PlanApi.TG, SeedRequests.tienGiang());
        for (String[] bad : new String[][] {
            {"Hội nghị\u0000", "control-character"},
            {"Hội nghị\r\nBcc: x", "control-character"},
            {"Báo cáo\u202Efdp.exe", "bidi-control"}
        }) {
            Response refused = patch(id, Map.of("title", bad[0]), "\"0\"");
            assertProblem(refused, 400, bad[1]);
            assertThat(fields(refused)).containsExactly("title:" + bad[1]);
        }
        ObjectNode plan = SeedRequests.tree("tien-giang-276.json");
        plan.put("title", "LONE");
        Response lone = api.create(PlanApi.TG, SeedRequests.json(plan).replace("\"LONE\"", "\"Hội nghị \\ud800\""));
        assertProblem(lone, 400, "lone-surrogate");
        assertThat(fields(lone)).containsExactly("title:lone-surrogate");

        Response noted = patch(id, Map.of("closing", "Nơi nhận:\n\t- Như trên"), "\"0\"");
        assertThat(noted.status())
                .as("a multi-line field keeps its line feeds and tabs")
                .isEqualTo(200);
    }

    @Test
    void refusesAValueOfTheWrongTypeNamingItsField() {
        ObjectNode plan = SeedRequests.tree("tien-giang-276.json");
        plan.put("format", "TRUC_TIEP");

        Response refused = api.create(PlanApi.TG, SeedRequests.json(plan));

        assertProblem(refused, 400, "unreadable-body");
        assertThat(fields(refused)).containsExactly("format:type");
        assertProblem(api.create(PlanApi.TG, "{\"title\": "), 400, "unreadable-body");
    }

    @Test
    void refusesOperationsTheStatusDoesNotAllowWith409() {
        String id = api.draft(PlanApi.TG, SeedRequests.tienGiang());

        Response refused = api.schedule(id, "2024-08-15T07:30:00+07:00");

        assertProblem(refused, 409, "illegal-transition");
        assertThat(refused.json().get("status").asString()).isEqualTo("DRAFT");
        assertThat(refused.json().get("operation").asString()).isEqualTo("schedule");
        assertProblem(
                api.action(id, "approve", PlanApi.approver(PlanApi.TG), Map.of("issuedOn", "2024-07-18")),
                409,
                "illegal-transition");
        assertProblem(api.action(id, "hold", PlanApi.office(PlanApi.TG), null), 409, "illegal-transition");
        assertProblem(api.action(id, "approve", PlanApi.office(PlanApi.TG), null), 403, "role");
        assertThat(api.get(id, PlanApi.office(PlanApi.TG)).json().get("status").asString())
                .isEqualTo("DRAFT");
    }

    @Test
    void editsADraftOnlyAtTheVersionTheClientRead() {
        String id = api.draft(PlanApi.TG, SeedRequests.tienGiang());
        Map<String, Object> retitle = Map.of("title", "Hội nghị đánh giá các chỉ số năm 2023");

        assertProblem(patch(id, retitle, null), 428, "if-match-required");
        assertProblem(patch(id, retitle, "\"7\""), 412, "stale-version");
        assertProblem(patch(id, retitle, "abc"), 400, "etag");
        assertProblem(patch(id, retitle, "*"), 428, "precise-etag-required");
        Response edited = patch(id, retitle, "\"0\"");

        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(edited.header("ETag")).contains("\"1\"");
        assertThat(edited.json().get("title").asString()).isEqualTo("Hội nghị đánh giá các chỉ số năm 2023");
        assertThat(edited.json().get("assignments"))
                .as("a merge patch leaves the rest")
                .hasSize(15);
        assertProblem(patch(id, Map.of("title", "Lần hai"), "\"0\""), 412, "stale-version");
        assertProblem(api.action(id, "submit", PlanApi.office(PlanApi.TG), null, "\"0\""), 412, "stale-version");
        assertThat(api.get(id, PlanApi.office(PlanApi.TG)).json().get("title").asString())
                .isEqualTo("Hội nghị đánh giá các chỉ số năm 2023");
    }

    @Test
    void keepsTheProvinceAndIssuerOfADraft() {
        String id = api.draft(PlanApi.TG, SeedRequests.tienGiang());

        Response refused = patch(id, Map.of("province", "dong-thap"), "\"0\"");

        assertProblem(refused, 400, "immutable");
        assertThat(fields(refused)).containsExactly("province:immutable");
    }

    @Test
    void refusesToSubmitAnIncompletePlanWith422() {
        String id = api.draft(PlanApi.TG, SeedRequests.tienGiang());
        java.util.HashMap<String, Object> removeChairAndSigner = new java.util.HashMap<>();
        removeChairAndSigner.put("chair", null);
        removeChairAndSigner.put("signer", null);
        assertThat(patch(id, removeChairAndSigner, "\"0\"").status()).isEqualTo(200);

        Response refused = api.submit(id);

        assertProblem(refused, 422, "plan-incomplete");
        assertThat(fields(refused)).containsExactly("chair:required", "signer:required");
        assertThat(api.get(id, PlanApi.office(PlanApi.TG)).json().get("status").asString())
                .isEqualTo("DRAFT");
    }

    @Test
    void refusesAnEditOnceSubmittedAndAScheduleOutsideTheWindow() {
        String id = api.submitted(PlanApi.TG, SeedRequests.tienGiang());
        assertProblem(patch(id, Map.of("title", "x"), "\"1\""), 409, "illegal-transition");
        assertThat(api.approve(id, Map.of("issuedOn", "2024-07-18")).status()).isEqualTo(200);

        Response refused = api.schedule(id, "2024-10-03T08:00:00+07:00");

        assertProblem(refused, 400, "outside-window");
        assertThat(fields(refused)).containsExactly("start:outside-window");
        assertProblem(
                api.action(
                        id, "amend", PlanApi.approver(PlanApi.TG), Map.of("reason", "Không đổi", "changes", Map.of())),
                400,
                "nothing-changed");
        assertProblem(
                api.action(
                        id,
                        "amend",
                        PlanApi.office(PlanApi.TG),
                        Map.of("reason", "Đổi", "changes", Map.of("chair", "Chủ tịch"))),
                403,
                "role");
        assertProblem(api.approve(id, Map.of("issuedOn", "2024-07-18")), 409, "illegal-transition");
    }

    @Test
    void guardsTheDocumentRegister() {
        assertProblem(api.setRegister("TG-UBND", 2019, 5, TestTokens.department("tien-giang", "TG-SNV")), 403, "role");
        assertProblem(api.setRegister("TG-UBND", 2019, 5, PlanApi.office(PlanApi.DT)), 404, "not-found");
        assertProblem(api.setRegister("TG-UBND", 2019, 5, TestTokens.central()), 403, "role");
        assertProblem(api.setRegister("TG-UBND", 2019, 0, PlanApi.office(PlanApi.TG)), 400, "positive");
        assertThat(api.setRegister("TG-UBND", 2019, 5, PlanApi.office(PlanApi.TG))
                        .status())
                .isEqualTo(200);
        Response back = api.setRegister("TG-UBND", 2019, 3, PlanApi.office(PlanApi.TG));

        assertProblem(back, 409, "register-passed");
        JsonNode register = api.http
                .get("/api/registers/TG-UBND/2019", TestTokens.central())
                .json();
        assertThat(register.get("nextNumber").asInt()).isEqualTo(5);
        assertProblem(api.http.get("/api/registers/XX-UBND/2019", TestTokens.central()), 404, "not-found");
    }
}
