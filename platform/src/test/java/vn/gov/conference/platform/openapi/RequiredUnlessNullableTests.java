package vn.gov.conference.platform.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Schema;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import vn.gov.conference.testing.contracts.OpenApiCheck;

class RequiredUnlessNullableTests {

    enum Status {
        OPEN,
        CLOSED
    }

    record Register(
            String issuer,
            int year,
            long nextNumber,
            boolean closed,
            @Nullable Integer reserved,
            List<String> notes,
            @Nullable Status status,
            @JsonProperty("no") @Nullable String number) {}

    record Page(List<Register> items, int total, @Nullable Register first) {}

    /** A generic read without its argument: its items are written as an object with nothing in it. */
    record Generic<T>(List<T> items, int total) {}

    record Raw(Generic<?> found) {}

    @SuppressWarnings("rawtypes")
    private static Map<String, Schema> schemas() {
        ModelConverters converters = new ModelConverters(true);
        converters.addConverter(new RequiredUnlessNullable());
        return converters.readAll(Page.class);
    }

    @Test
    void listsAsRequiredEveryComponentThatIsNotNullable() {
        assertThat(schemas().get("Register").getRequired())
                .containsExactlyInAnyOrder("issuer", "year", "nextNumber", "closed", "notes");
        assertThat(schemas().get("Page").getRequired()).containsExactlyInAnyOrder("items", "total");
    }

    @Test
    @SuppressWarnings("rawtypes")
    void showsTheNullableOnesAsNullable() {
        Map<String, Schema> register = schemas().get("Register").getProperties();
        assertThat(register.get("reserved").getTypes()).containsExactlyInAnyOrder("integer", "null");
        assertThat(register.get("no").getTypes()).containsExactlyInAnyOrder("string", "null");
        assertThat(register.get("status").getEnum()).containsNull();
        assertThat(register.get("issuer").getTypes()).containsExactly("string");

        Schema first = (Schema) schemas().get("Page").getProperties().get("first");
        assertThat(first.get$ref()).isNull();
        assertThat(((List<Schema>) first.getAnyOf())
                        .stream().map(s -> s.get$ref() != null ? s.get$ref() : String.valueOf(s.getTypes())))
                .containsExactly("#/components/schemas/Register", "[null]");
    }

    /** The build's check on a document whose schemas are these records', written with and without the rule. */
    @SuppressWarnings("rawtypes")
    private static List<String> checked(Map<String, Schema> schemas) {
        OpenAPI openApi = new OpenAPI()
                .openapi("3.1.0")
                .info(new Info().title("Conference planning — test").version("v1"))
                .components(new Components().schemas(schemas));
        return OpenApiCheck.problems(Json31.pretty(openApi)).stream()
                .filter(problem -> problem.startsWith("#/components/schemas/"))
                .toList();
    }

    @Test
    void theBuildsCheckFailsARecordSchemaWithoutItsRequiredListAndPassesTheRulesOwn() {
        assertThat(checked(new ModelConverters(true).readAll(Page.class)))
                .contains(
                        "#/components/schemas/Register/properties/issuer: neither required nor nullable",
                        "#/components/schemas/Page/properties/items: neither required nor nullable");
        assertThat(checked(schemas())).isEmpty();
    }

    @Test
    void theBuildsCheckFailsAnArrayWhoseItemsHaveNoType() {
        ModelConverters converters = new ModelConverters(true);
        converters.addConverter(new RequiredUnlessNullable());
        assertThat(checked(converters.readAll(Raw.class)))
                .containsExactly("#/components/schemas/GenericObject/properties/items: an array of untyped items");
        assertThat(checked(schemas())).isEmpty();
    }
}
