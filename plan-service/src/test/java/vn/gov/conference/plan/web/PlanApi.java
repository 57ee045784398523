package vn.gov.conference.plan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import vn.gov.conference.plan.SeedRequests;
import vn.gov.conference.testing.ApiClient;
import vn.gov.conference.testing.ApiClient.Response;
import vn.gov.conference.testing.TestTokens;

/** The plan API as the tests drive it: the calls of the lifecycle, with the tokens of the seeds' clients. */
final class PlanApi {

    static final String TG = "tien-giang";
    static final String DT = "dong-thap";

    final ApiClient http;

    PlanApi(int port) {
        this.http = ApiClient.onPort(port);
    }

    static String office(String province) {
        return TestTokens.office(province);
    }

    static String approver(String province) {
        return TestTokens.approver(province);
    }

    Response create(String province, String body) {
        return http.post("/api/plans", office(province), body);
    }

    /** Drafts {@code body} and answers the new plan's id, failing the test if it was not created. */
    String draft(String province, String body) {
        Response created = create(province, body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    Response get(String id, String token) {
        return http.get("/api/plans/" + id, token);
    }

    Response action(String id, String action, String token, Object body) {
        return http.post("/api/plans/" + id + "/" + action, token, body == null ? "" : body);
    }

    Response action(String id, String action, String token, Object body, String ifMatch) {
        HttpRequest.Builder request = http.request("/api/plans/" + id + "/" + action, token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body == null ? "" : SeedRequests.json(body)));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return http.send(request.build());
    }

    Response submit(String id) {
        return action(id, "submit", office(provinceOf(id)), null);
    }

    Response approve(String id, Map<String, Object> body) {
        return action(id, "approve", approver(provinceOf(id)), body);
    }

    Response schedule(String id, String start) {
        return action(id, "schedule", approver(provinceOf(id)), Map.of("start", start));
    }

    Response setRegister(String issuer, int year, int nextNumber, String token) {
        return http.put("/api/registers/" + issuer + "/" + year, token, Map.of("nextNumber", nextNumber));
    }

    /** A draft, submitted: ready for the approver. */
    String submitted(String province, String body) {
        String id = draft(province, body);
        Response submitted = submit(id);
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        return id;
    }

    private String provinceOf(String id) {
        JsonNode plan = get(id, TestTokens.central()).json();
        return plan.get("province").asString();
    }
}
