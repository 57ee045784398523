package vn.gov.conference.platform.openapi;

import java.util.List;
import java.util.Map;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.media.Schema;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PrimitiveComponentsRequiredTests {

    record Register(String issuer, int year, long nextNumber, boolean closed, Integer reserved, List<String> notes) {
    }

    record Page(List<Register> items, int total) {
    }

    @Test
    void listsAsRequiredTheComponentsThatCanNeverBeNullNorAbsent() {
        ModelConverters converters = new ModelConverters();
        converters.addConverter(new PrimitiveComponentsRequired());

        @SuppressWarnings("rawtypes")
        Map<String, Schema> schemas = converters.readAll(Page.class);

        assertThat(schemas.get("Register").getRequired()).containsExactlyInAnyOrder("year", "nextNumber", "closed");
        assertThat(schemas.get("Page").getRequired()).containsExactly("total");
    }
}
