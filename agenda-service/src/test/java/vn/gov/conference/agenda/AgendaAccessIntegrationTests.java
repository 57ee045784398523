package vn.gov.conference.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.node.ObjectNode;
import vn.gov.conference.contracts.EventCatalog;
import vn.gov.conference.contracts.Topics;
import vn.gov.conference.contracts.plan.PlanEvents.PlanDrafted;
import vn.gov.conference.contracts.plan.PlanSnapshot;
import vn.gov.conference.testing.ApiClient;
import vn.gov.conference.testing.ApiClient.Response;
import vn.gov.conference.testing.IntegrationTest;
import vn.gov.conference.testing.TestEvents;
import vn.gov.conference.testing.TestTokens;
import vn.gov.conference.testing.contracts.DocumentedAnswers;

/**
 * Who may do what with an agenda: the office of the plan's province edits and publishes, the province's other roles
 * and the central agency read, another province sees nothing; bad input is answered with the field and the rule.
 */
@IntegrationTest
@ExtendWith(DocumentedAnswers.class)
class AgendaAccessIntegrationTests {

    @LocalServerPort
    int port;

    private PlanSnapshot plan;
    private String path;

    @BeforeEach
    void approvedPlan() {
        plan = Plans.dongThap("plan-" + UUID.randomUUID());
        path = "/api/plans/" + plan.planId() + "/agenda";
        Plans.approveAndAwait(api(), plan);
    }

    @Test
    void theProvincesRolesAndTheCentralAgencyRead() {
        assertThat(api().get(path, TestTokens.department("dong-thap", "DT-SNV")).status())
                .isEqualTo(200);
        assertThat(api().get(path, TestTokens.approver("dong-thap")).status()).isEqualTo(200);
        assertThat(api().get(path + "/timeline", TestTokens.central()).status()).isEqualTo(200);
        assertThat(api().get(path + "/revisions", TestTokens.central()).status())
                .isEqualTo(200);
    }

    @Test
    void aDepartmentSeesTheAgendaOfADraftedPlanAsPlanServiceShowsItThePlanOnlyOnceApproved() throws Exception {
        PlanSnapshot drafted = Plans.dongThap("plan-" + UUID.randomUUID());
        String draftPath = "/api/plans/" + drafted.planId() + "/agenda";
        String office = TestTokens.office("dong-thap");
        String department = TestTokens.department("dong-thap", "DT-SNV");
        TestEvents.publish(
                Topics.PLAN,
                EventCatalog.PLAN_DRAFTED.type(),
                drafted.planId(),
                "dong-thap",
                new PlanDrafted(drafted.planId(), drafted.title(), "dong-thap"));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> api().get(draftPath, office).status() == 200);
        assertThat(api().put(draftPath, office, AgendaPublicationIntegrationTests.dongThapBody())
                        .status())
                .isEqualTo(200);

        for (String part : new String[] {"", "/timeline", "/revisions", "/print", "/print?format=pdf"}) {
            Response hidden = api().get(draftPath + part, department);
            assertThat(hidden.status()).as(part).isEqualTo(404);
            assertThat(hidden.contentType()).startsWith("application/problem+json");
        }
        assertThat(api().get(draftPath, TestTokens.approver("dong-thap")).status())
                .isEqualTo(200);
        assertThat(api().get(draftPath, TestTokens.central()).status()).isEqualTo(200);

        Plans.approve(drafted);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> api().get(draftPath, department).status() == 200);
        assertThat(api().get(draftPath + "/timeline", department).status()).isEqualTo(200);
    }

    @Test
    void anotherProvincesAgendaDoesNotExist() {
        Response read = api().get(path, TestTokens.office("tien-giang"));
        Response write = api().put(path, TestTokens.office("tien-giang"), "{\"items\": []}");

        assertThat(read.status()).isEqualTo(404);
        assertThat(read.contentType()).startsWith("application/problem+json");
        assertThat(write.status()).isEqualTo(404);
        assertThat(api().post(path + "/publish", TestTokens.office("tien-giang"), "")
                        .status())
                .isEqualTo(404);
        assertThat(api().get(path + "/print", TestTokens.department("tien-giang", "TG-SNV"))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void onlyTheOfficeWritesAndPublishes() throws Exception {
        ObjectNode body = AgendaPublicationIntegrationTests.dongThapBody();

        assertThat(api().put(path, TestTokens.department("dong-thap", "DT-SNV"), body)
                        .status())
                .isEqualTo(403);
        assertThat(api().put(path, TestTokens.approver("dong-thap"), body).status())
                .isEqualTo(403);
        assertThat(api().put(path, TestTokens.central(), body).status()).isEqualTo(403);
        assertThat(api().post(path + "/publish", TestTokens.central(), "").status())
                .isEqualTo(403);
        assertThat(api().get(path, TestTokens.office("dong-thap")).json().get("items"))
                .isEmpty();
        assertThat(api().put(path, TestTokens.office("dong-thap"), body).status())
                .isEqualTo(200);
    }

    @Test
    void refusesACallWithoutAToken() {
        assertThat(api().get(path, null).status()).isEqualTo(401);
    }

    @Test
    void anUnknownPlanHasNoAgenda() {
        assertThat(api().get("/api/plans/no-such-plan/agenda", TestTokens.central())
                        .status())
                .isEqualTo(404);
        assertThat(api().put("/api/plans/no-such-plan/agenda", TestTokens.office("dong-thap"), "{}")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void namesTheFieldOfABrokenRule() {
        Response response = api().put(path, TestTokens.office("dong-thap"), """
                {"items": [
                  {"id": "a", "kind": "OPENING", "content": "Khai mạc", "minutes": 5},
                  {"id": "b", "kind": "REPORT", "content": "Báo cáo", "from": "08:30", "to": "08:10"}
                ]}""");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().at("/errors/0/field").asString()).isEqualTo("items[1].to");
        assertThat(response.json().at("/errors/0/rule").asString()).isEqualTo("agenda-rule");
    }

    @Test
    void namesTheFieldOfAnUnknownKind() {
        Response response = api().put(path, TestTokens.office("dong-thap"), """
                {"items": [{"id": "a", "kind": "LUNCH", "content": "Ăn trưa", "minutes": 60}]}""");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().at("/errors/0/field").asString()).isEqualTo("items[0].kind");
    }

    @Test
    void refusesAnEditBasedOnAStaleVersion() throws Exception {
        String office = TestTokens.office("dong-thap");
        String etag = api().get(path, office).header("ETag").orElseThrow();
        assertThat(send(etag, AgendaPublicationIntegrationTests.dongThapBody()).status())
                .isEqualTo(200);

        Response stale = send(etag, "{\"items\": []}");

        assertThat(stale.status()).isEqualTo(412);
        assertThat(api().get(path, office).json().get("items")).hasSize(10);
    }

    @Test
    void refusesToPublishAnEmptyAgenda() {
        Response response = api().post(path + "/publish", TestTokens.office("dong-thap"), "");

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().get("rule").asString()).isEqualTo("agenda-empty");
    }

    @Test
    void aCancelledPlansAgendaIsWithdrawnAndFrozen() throws Exception {
        String office = TestTokens.office("dong-thap");
        api().put(path, office, AgendaPublicationIntegrationTests.dongThapBody());

        Plans.cancel(plan, 9);
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(20))
                .until(() ->
                        api().get(path, office).json().get("status").asString().equals("WITHDRAWN"));

        Response refused = api().put(path, office, "{\"items\": []}");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("rule").asString()).isEqualTo("plan-cancelled");
        assertThat(api().post(path + "/publish", office, "").status()).isEqualTo(409);
    }

    private Response send(String ifMatch, Object body) {
        String json = body instanceof String text ? text : body.toString();
        return api().send(api().request(path, TestTokens.office("dong-thap"))
                .header("Content-Type", "application/json")
                .header("If-Match", ifMatch)
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    private ApiClient api() {
        return ApiClient.onPort(port);
    }
}
