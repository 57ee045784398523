package vn.gov.conference.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.conference.e2e.Gateway.expect;

import java.io.IOException;
import java.nio.file.Files;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issue 2's walking skeleton, on the real stack: a plan created through the gateway is approved; PlanApproved goes
 * over the Kafka broker to notification-service and documents-service, which show through their own APIs that they
 * saw it (an invitation, a material request), and plan-service's readiness hears back from both.
 *
 * <p>The plan is a small one of Đồng Tháp's (a quarterly meeting), made from the seed's request body: one invited
 * district, whose directory entry has no email, and one contribution to deliver. It is the first test of the module
 * ({@link ClassOrderer.OrderAnnotation}), so a broken stack shows here, quickly, before the long scenario.
 */
@Order(1)
@ExtendWith(EndToEndStack.Lifecycle.class)
class WalkingSkeletonTests {

    static final String TITLE = "Tổ chức Hội nghị giao ban công tác cải cách hành chính quý III năm 2021";
    private static final OffsetDateTime START = OffsetDateTime.parse("2021-09-15T14:00+07:00");

    @Test
    void anApprovedPlanReachesNotificationAndDocumentsOverKafka() throws IOException {
        EndToEndStack.Running stack = EndToEndStack.at(Moments.DONG_THAP_PREPARATION);
        Gateway gateway = stack.gateway();

        String id = expect(gateway.post("dt-office", "/api/plans", plan()), 201)
                .get("id")
                .asString();
        expect(gateway.post("dt-office", "/api/plans/" + id + "/submit", Map.of()), 200);
        JsonNode approved = expect(gateway.post("dt-approver", "/api/plans/" + id + "/approve", Map.of()), 200);

        assertThat(approved.get("status").asString()).isEqualTo("SCHEDULED");
        assertThat(approved.get("documentNumber").asString()).endsWith("/KH-UBND");
        assertThat(approved.get("issuedOn").asString()).isEqualTo("2021-06-28");

        JsonNode invitations = Await.until(
                "the invitation notification-service issues on PlanApproved",
                () -> gateway.all("dt-office", "/api/plans/" + id + "/invitations"),
                list -> !list.isEmpty());
        assertThat(invitations).hasSize(1);
        JsonNode invitation = invitations.get(0);
        assertThat(invitation.get("kind").asString()).isEqualTo("SEAT_QUOTA");
        assertThat(invitation.get("origin").asString()).isEqualTo("COMPOSITION");
        assertThat(invitation.at("/invitee/unitCode").asString()).isEqualTo("DT-TANHONG");
        assertThat(invitation.get("seats").asInt()).isEqualTo(1);
        assertThat(invitation.get("bridgePointCode").asString()).isEqualTo("DC-TANHONG");
        assertThat(invitation.get("status").asString()).isEqualTo("AWAITING_ANSWER");
        assertThat(OffsetDateTime.parse(invitation.get("answerDeadline").asString()))
                .isEqualTo(START.minusDays(1));

        JsonNode requests = Await.until(
                "the material request documents-service opens on PlanApproved",
                () -> gateway.all("dt-office", "/api/plans/" + id + "/material-requests"),
                list -> !list.isEmpty());
        assertThat(requests).hasSize(1);
        JsonNode request = requests.get(0);
        assertThat(request.get("assignmentId").asString()).isEqualTo("tham-luan-tam-nong");
        assertThat(request.at("/owner/code").asString()).isEqualTo("DT-TAMNONG");
        assertThat(request.get("kind").asString()).isEqualTo("DISCUSSION_PAPER");
        assertThat(request.get("status").asString()).isEqualTo("OPEN");

        JsonNode readiness = Await.until(
                "plan-service to count what the other two services announced",
                () -> expect(gateway.get("dt-office", "/api/plans/" + id + "/readiness"), 200),
                r -> r.at("/invitations/issued").asInt() == 1
                        && r.at("/materials/requested").asInt() == 1);
        assertThat(readiness.at("/invitations/pending").asInt()).isEqualTo(1);
        assertThat(readiness.at("/materials/submitted").asInt()).isZero();
        assertThat(Files.readString(stack.log("kafka")))
                .as("the broker logs through Log4j into its own file, not through this JVM's Logback")
                .contains("Kafka Server started");
    }

    /** Đồng Tháp's seed, cut down to one invited district and one contribution, on another day and index. */
    static ObjectNode plan() {
        ObjectNode plan = Seeds.read(Seeds.DONG_THAP_PLAN);
        plan.put("title", TITLE);
        ArrayNode indices = plan.putArray("indices");
        indices.addObject().put("code", "PAR").put("year", 2020);
        plan.putObject("time").put("start", START.toString()).put("label", "14 giờ 00 phút, ngày 15/9/2021");
        ObjectNode participants = (ObjectNode) plan.get("participants");
        keepOnly(participants.withArray("groups"), "id", "tanhong-chu-tich");
        keepOnly(participants.withArray("bridgePoints"), "code", "DC-TANHONG");
        participants.putArray("externalGuests");
        keepOnly(plan.withArray("assignments"), "id", "tham-luan-tam-nong");
        return plan;
    }

    private static void keepOnly(ArrayNode array, String field, String value) {
        for (int i = array.size() - 1; i >= 0; i--) {
            if (!array.get(i).path(field).asString("").equals(value)) {
                array.remove(i);
            }
        }
    }
}
