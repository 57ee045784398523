package vn.gov.conference.plan.web;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import vn.gov.conference.testing.ApiClient;
import vn.gov.conference.testing.IntegrationTest;
import vn.gov.conference.testing.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/** The reference data as integrators read it, read-only. */
@IntegrationTest
class ReferenceApiIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void servesProvincesUnitsAndIndicesWithTheirValidity() {
        ApiClient api = ApiClient.onPort(port);
        String token = TestTokens.department("dong-thap", "DT-SADEC");

        assertThat(api.get("/api/reference/provinces?on=2025-07-01", token).json().valueStream()
                .map(p -> p.get("code").asString()).toList()).containsExactly("dong-thap");
        assertThat(api.get("/api/reference/provinces", token).json()).hasSize(3);
        assertThat(api.get("/api/reference/units?province=dong-thap&on=2021-07-07&kind=DISTRICT_PEOPLES_COMMITTEE",
                token).json()).hasSize(12);
        assertThat(api.get("/api/reference/units?province=dong-thap&on=2025-07-01&kind=DISTRICT_PEOPLES_COMMITTEE",
                token).json()).isEmpty();
        assertThat(api.get("/api/reference/units/TG-UBND", token).json().get(0).get("validTo").asString())
                .isEqualTo("2025-06-30");
        assertThat(api.get("/api/reference/indices", token).json()).hasSize(7);
        assertThat(api.get("/api/reference/indices/PCI/lead?province=tien-giang&on=2024-07-18", token).json()
                .get("code").asString()).isEqualTo("TG-SKHDT");
        assertThat(api.get("/api/reference/indices/PCI/lead?province=tien-giang&on=2025-08-01", token).status())
                .isEqualTo(404);
        assertThat(api.get("/api/reference/units/XX", token).status()).isEqualTo(404);
        assertThat(api.post("/api/reference/indices", token, "{}").status()).isEqualTo(405);
    }

    @Test
    void documentsItsApiAndItsEvents() {
        ApiClient api = ApiClient.onPort(port);

        String openApi = api.get("/v3/api-docs", null).body();
        assertThat(openApi).contains("/api/plans/{id}/approve", "/api/readiness", "/api/registers/{issuer}/{year}",
                "/api/reference/indices");
        assertThat(api.get("/asyncapi.json", null).body()).contains("vn.gov.conference.plan.approved.v1",
                "vn.gov.conference.material.overdue.v1");
    }
}
