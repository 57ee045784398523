package vn.gov.conference.plan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
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

/** Finding plans: accent-insensitive words, filters, and only what the caller may read. */
@IntegrationTest
@ExtendWith(DocumentedAnswers.class)
class PlanSearchIntegrationTests {

    @LocalServerPort
    int port;

    private PlanApi api;
    private String marker;
    private String tienGiang;
    private String dongThap;

    @BeforeEach
    void plans() {
        api = new PlanApi(port);
        marker = "Đợt " + UUID.randomUUID().toString().substring(0, 8);
        tienGiang = api.draft(PlanApi.TG, titled("tien-giang-276.json"));
        dongThap = api.draft(PlanApi.DT, titled("dong-thap-2021.json"));
    }

    private String titled(String seed) {
        ObjectNode plan = SeedRequests.tree(seed);
        plan.put("title", plan.get("title").asString() + " " + marker);
        return SeedRequests.json(plan);
    }

    private List<String> ids(String query, String token) {
        Response found = api.http.get("/api/plans?" + query, token);
        assertThat(found.status()).as(found.body()).isEqualTo(200);
        return found.json()
                .get("items")
                .valueStream()
                .map(p -> p.get("id").asString())
                .toList();
    }

    private String q(String words) {
        return "q="
                + java.net.URLEncoder.encode(
                        words + " " + marker.substring(4), java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void findsTitleAndIssuerWordsWithOrWithoutDiacritics() {
        assertThat(ids(q("tien giang"), TestTokens.central())).containsExactly(tienGiang);
        assertThat(ids(q("TIỀN GIANG"), TestTokens.central())).containsExactly(tienGiang);
        assertThat(ids(q("hoi nghi truc tuyen"), TestTokens.central())).containsExactly(dongThap);
        assertThat(ids(q("uy ban nhan dan tinh dong thap"), TestTokens.central()))
                .as("the issuer's name")
                .containsExactly(dongThap);
        assertThat(ids(q("chi so"), TestTokens.central())).containsExactlyInAnyOrder(tienGiang, dongThap);
        assertThat(ids(q("ha noi"), TestTokens.central())).isEmpty();
        assertThat(ids(q("(.*"), TestTokens.central()))
                .as("typed text is never a pattern")
                .isEmpty();
    }

    @Test
    void filtersByIndexYearStatusAndProvince() {
        assertThat(ids(q("") + "&index=PAPI&year=2020", TestTokens.central())).containsExactly(dongThap);
        assertThat(ids(
                        q("") + "&index="
                                + java.net.URLEncoder.encode("chỉ số papi", java.nio.charset.StandardCharsets.UTF_8)
                                + "&year=2023",
                        TestTokens.central()))
                .containsExactly(tienGiang);
        assertThat(ids(q("") + "&index=PCI", TestTokens.central())).containsExactly(tienGiang);
        assertThat(ids(q("") + "&year=2020", TestTokens.central())).containsExactly(dongThap);
        assertThat(ids(q("") + "&province=dong-thap", TestTokens.central())).containsExactly(dongThap);
        assertThat(ids(q("") + "&status=DRAFT", TestTokens.central())).containsExactlyInAnyOrder(tienGiang, dongThap);
        assertThat(ids(q("") + "&status=APPROVED", TestTokens.central())).isEmpty();
        Response unknown = api.http.get("/api/plans?index=GDP", TestTokens.central());
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("errors").get(0).get("field").asString()).isEqualTo("index");
        assertThat(api.http.get("/api/plans?status=NOPE", TestTokens.central()).status())
                .isEqualTo(400);
        assertThat(api.http.get("/api/plans?size=500", TestTokens.central()).status())
                .isEqualTo(400);
    }

    @Test
    void findsOnlyWhatTheCallerMayRead() {
        assertThat(ids(q(""), PlanApi.office(PlanApi.TG))).containsExactly(tienGiang);
        assertThat(ids(q("") + "&province=dong-thap", PlanApi.office(PlanApi.TG)))
                .isEmpty();
        assertThat(ids(q(""), TestTokens.department("tien-giang", "TG-SNV")))
                .as("no drafts for departments")
                .isEmpty();
        assertThat(ids(q(""), TestTokens.central())).containsExactlyInAnyOrder(tienGiang, dongThap);
    }

    @Test
    void pagesThroughResultsNewestFirst() {
        Response first = api.http.get("/api/plans?" + q("") + "&size=1&page=0", TestTokens.central());
        Response second = api.http.get("/api/plans?" + q("") + "&size=1&page=1", TestTokens.central());

        JsonNode page = first.json();
        assertThat(page.get("total").asLong()).isEqualTo(2);
        assertThat(page.get("items").get(0).get("id").asString()).isEqualTo(dongThap);
        assertThat(second.json().get("items").get(0).get("id").asString()).isEqualTo(tienGiang);
    }
}
