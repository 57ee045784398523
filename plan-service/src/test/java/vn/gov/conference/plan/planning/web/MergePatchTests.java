package vn.gov.conference.plan.planning.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.conference.plan.planning.Fixtures;
import vn.gov.conference.plan.planning.PlanRequest;
import vn.gov.conference.platform.web.InvalidInputException;

class MergePatchTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static JsonNode json(String text) {
        return JSON.readTree(text);
    }

    @Test
    void replacesMembersRemovesNullsAndMergesObjects() {
        JsonNode merged = MergePatch.merge(
                json("{\"a\":1,\"b\":{\"c\":2,\"d\":3},\"e\":[1,2],\"f\":\"x\"}"),
                json("{\"a\":5,\"b\":{\"c\":null,\"g\":4},\"e\":[9],\"f\":null}"));

        assertThat(merged).isEqualTo(json("{\"a\":5,\"b\":{\"d\":3,\"g\":4},\"e\":[9]}"));
    }

    @Test
    void patchesAPlanRequestLeavingEverythingElse() {
        PlanRequest current = Fixtures.tienGiangRequest();

        PlanRequest patched = MergePatch.apply(
                JSON,
                current,
                json("{\"chair\":\"Chủ tịch UBND tỉnh\",\"venue\":"
                        + "{\"room\":\"Hội trường A\"},\"backdrop\":null}"));

        assertThat(patched.chair()).isEqualTo("Chủ tịch UBND tỉnh");
        assertThat(patched.venue().room()).isEqualTo("Hội trường A");
        assertThat(patched.venue().address()).isEqualTo(current.venue().address());
        assertThat(patched.backdrop()).isNull();
        assertThat(patched.assignments()).isEqualTo(current.assignments());
    }

    @Test
    void namesTheFieldOfAWrongTypeAndRefusesANonObject() {
        PlanRequest current = Fixtures.tienGiangRequest();

        InvalidInputException wrongType = catchThrowableOfType(
                InvalidInputException.class,
                () -> MergePatch.apply(JSON, current, json("{\"participants\":{\"statedTotal\":\"khoảng 130\"}}")));
        InvalidInputException notAnObject =
                catchThrowableOfType(InvalidInputException.class, () -> MergePatch.apply(JSON, current, json("[1]")));

        assertThat(wrongType.field()).isEqualTo("participants.statedTotal");
        assertThat(wrongType.rule()).isEqualTo("type");
        assertThat(notAnObject.rule()).isEqualTo("merge-patch");
    }
}
