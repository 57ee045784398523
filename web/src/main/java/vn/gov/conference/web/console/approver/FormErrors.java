package vn.gov.conference.web.console.approver;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.gov.conference.web.api.ApiRefusal;

/**
 * The API's refusal of a form, by field, in its own words: a message naming a field goes next to it, anything else
 * ({@code form}) above the form.
 */
final class FormErrors {

    static final String FORM = "form";

    private FormErrors() {}

    static Map<String, String> of(ApiRefusal refusal) {
        Map<String, String> errors = new LinkedHashMap<>();
        refusal.errors()
                .forEach(error -> errors.merge(
                        field(error.field()),
                        error.message() == null ? refusal.detail() : error.message(),
                        (a, b) -> a + " " + b));
        if (errors.isEmpty()) {
            errors.put(FORM, refusal.detail() == null ? "Hệ thống không chấp nhận yêu cầu." : refusal.detail());
        }
        return errors;
    }

    /** The schedule form types a day and a time; the API names the moment they make. */
    private static String field(String apiField) {
        if (apiField == null) {
            return FORM;
        }
        return switch (apiField) {
            case "start" -> "day";
            case "issuedOn", "number", "reason" -> apiField;
            default -> FORM;
        };
    }
}
