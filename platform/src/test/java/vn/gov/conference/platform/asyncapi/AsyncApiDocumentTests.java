package vn.gov.conference.platform.asyncapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.gov.conference.contracts.EventCatalog;
import vn.gov.conference.contracts.EventType;
import vn.gov.conference.contracts.JsonSchemas;
import vn.gov.conference.testing.contracts.AsyncApiCheck;

/** The AsyncAPI documents are valid AsyncAPI 3.0 for every event type; each service's own is checked on it too. */
class AsyncApiDocumentTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final List<String> EVERY_TYPE =
            EventCatalog.ALL.stream().map(EventType::type).toList();

    @Test
    void aDocumentPublishingAndConsumingEveryEventTypeIsValid() {
        assertThat(AsyncApiCheck.problems(
                        AsyncApiController.build(new AsyncApiProperties(EVERY_TYPE, List.of()), "every-publisher")))
                .isEmpty();
        assertThat(AsyncApiCheck.problems(
                        AsyncApiController.build(new AsyncApiProperties(List.of(), EVERY_TYPE), "every-consumer")))
                .isEmpty();
    }

    @Test
    void nestedRecordsAreSharedComponentSchemas() {
        ObjectNode document = (ObjectNode) JSON.readTree(AsyncApiController.build(
                new AsyncApiProperties(
                        List.of("vn.gov.conference.plan.approved.v1"),
                        List.of("vn.gov.conference.material.overdue.v1")),
                "plan-service"));

        assertThat(document.at("/components/messages/PlanApproved/payload/$ref").asString())
                .isEqualTo("#/components/schemas/PlanApproved");
        assertThat(document.at("/components/schemas/MaterialOverdue/properties/owner/$ref")
                        .asString())
                .isEqualTo("#/components/schemas/UnitRef");
        assertThat(document.at("/components/schemas/UnitRef/properties/code/type")
                        .asString())
                .isEqualTo("string");
        assertThat(document.at("/operations/receiveMaterialOverdue/messages/0/$ref")
                        .asString())
                .isEqualTo("#/channels/conference.material.v1/messages/MaterialOverdue");
    }

    @Test
    void theCheckFailsTheDocumentWithTheEventSchemasPastedWhole() {
        // What the documents were: each payload the standalone schema, whose #/$defs/… point at the document's root.
        ObjectNode document = (ObjectNode) JSON.readTree(AsyncApiController.build(
                new AsyncApiProperties(List.of("vn.gov.conference.material.overdue.v1"), List.of()), "documents"));
        ((ObjectNode) document.at("/components/messages/MaterialOverdue"))
                .set("payload", JSON.readTree(JsonSchemas.of(EventCatalog.MATERIAL_OVERDUE)));

        assertThat(AsyncApiCheck.problems(JSON.writeValueAsString(document)))
                .anySatisfy(problem -> assertThat(problem).contains("$ref #/$defs/UnitRef resolves to nothing"))
                .anySatisfy(problem -> assertThat(problem).contains("carries $defs or $schema"));
    }

    @Test
    void theCheckFailsAnOperationWhoseMessageIsNotOnItsChannel() {
        ObjectNode document = (ObjectNode) JSON.readTree(AsyncApiController.build(
                new AsyncApiProperties(List.of("vn.gov.conference.plan.cancelled.v1"), List.of()), "plan-service"));
        ((ObjectNode) document.at("/operations/sendPlanCancelled/messages/0"))
                .put("$ref", "#/components/messages/PlanCancelled");
        ((ObjectNode) document.at("/operations/sendPlanCancelled")).put("action", "publish");
        ((ObjectNode) document.at("/components/schemas/PlanCancelled")).put("type", "record");

        assertThat(AsyncApiCheck.problems(JSON.writeValueAsString(document)))
                .anySatisfy(
                        problem -> assertThat(problem).contains("is not a message of #/channels/conference.plan.v1"))
                .anySatisfy(problem -> assertThat(problem).contains("action must be send or receive"))
                .anySatisfy(problem -> assertThat(problem).startsWith("#/components/schemas/PlanCancelled"));
    }

    @Test
    void theOfficialSchemaRefusesWhatTheStructuralCheckDoesNotLookAt() {
        ObjectNode document = (ObjectNode) JSON.readTree(AsyncApiController.build(
                new AsyncApiProperties(List.of("vn.gov.conference.plan.cancelled.v1"), List.of()), "plan-service"));
        ((ObjectNode) document.at("/operations/sendPlanCancelled")).put("publishes", true);
        ((ObjectNode) document.at("/info")).put("license", "Apache-2.0");

        assertThat(AsyncApiCheck.problems(JSON.writeValueAsString(document)))
                .anySatisfy(problem ->
                        assertThat(problem).startsWith("AsyncAPI 3.0.0 schema: #/operations/sendPlanCancelled"))
                .anySatisfy(problem -> assertThat(problem).startsWith("AsyncAPI 3.0.0 schema: #/info/license"));
    }
}
