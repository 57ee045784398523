package vn.gov.conference.documents.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import vn.gov.conference.contracts.EventCatalog;
import vn.gov.conference.contracts.Topics;
import vn.gov.conference.contracts.plan.PlanEvents.PlanApproved;
import vn.gov.conference.contracts.plan.PlanSnapshot;
import vn.gov.conference.testing.ApiClient;
import vn.gov.conference.testing.TestEvents;
import vn.gov.conference.testing.TestTokens;

/** The documents service's API as the tests drive it, over real HTTP. */
public final class MaterialsApi {

    public static final String PROVINCE = "tien-giang";

    private final ApiClient api;

    public MaterialsApi(int port) {
        this.api = ApiClient.onPort(port);
    }

    public ApiClient client() {
        return api;
    }

    public static String office() {
        return TestTokens.office(PROVINCE);
    }

    public static String department(String unit) {
        return TestTokens.department(PROVINCE, unit);
    }

    /** Publishes PlanApproved as plan-service would, and waits until the service opened its requests. */
    public List<JsonNode> approve(PlanSnapshot plan, int expectedRequests) {
        TestEvents.publish(
                Topics.PLAN,
                EventCatalog.PLAN_APPROVED.type(),
                plan.planId(),
                PROVINCE,
                new PlanApproved(plan, java.time.OffsetDateTime.now(), "tg-approver"));
        return awaitRequests(plan.planId(), expectedRequests);
    }

    public List<JsonNode> awaitRequests(String planId, int expected) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (true) {
            ApiClient.Response response = api.get("/api/plans/" + planId + "/material-requests?size=100", office());
            List<JsonNode> requests = new ArrayList<>();
            if (response.status() == 200) {
                response.json().get("items").forEach(requests::add);
            }
            if (requests.size() >= expected) {
                return requests;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(
                        "Expected " + expected + " material requests for " + planId + ", got " + response);
            }
            sleep();
        }
    }

    /** The request opened for the first deliverable of {@code assignmentId}. */
    public static JsonNode request(List<JsonNode> requests, String assignmentId) {
        return requests.stream()
                .filter(request ->
                        assignmentId.equals(request.get("assignmentId").asString()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No request for " + assignmentId));
    }

    public ApiClient.Response submit(String requestId, String token, Multipart multipart) {
        return api.send(api.request("/api/material-requests/" + requestId + "/submissions", token)
                .header("Content-Type", multipart.contentType())
                .POST(multipart.body())
                .build());
    }

    public ApiClient.Response submit(
            String requestId, String token, String fileName, String contentType, byte[] content) {
        return submit(requestId, token, Multipart.file(fileName, contentType, content));
    }

    public ApiClient.Response get(String path, String token) {
        return api.get(path, token);
    }

    public ApiClient.Response post(String path, String token, Object body) {
        return api.post(path, token, body);
    }

    public ApiClient.Response getWithHeader(String path, String token, String header, String value) {
        return api.send(api.request(path, token).header(header, value).GET().build());
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }
}
