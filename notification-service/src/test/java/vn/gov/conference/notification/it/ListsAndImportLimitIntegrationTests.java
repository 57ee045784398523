package vn.gov.conference.notification.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import vn.gov.conference.notification.Fixtures;
import vn.gov.conference.testing.ApiClient;
import vn.gov.conference.testing.TestTokens;
import vn.gov.conference.testing.contracts.DocumentedAnswers;

/**
 * Invitations, the delivery log and the directory answer a page ({@code items, page, size, total}) in a stable order,
 * and one request adds at most 2,000 invitees (413 naming the cap beyond).
 */
@ExtendWith(DocumentedAnswers.class)
class ListsAndImportLimitIntegrationTests extends NotificationIntegrationTest {

    private String planWith25Invitations() {
        String planId = newPlanId();
        approve(Fixtures.dongThapAt(planId, CLOCK.now().plusDays(10)));
        awaitInvitations(planId, DT, 5);
        List<Map<String, Object>> guests = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            guests.add(Map.of("name", "Khách mời " + i, "email", "khach" + i + "@" + planId + ".example"));
        }
        assertThat(api.post("/api/plans/" + planId + "/invitations", TestTokens.office(DT), Map.of("invitees", guests))
                        .status())
                .isEqualTo(201);
        return planId;
    }

    @Test
    void invitationsComeAPageAtATimeWithTheTotalNeitherRepeatingNorSkipping() {
        String planId = planWith25Invitations();
        String path = "/api/plans/" + planId + "/invitations";

        JsonNode first = api.get(path, TestTokens.office(DT)).json();
        assertThat(first.get("items")).hasSize(20);
        assertThat(first.get("page").asInt()).isZero();
        assertThat(first.get("size").asInt()).isEqualTo(20);
        assertThat(first.get("total").asLong()).isEqualTo(25);

        Set<String> seen = new HashSet<>();
        for (int page = 0; page < 4; page++) {
            JsonNode items = api.get(path + "?size=7&page=" + page, TestTokens.office(DT))
                    .json()
                    .get("items");
            assertThat(items).hasSize(page < 3 ? 7 : 4);
            items.forEach(item -> assertThat(seen.add(item.get("id").asString()))
                    .as("repeated")
                    .isTrue());
        }
        assertThat(seen).hasSize(25);

        JsonNode past = api.get(path + "?page=5", TestTokens.office(DT)).json();
        assertThat(past.get("items")).isEmpty();
        assertThat(past.get("total").asLong()).isEqualTo(25);

        JsonNode awaiting = api.get(path + "?status=AWAITING_ANSWER&size=3", TestTokens.office(DT))
                .json();
        assertThat(awaiting.get("items")).hasSize(3);
        assertThat(awaiting.get("total").asLong()).isEqualTo(25);
    }

    @Test
    void refusesAPageOrSizeOutOfRangeNamingTheParameter() {
        String planId = newPlanId();
        approve(Fixtures.dongThapAt(planId, CLOCK.now().plusDays(10)));
        awaitInvitations(planId, DT, 5);

        for (String path : List.of("/api/plans/" + planId + "/invitations", "/api/emails", "/api/directory")) {
            ApiClient.Response size = api.get(path + "?size=101", TestTokens.office(DT));
            assertThat(size.status()).as(path).isEqualTo(400);
            assertThat(size.contentType()).startsWith("application/problem+json");
            assertThat(size.json().at("/errors/0/field").asString()).as(path).isEqualTo("size");
            assertThat(size.json().at("/errors/0/rule").asString()).as(path).isEqualTo("range");
            ApiClient.Response page = api.get(path + "?page=-1", TestTokens.office(DT));
            assertThat(page.status()).as(path).isEqualTo(400);
            assertThat(page.json().at("/errors/0/field").asString()).as(path).isEqualTo("page");
        }
    }

    @Test
    void theDeliveryLogAndTheDirectoryArePagesToo() {
        String planId = newPlanId();
        approve(Fixtures.dongThapAt(planId, CLOCK.now().plusDays(10)));
        awaitInvitations(planId, DT, 5);
        MailSink.awaitCount(planId, "INVITATION", 5);

        JsonNode emails = api.get("/api/emails?planId=" + planId + "&size=2", TestTokens.office(DT))
                .json();
        assertThat(emails.get("items")).hasSize(2);
        assertThat(emails.get("total").asLong()).isEqualTo(5);
        JsonNode rest = api.get("/api/emails?planId=" + planId + "&size=2&page=2", TestTokens.office(DT))
                .json();
        assertThat(rest.get("items")).hasSize(1);

        JsonNode directory =
                api.get("/api/directory?size=3", TestTokens.office(DT)).json();
        assertThat(directory.get("items")).hasSize(3);
        assertThat(directory.get("total").asLong()).isGreaterThan(3);
        JsonNode next =
                api.get("/api/directory?size=3&page=1", TestTokens.office(DT)).json();
        assertThat(next.at("/items/0/unitCode").asString())
                .isGreaterThan(directory.at("/items/2/unitCode").asString());
    }

    @Test
    void anUnknownInvitationIsNotFound() {
        ApiClient.Response missing = api.get("/api/invitations/no-such-invitation", TestTokens.office(DT));

        assertThat(missing.status()).isEqualTo(404);
        // Byte for byte as the platform wrote it when InvitationService threw its NotFoundException.
        assertThat(new String(missing.bytes(), StandardCharsets.UTF_8))
                .isEqualTo("{\"detail\":\"Invitation "
                        + "no-such-invitation was not found.\",\"instance\":\"/api/invitations/no-such-invitation\","
                        + "\"status\":404,\"title\":\"Not Found\",\"type\":\"https://conference.gov.vn/problems/not-found\","
                        + "\"rule\":\"not-found\"}");
    }

    @Test
    void refusesMoreThan2000InviteesInOneRequestNamingTheCap() {
        String planId = newPlanId();
        approve(Fixtures.dongThapAt(planId, CLOCK.now().plusDays(10)));
        awaitInvitations(planId, DT, 5);

        StringBuilder csv = new StringBuilder("name,email\n");
        for (int i = 0; i < 2_001; i++) {
            csv.append("Đại biểu ").append(i).append(",db").append(i).append("@example.org\n");
        }
        ApiClient.Response file =
                api.send(api.request("/api/plans/" + planId + "/invitations/import", TestTokens.office(DT))
                        .header("Content-Type", "text/csv")
                        .POST(HttpRequest.BodyPublishers.ofString(csv.toString()))
                        .build());
        assertThat(file.status()).isEqualTo(413);
        assertThat(file.contentType()).startsWith("application/problem+json");
        assertThat(file.json().get("rule").asString()).isEqualTo("too-many-invitees");
        assertThat(file.json().at("/errors/0/field").asString()).isEqualTo("body");
        assertThat(file.json().get("detail").asString()).contains("2000");

        List<Map<String, Object>> many = new ArrayList<>();
        for (int i = 0; i < 2_001; i++) {
            many.add(Map.of("name", "Đại biểu " + i, "email", "db" + i + "@example.org"));
        }
        ApiClient.Response json =
                api.post("/api/plans/" + planId + "/invitations", TestTokens.office(DT), Map.of("invitees", many));
        assertThat(json.status()).isEqualTo(413);
        assertThat(json.json().at("/errors/0/field").asString()).isEqualTo("invitees");
        // The whole answer, byte for byte as the platform wrote it when the cap threw its InvalidInputException.
        String detail = "One request adds at most 2000 invitees; this one has 2001. Send them in parts of 2000: "
                + "someone already invited is not invited twice.";
        assertThat(new String(json.bytes(), StandardCharsets.UTF_8))
                .isEqualTo("{\"detail\":\"" + detail + "\","
                        + "\"instance\":\"/api/plans/" + planId + "/invitations\",\"status\":413,"
                        + "\"title\":\"Content Too Large\",\"type\":\"https://conference.gov.vn/problems/too-many-invitees\","
                        + "\"rule\":\"too-many-invitees\",\"errors\":[{\"field\":\"invitees\",\"rule\":\"too-many-invitees\","
                        + "\"message\":\"" + detail + "\"}]}");

        assertThat(api.get("/api/plans/" + planId + "/invitations", TestTokens.office(DT))
                        .json()
                        .get("total")
                        .asLong())
                .as("nothing was invited")
                .isEqualTo(5);
    }
}
