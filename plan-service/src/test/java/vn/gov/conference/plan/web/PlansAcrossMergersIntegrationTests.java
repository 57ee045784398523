package vn.gov.conference.plan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.conference.plan.web.NationalPlans.admin;
import static vn.gov.conference.plan.web.NationalPlans.office;
import static vn.gov.conference.plan.web.NationalPlans.plan;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.gov.conference.plan.SeedRequests;
import vn.gov.conference.testing.ApiClient.Response;
import vn.gov.conference.testing.IntegrationTest;
import vn.gov.conference.testing.TestTokens;
import vn.gov.conference.testing.contracts.DocumentedAnswers;

/**
 * Plans follow the reference data: a 2026 plan cannot name a department merged in 2025 and is led by the merged
 * one, every province in force can plan, a 2024 plan keeps what it had, the merged province reads its predecessors'
 * plans as history, and the central agency sees who has planned and who has not.
 */
@IntegrationTest
@ExtendWith(DocumentedAnswers.class)
class PlansAcrossMergersIntegrationTests {

    @LocalServerPort
    int port;

    private PlanApi api;

    @BeforeEach
    void client() {
        api = new PlanApi(port);
    }

    private static void assertProblem(Response response, int status, String rule) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.json().get("rule").asString()).as(response.body()).isEqualTo(rule);
    }

    private Response draft(String token, Object body) {
        return api.http.post("/api/plans", token, body);
    }

    @Test
    void refusesA2026PlanNamingADepartmentMergedIn2025AndNamesWhatTookItOver() {
        Response refused = draft(office("dong-thap", "DT"), plan("dong-thap", 2, 2026, 2025, "DT-SKHDT", "TG-SNV"));

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        JsonNode errors = refused.json().get("errors");
        assertThat(errors.get(0).get("rule").asString()).isEqualTo("unit-dissolved");
        assertThat(errors.get(0).get("message").asString())
                .contains("DT-SKHDT", "đã sáp nhập vào DT-STC", "Sở Tài chính tỉnh Đồng Tháp", "từ 01/3/2025");
        assertThat(errors.get(1).get("message").asString()).contains("TG-SNV", "DT-SNV");
    }

    @Test
    void leadsA2026PciReviewByTheProvincesFinanceDepartment() {
        Response created = draft(office("dong-thap", "DT"), plan("dong-thap", 2, 2026, 2025, "DT-STC", "DT-SKHCN"));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode pci = created.json().get("indices").get(0);
        assertThat(pci.get("lead").get("code").asString()).isEqualTo("DT-STC");
        assertThat(pci.get("lead").get("name").asString()).isEqualTo("Sở Tài chính tỉnh Đồng Tháp");
        assertThat(created.json().get("issuer").get("body").get("code").asString())
                .isEqualTo("DT-UBND");
    }

    @Test
    void letsAnyProvinceInForceDraftAndKeepsA2024PlanAsItWas() {
        Response haNoi = draft(office("ha-noi", "HN"), plan("ha-noi", 1, 2026, 2025, "HN-STC", "HN-SNV"));
        assertThat(haNoi.status()).as(haNoi.body()).isEqualTo(201);
        assertThat(haNoi.json().get("issuer").get("body").get("name").asString())
                .isEqualTo("Ủy ban nhân dân thành phố Hà Nội");
        Response hue = draft(office("hue", "HUE"), plan("hue", 1, 2026, 2025, "HUE-STC"));
        assertThat(hue.status()).as(hue.body()).isEqualTo(201);
        assertProblem(
                draft(office("tien-giang", "TG"), plan("tien-giang", 1, 2026, 2025, "BNV")), 400, "province-not-valid");

        String historic = api.draft(PlanApi.TG, SeedRequests.tienGiang());
        JsonNode seen = api.get(historic, TestTokens.central()).json();
        assertThat(seen.get("issuer").get("body").get("code").asString()).isEqualTo("TG-UBND");
        assertThat(seen.get("indices")
                        .valueStream()
                        .filter(i -> i.get("code").asString().equals("PCI"))
                        .findFirst()
                        .orElseThrow()
                        .get("lead")
                        .get("code")
                        .asString())
                .isEqualTo("TG-SKHDT");
        assertThat(seen.get("participants")
                        .get("groups")
                        .valueStream()
                        .map(g -> g.get("unit").get("code").asString())
                        .toList())
                .contains("TG-SKHDT", "TG-STTTT", "TG-MYTHO");
    }

    @Test
    void appliesAUnitWrittenThroughTheApiAtOnce() {
        Map<String, Object> naming = plan("dong-thap", 3, 2026, 2025, "DT-TTCDS");
        assertThat(draft(office("dong-thap", "DT"), naming).status()).isEqualTo(400);

        Response unit = api.http.post(
                "/api/reference/units",
                admin(),
                Map.of(
                        "code",
                        "DT-TTCDS",
                        "name",
                        "Trung tâm Chuyển đổi số tỉnh Đồng Tháp",
                        "province",
                        "dong-thap",
                        "kind",
                        "SERVICE_CENTRE",
                        "validFrom",
                        "2025-07-01"));
        assertThat(unit.status()).as(unit.body()).isEqualTo(201);

        Response accepted = draft(office("dong-thap", "DT"), naming);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
        assertProblem(
                api.http.post("/api/reference/units/DT-TTCDS/end", admin(), Map.of("lastDay", "2026-12-31")),
                409,
                "unit-in-use");
        String id = accepted.json().get("id").asString();
        assertThat(api.action(id, "cancel", office("dong-thap", "DT"), Map.of("reason", "Hoãn"))
                        .status())
                .isEqualTo(200);
        Response ended = api.http.post(
                "/api/reference/units/DT-TTCDS/end", admin(), Map.of("lastDay", "2026-12-31", "successor", "DT-SKHCN"));
        assertThat(ended.status()).as(ended.body()).isEqualTo(200);
        assertThat(api.get(id, TestTokens.central())
                        .json()
                        .get("participants")
                        .get("groups")
                        .get(0)
                        .get("unit")
                        .get("name")
                        .asString())
                .as("a plan keeps the name it copied")
                .isEqualTo("Trung tâm Chuyển đổi số tỉnh Đồng Tháp");
    }

    @Test
    void letsTheMergedProvinceReadItsPredecessorsPlansButChangeNone() {
        String tienGiang = api.draft(PlanApi.TG, SeedRequests.tienGiang());
        String dtOffice = PlanApi.office(PlanApi.DT);

        assertThat(api.get(tienGiang, dtOffice).status()).isEqualTo(200);
        assertThat(api.get(tienGiang, PlanApi.approver(PlanApi.DT)).status()).isEqualTo(200);
        assertThat(api.http
                        .get("/api/plans?province=tien-giang&size=100", dtOffice)
                        .json()
                        .get("items")
                        .valueStream()
                        .map(p -> p.get("id").asString())
                        .toList())
                .contains(tienGiang);
        assertThat(api.http
                        .get("/api/plans?size=100", dtOffice)
                        .json()
                        .get("items")
                        .valueStream()
                        .map(p -> p.get("province").asString())
                        .distinct()
                        .toList())
                .contains("tien-giang");
        assertProblem(api.action(tienGiang, "submit", dtOffice, null), 403, "history-read-only");
        assertProblem(api.action(tienGiang, "cancel", dtOffice, Map.of("reason", "x")), 403, "history-read-only");
        assertProblem(api.get(tienGiang, TestTokens.department("dong-thap", "DT-SNV")), 404, "not-found");
        assertProblem(api.get(tienGiang, office("ha-noi", "HN")), 404, "not-found");
        assertThat(api.http
                        .get("/api/plans", PlanApi.office(PlanApi.TG))
                        .json()
                        .get("items")
                        .valueStream()
                        .map(p -> p.get("province").asString())
                        .distinct()
                        .toList())
                .containsExactly("tien-giang");
    }

    @Test
    void showsTheCentralAgencyEveryProvinceWithItsPlansOrNone() {
        // results of 2019: a year no other test plans, since the test database may be shared
        Response drafted = draft(office("tien-giang", "TG"), plan("tien-giang", 1, 2020, 2019, "TG-SNV"));
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);
        String tienGiang = drafted.json().get("id").asString();

        Response coverage = api.http.get("/api/readiness/coverage?year=2019&on=2026-01-01", TestTokens.central());
        assertThat(coverage.status()).as(coverage.body()).isEqualTo(200);
        JsonNode provinces = coverage.json().get("provinces");
        assertThat(provinces).hasSize(34);
        JsonNode dongThap = row(provinces, "dong-thap");
        assertThat(dongThap.get("includes")
                        .valueStream()
                        .map(JsonNode::asString)
                        .toList())
                .containsExactlyInAnyOrder("dong-thap", "tien-giang");
        assertThat(dongThap.get("planned").asBoolean()).isTrue();
        JsonNode pci = dongThap.get("indices")
                .valueStream()
                .filter(i -> i.get("index").asString().equals("PCI"))
                .findFirst()
                .orElseThrow();
        assertThat(pci.get("stage").asString()).isEqualTo("DRAFT");
        assertThat(pci.get("plans")).singleElement().satisfies(p -> {
            assertThat(p.get("id").asString()).isEqualTo(tienGiang);
            assertThat(p.get("province").asString()).isEqualTo("tien-giang");
        });
        JsonNode haNoi = row(provinces, "ha-noi");
        assertThat(haNoi.get("planned").asBoolean()).isFalse();
        assertThat(haNoi.get("indices")
                        .valueStream()
                        .map(i -> i.get("stage").isNull())
                        .distinct()
                        .toList())
                .containsExactly(true);
        assertThat(coverage.json().get("totals").get("unplanned").asInt()).isEqualTo(33);

        JsonNode historic = api.http
                .get("/api/readiness/coverage?year=2019&grouping=historic", TestTokens.central())
                .json();
        assertThat(historic.get("on").asString()).isEqualTo("2019-12-31");
        assertThat(historic.get("provinces")).hasSize(63);
        assertThat(row(historic.get("provinces"), "tien-giang").get("planned").asBoolean())
                .isTrue();
        assertThat(row(historic.get("provinces"), "dong-thap").get("planned").asBoolean())
                .isFalse();

        JsonNode pciOnly = api.http
                .get("/api/readiness/coverage?year=2019&index=chi%20so%20pci", TestTokens.central())
                .json();
        assertThat(row(pciOnly.get("provinces"), "dong-thap").get("indices"))
                .singleElement()
                .satisfies(i -> assertThat(i.get("stage").asString()).isEqualTo("DRAFT"));
        assertThat(api.http
                        .get("/api/readiness/coverage?year=2018", TestTokens.central())
                        .json()
                        .get("totals")
                        .get("planned")
                        .asInt())
                .isZero();
        assertProblem(api.http.get("/api/readiness/coverage?year=2019", PlanApi.office(PlanApi.DT)), 403, "role");
        assertProblem(api.http.get("/api/readiness/coverage?year=2019", admin()), 403, "role");
        assertProblem(
                api.http.get("/api/readiness/coverage?year=2019&grouping=x", TestTokens.central()),
                400,
                "unknown-grouping");
        assertProblem(
                api.http.get("/api/readiness/coverage?year=2019&index=GDP", TestTokens.central()),
                400,
                "unknown-index");
    }

    private static JsonNode row(JsonNode provinces, String code) {
        return provinces
                .valueStream()
                .filter(p -> p.get("code").asString().equals(code))
                .findFirst()
                .orElseThrow();
    }
}
