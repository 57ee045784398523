package vn.gov.conference.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.conference.contracts.material.MaterialEvents.MaterialOverdue;
import vn.gov.conference.contracts.plan.PlanEvents.PlanCancelled;

/**
 * The JSON Schemas in src/main/resources/schemas are what consumers read. They are derived from the records; this
 * test fails when a record changed and its published schema was not regenerated
 * ({@code ./mvnw -pl event-contracts test -Dcontracts.write-schemas=true} rewrites them).
 */
class PublishedSchemasTests {

    private static final Path SCHEMAS = Path.of("src/main/resources/schemas");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void everyEventTypeHasAnUpToDatePublishedSchema() throws IOException {
        boolean write = Boolean.getBoolean("contracts.write-schemas");
        for (EventType<?> type : EventCatalog.ALL) {
            Path file = SCHEMAS.resolve(type.type() + ".json");
            String expected = JsonSchemas.of(type) + "\n";
            if (write) {
                Files.createDirectories(SCHEMAS);
                Files.writeString(file, expected, StandardCharsets.UTF_8);
            }
            assertThat(file).as("published schema of %s", type.type()).exists();
            assertThat(Files.readString(file, StandardCharsets.UTF_8))
                    .as(type.type())
                    .isEqualTo(expected);
        }
    }

    @Test
    void schemasAreValidJsonDescribingEveryRecordComponent() {
        JsonNode schema = JSON.readTree(JsonSchemas.of(EventCatalog.MATERIAL_OVERDUE));
        assertThat(schema.get("type").asString()).isEqualTo("object");
        assertThat(schema.get("properties").propertyNames())
                .containsExactly("planId", "requestId", "owner", "recipient", "deadline");
        assertThat(schema.at("/properties/deadline/format").asString()).isEqualTo("date-time");
        assertThat(schema.at("/$defs/UnitRef/properties/code/type").asString()).isEqualTo("string");
    }

    @Test
    void consumersIgnoreFieldsTheyDoNotKnow() {
        String newerProducer = """
                {"planId":"p1","version":3,"reason":"Bão","addedLater":{"x":1}}""";
        JsonMapper tolerant = JsonMapper.builder()
                .disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
        assertThat(tolerant.readValue(newerProducer, PlanCancelled.class)).isEqualTo(new PlanCancelled("p1", 3, "Bão"));
    }

    @Test
    void typesAreLogicalVersionedNamesOnTheirAggregatesTopic() {
        assertThat(EventCatalog.ALL)
                .extracting(EventType::type)
                .allMatch(type -> type.matches("vn\\.gov\\.conference\\.[a-z]+\\.[a-z-]+\\.v\\d+"))
                .doesNotHaveDuplicates();
        assertThat(EventCatalog.forPayload(MaterialOverdue.class).topic()).isEqualTo(Topics.MATERIAL);
        assertThat(EventCatalog.byType("vn.gov.conference.plan.approved.v1")).contains(EventCatalog.PLAN_APPROVED);
    }
}
