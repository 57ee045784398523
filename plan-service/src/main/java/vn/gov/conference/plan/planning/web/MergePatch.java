package vn.gov.conference.plan.planning.web;

import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.gov.conference.plan.planning.PlanRequest;
import vn.gov.conference.platform.web.InvalidInputException;

/**
 * JSON Merge Patch (RFC 7396) of a plan's request form: members of the patch replace those of the plan, null
 * removes them, arrays are replaced whole. What comes out is read again as a {@link PlanRequest}.
 */
final class MergePatch {

    private MergePatch() {}

    static PlanRequest apply(JsonMapper json, PlanRequest current, JsonNode patch) {
        if (patch == null || patch.isNull() || patch.isMissingNode()) {
            return current;
        }
        if (!patch.isObject()) {
            throw new InvalidInputException("body", "merge-patch", "A plan is patched with a JSON object.");
        }
        JsonNode merged = merge(json.valueToTree(current), patch);
        try {
            return json.treeToValue(merged, PlanRequest.class);
        } catch (DatabindException e) {
            String field = e.getPath().stream()
                    .map(r -> r.getPropertyName() != null ? "." + r.getPropertyName() : "[" + r.getIndex() + "]")
                    .reduce("", String::concat)
                    .replaceFirst("^\\.", "");
            throw new InvalidInputException(
                    field.isEmpty() ? "body" : field,
                    "type",
                    "The field '" + field + "' has a value of the wrong type or format.");
        } catch (JacksonException e) {
            throw new InvalidInputException("body", "type", e.getOriginalMessage());
        }
    }

    static JsonNode merge(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        ObjectNode result = target != null && target.isObject()
                ? ((ObjectNode) target).deepCopy()
                : JsonMapper.builder().build().createObjectNode();
        for (Map.Entry<String, JsonNode> member : patch.properties()) {
            if (member.getValue().isNull()) {
                result.remove(member.getKey());
            } else {
                result.set(member.getKey(), merge(result.get(member.getKey()), member.getValue()));
            }
        }
        return result;
    }
}
