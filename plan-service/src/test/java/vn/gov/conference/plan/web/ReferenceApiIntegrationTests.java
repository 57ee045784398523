package vn.gov.conference.plan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.conference.plan.web.NationalPlans.admin;
import static vn.gov.conference.plan.web.NationalPlans.department;
import static vn.gov.conference.plan.web.NationalPlans.office;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.gov.conference.testing.ApiClient;
import vn.gov.conference.testing.ApiClient.Response;
import vn.gov.conference.testing.IntegrationTest;
import vn.gov.conference.testing.TestTokens;
import vn.gov.conference.testing.contracts.DocumentedAnswers;

/** The reference data as integrators read it, and as the operators and the offices change it. */
@IntegrationTest
@ExtendWith(DocumentedAnswers.class)
class ReferenceApiIntegrationTests {

    @LocalServerPort
    int port;

    private static List<String> codes(JsonNode items) {
        return items.valueStream().map(p -> p.get("code").asString()).toList();
    }

    private static void assertProblem(Response response, int status, String rule) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("rule").asString()).as(response.body()).isEqualTo(rule);
    }

    private static void assertProblem(Response response, int status, String field, String rule) {
        assertProblem(response, status, rule);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
    }

    @Test
    void servesProvincesUnitsAndIndicesWithTheirValidity() {
        ApiClient api = ApiClient.onPort(port);
        String token = TestTokens.department("dong-thap", "DT-SADEC");

        JsonNode in2026 =
                api.get("/api/reference/provinces?on=2026-01-01", token).json();
        assertThat(in2026).hasSize(34);
        assertThat(codes(in2026))
                .contains("dong-thap", "ha-noi", "ho-chi-minh", "da-nang")
                .doesNotContain("tien-giang");
        assertThat(in2026.valueStream()
                        .filter(p -> p.get("code").asString().equals("dong-thap"))
                        .findFirst()
                        .orElseThrow()
                        .get("predecessors")
                        .valueStream()
                        .map(JsonNode::asString)
                        .toList())
                .containsExactly("dong-thap", "tien-giang");
        JsonNode in2024 =
                api.get("/api/reference/provinces?on=2024-07-18", token).json();
        assertThat(in2024).hasSize(63);
        assertThat(in2024.valueStream()
                        .filter(p -> p.get("code").asString().equals("tien-giang"))
                        .findFirst()
                        .orElseThrow()
                        .get("successor")
                        .asString())
                .isEqualTo("dong-thap");
        assertThat(api.get("/api/reference/provinces", token).json())
                .as("today")
                .hasSize(34);
        assertThat(api.get("/api/reference/provinces/dong-thap", token).json()).hasSize(2);
        assertThat(api.get("/api/reference/provinces/atlantis", token).status()).isEqualTo(404);

        assertThat(api.get(
                                "/api/reference/units?province=dong-thap&on=2021-07-07&kind=DISTRICT_PEOPLES_COMMITTEE",
                                token)
                        .json()
                        .get("total")
                        .asInt())
                .isEqualTo(12);
        assertThat(api.get(
                                "/api/reference/units?province=dong-thap&on=2025-07-01&kind=DISTRICT_PEOPLES_COMMITTEE",
                                token)
                        .json()
                        .get("items"))
                .isEmpty();
        JsonNode page = api.get("/api/reference/units?province=dong-thap&on=2026-01-01&size=5&page=1", token)
                .json();
        assertThat(page.get("items")).hasSize(5);
        assertThat(page.get("total").asInt()).isGreaterThan(20);
        assertThat(codes(api.get("/api/reference/units?province=dong-thap&on=2026-01-01&q=so%20tai%20chinh", token)
                        .json()
                        .get("items")))
                .containsExactly("DT-STC");
        assertThat(api.get("/api/reference/units?size=101", token).status()).isEqualTo(400);
        assertThat(api.get("/api/reference/units/TG-UBND", token)
                        .json()
                        .get(0)
                        .get("validTo")
                        .asString())
                .isEqualTo("2025-06-30");

        JsonNode indices =
                api.get("/api/reference/indices?on=2026-01-01", token).json();
        assertThat(indices).hasSize(7);
        JsonNode dti = indices.valueStream()
                .filter(i -> i.get("code").asString().equals("DTI"))
                .findFirst()
                .orElseThrow();
        assertThat(dti.get("publisher").asString()).isEqualTo("Bộ Khoa học và Công nghệ");
        assertThat(dti.get("leadKind").asString()).isEqualTo("SCIENCE_AND_TECHNOLOGY");
        assertThat(api.get("/api/reference/indices/PCI/lead?province=tien-giang&on=2024-07-18", token)
                        .json()
                        .get("code")
                        .asString())
                .isEqualTo("TG-SKHDT");
        assertThat(api.get("/api/reference/indices/PCI/lead?province=dong-thap&on=2026-01-01", token)
                        .json()
                        .get("name")
                        .asString())
                .isEqualTo("Sở Tài chính tỉnh Đồng Tháp");
        assertThat(api.get("/api/reference/indices/PCI/lead?province=tien-giang&on=2025-08-01", token)
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/reference/units/XX", token).status()).isEqualTo(404);
        assertThat(api.post("/api/reference/indices", token, "{}").status()).isEqualTo(405);
    }

    @Test
    void letsTheOperatorsChangeProvincesAndRefusesWhatBreaksTheData() {
        ApiClient api = ApiClient.onPort(port);
        Map<String, Object> island =
                Map.of("code", "dao-moi", "name", "Đảo Mới", "unitPrefix", "DM", "validFrom", "2027-01-01");

        assertProblem(api.post("/api/reference/provinces", office("dong-thap", "DT"), island), 403, "role");
        assertProblem(api.post("/api/reference/provinces", TestTokens.central(), island), 403, "role");
        Response created = api.post("/api/reference/provinces", admin(), island);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("fullName").asString()).isEqualTo("tỉnh Đảo Mới");

        assertProblem(
                api.post(
                        "/api/reference/provinces",
                        admin(),
                        Map.of("code", "dao-moi", "name", "Đảo Mới", "unitPrefix", "DM", "validFrom", "2027-06-01")),
                422,
                "validFrom",
                "overlapping-validity");
        assertProblem(
                api.post(
                        "/api/reference/provinces",
                        admin(),
                        Map.of(
                                "code",
                                "dao-khac",
                                "name",
                                "Đảo Khác",
                                "unitPrefix",
                                "DK",
                                "predecessors",
                                List.of("atlantis"))),
                422,
                "predecessors",
                "unknown-predecessor");
        assertProblem(
                api.patch(
                        "/api/reference/provinces/dao-moi",
                        admin(),
                        Map.of("validTo", "2030-12-31", "successor", "atlantis"),
                        null),
                422,
                "successor",
                "unknown-successor");
        assertProblem(
                api.post("/api/reference/provinces", admin(), Map.of("code", "Đảo", "name", "Đảo", "unitPrefix", "D")),
                422,
                "code",
                "slug");

        Response ended = api.patch(
                "/api/reference/provinces/dao-moi",
                admin(),
                Map.of("validTo", "2030-12-31", "successor", "dong-thap"),
                null);
        assertThat(ended.status()).as(ended.body()).isEqualTo(200);
        assertThat(api.get("/api/reference/provinces?on=2031-01-01", admin()).json())
                .hasSize(34);
        assertThat(api.get("/api/reference/provinces?on=2028-01-01", admin()).json())
                .hasSize(35);
    }

    @Test
    void letsAnOfficeManageItsOwnProvincesUnitsOnly() {
        ApiClient api = ApiClient.onPort(port);
        Map<String, Object> board = Map.of(
                "code",
                "DT-BQLDA",
                "name",
                "Ban Quản lý dự án đầu tư xây dựng tỉnh",
                "province",
                "dong-thap",
                "kind",
                "MANAGEMENT_BOARD",
                "validFrom",
                "2025-07-01");

        assertProblem(api.post("/api/reference/units", office("tien-giang", "TG"), board), 404, "not-found");
        assertProblem(api.post("/api/reference/units", office("ha-noi", "HN"), board), 404, "not-found");
        assertProblem(api.post("/api/reference/units", department("dong-thap", "DT-SNV"), board), 403, "role");
        assertProblem(api.post("/api/reference/units", NationalPlans.approver("dong-thap", "DT"), board), 403, "role");
        Response created = api.post("/api/reference/units", office("dong-thap", "DT"), board);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(codes(api.get("/api/reference/units?province=dong-thap&on=2026-01-01&kind=MANAGEMENT_BOARD", admin())
                        .json()
                        .get("items")))
                .contains("DT-BQLDA");

        assertProblem(
                api.post(
                        "/api/reference/units",
                        office("dong-thap", "DT"),
                        Map.of(
                                "code",
                                "DT-BQLDA",
                                "name",
                                "Ban khác",
                                "province",
                                "dong-thap",
                                "kind",
                                "MANAGEMENT_BOARD",
                                "validFrom",
                                "2026-01-01")),
                422,
                "validFrom",
                "overlapping-validity");
        assertProblem(
                api.post(
                        "/api/reference/units",
                        office("dong-thap", "DT"),
                        Map.of(
                                "code",
                                "DT-CU",
                                "name",
                                "Đơn vị cũ",
                                "province",
                                "dong-thap",
                                "kind",
                                "DEPARTMENT",
                                "validFrom",
                                "2020-01-01",
                                "successor",
                                "DT-NOWHERE")),
                422,
                "successor",
                "unknown-successor");
        assertProblem(
                api.post(
                        "/api/reference/units",
                        admin(),
                        Map.of(
                                "code",
                                "TG-MOI",
                                "name",
                                "Đơn vị mới",
                                "province",
                                "tien-giang",
                                "kind",
                                "DEPARTMENT",
                                "validFrom",
                                "2026-01-01")),
                422,
                "validFrom",
                "province-not-in-force");
        assertProblem(
                api.post(
                        "/api/reference/units",
                        office("dong-thap", "DT"),
                        Map.of("code", "TG-X", "name", "Đơn vị", "province", "dong-thap", "kind", "DEPARTMENT")),
                422,
                "code",
                "unit-code-prefix");

        Response renamed = api.put(
                "/api/reference/units/DT-BQLDA",
                office("dong-thap", "DT"),
                Map.of(
                        "name",
                        "Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng tỉnh",
                        "province",
                        "dong-thap",
                        "kind",
                        "MANAGEMENT_BOARD",
                        "validFrom",
                        "2025-07-01"));
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        assertProblem(
                api.put(
                        "/api/reference/units/DT-BQLDA",
                        office("ha-noi", "HN"),
                        Map.of(
                                "name",
                                "X",
                                "province",
                                "dong-thap",
                                "kind",
                                "MANAGEMENT_BOARD",
                                "validFrom",
                                "2025-07-01")),
                404,
                "not-found");
        assertProblem(
                api.post(
                        "/api/reference/units/DT-BQLDA/end",
                        department("dong-thap", "DT-SNV"),
                        Map.of("lastDay", "2026-06-30")),
                403,
                "role");
        assertProblem(
                api.post(
                        "/api/reference/units/DT-BQLDA/end",
                        office("dong-thap", "DT"),
                        Map.of("lastDay", "2026-06-30", "successor", "DT-NOWHERE")),
                422,
                "successor",
                "unknown-successor");
        Response ended = api.post(
                "/api/reference/units/DT-BQLDA/end",
                office("dong-thap", "DT"),
                Map.of("lastDay", "2026-06-30", "successor", "DT-SXD"));
        assertThat(ended.status()).as(ended.body()).isEqualTo(200);
        assertThat(ended.json().get(0).get("validTo").asString()).isEqualTo("2026-06-30");
    }

    @Test
    void importsCommunesAsTheirPeoplesCommitteesFromCsvAndJson() throws Exception {
        ApiClient api = ApiClient.onPort(port);
        String sample = Files.readString(Path.of("..", "demo-data", "reference", "dong-thap-communes.sample.csv"));

        Response csv = api.send(api.request("/api/reference/provinces/dong-thap/communes", admin())
                .header("Content-Type", "text/csv; charset=utf-8")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(sample))
                .build());
        assertThat(csv.status()).as(csv.body()).isEqualTo(200);
        assertThat(csv.json().get("imported").asInt()).isEqualTo(6);
        JsonNode myTho =
                api.get("/api/reference/units/DT-PMYTHO", admin()).json().get(0);
        assertThat(myTho.get("name").asString()).isEqualTo("Ủy ban nhân dân phường Mỹ Tho");
        assertThat(myTho.get("kind").asString()).isEqualTo("COMMUNE_PEOPLES_COMMITTEE");
        assertThat(myTho.get("validFrom").asString()).isEqualTo("2025-07-01");

        List<Map<String, Object>> rows = List.of(
                Map.of("officialCode", "99901", "name", "Thử Nghiệm", "kind", "xa"),
                Map.of("name", "Đảo Thử", "kind", "đặc khu", "validFrom", "2025-07-01"));
        Response json = api.post("/api/reference/provinces/dong-thap/communes", office("dong-thap", "DT"), rows);
        assertThat(json.status()).as(json.body()).isEqualTo(200);
        assertThat(codes(json.json().get("units"))).containsExactly("DT-99901", "DT-DKDAOTHU");
        assertThat(api.post("/api/reference/provinces/dong-thap/communes", office("dong-thap", "DT"), rows)
                        .status())
                .as("the same import again")
                .isEqualTo(200);
        assertThat(api.get("/api/reference/units/DT-99901", admin()).json()).hasSize(1);
        assertThat(codes(api.get(
                                "/api/reference/units?province=dong-thap&kind=COMMUNE_PEOPLES_COMMITTEE&q=my%20tho",
                                admin())
                        .json()
                        .get("items")))
                .containsExactly("DT-PMYTHO");

        assertProblem(
                api.post("/api/reference/provinces/dong-thap/communes", office("ha-noi", "HN"), rows),
                404,
                "not-found");
        assertProblem(
                api.post("/api/reference/provinces/dong-thap/communes", department("dong-thap", "DT-SNV"), rows),
                403,
                "role");
        assertProblem(
                api.post(
                        "/api/reference/provinces/dong-thap/communes",
                        admin(),
                        List.of(Map.of("name", "X", "kind", "thôn"))),
                422,
                "communes[0].kind",
                "unknown-commune-kind");
        assertProblem(
                api.post(
                        "/api/reference/provinces/tien-giang/communes",
                        admin(),
                        List.of(Map.of("name", "X", "kind", "xã", "validFrom", "2025-07-01"))),
                422,
                "validFrom",
                "province-not-in-force");
    }

    @Test
    void documentsItsApiAndItsEvents() {
        ApiClient api = ApiClient.onPort(port);

        String openApi = api.get("/v3/api-docs", null).body();
        assertThat(openApi)
                .contains(
                        "/api/plans/{id}/approve",
                        "/api/readiness",
                        "/api/registers/{issuer}/{year}",
                        "/api/reference/indices",
                        "/api/reference/provinces/{code}/communes",
                        "/api/readiness/coverage");
        assertThat(api.get("/asyncapi.json", null).body())
                .contains("vn.gov.conference.plan.approved.v1", "vn.gov.conference.material.overdue.v1");
    }
}
