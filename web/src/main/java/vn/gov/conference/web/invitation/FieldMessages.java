package vn.gov.conference.web.invitation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gov.conference.web.api.ApiRefusal;

/**
 * The API's field errors placed on the form's fields: {@code delegates[1].email} of the request is the block the
 * delegate typed it in (blank blocks are not sent), and a message without a field goes at the top of the form.
 */
final class FieldMessages {

    static final String FORM = "form";
    private static final Pattern DELEGATE = Pattern.compile("^delegates\\[(\\d+)](.*)$");
    /** The fields the forms show a message next to; a message about any other goes at the top. */
    private static final Pattern SHOWN = Pattern.compile(
            "^(reason|substitute(\\.(name|position|email))?|delegates(\\[\\d+]\\.(name|position|email|bridgePointCode))?)$");

    private FieldMessages() {}

    static Map<String, String> of(ApiRefusal refusal, List<Integer> sentBlocks) {
        Map<String, String> messages = new LinkedHashMap<>();
        for (ApiRefusal.FieldError error : refusal.errors()) {
            String field = error.field() == null ? FORM : formField(error.field(), sentBlocks);
            if (!SHOWN.matcher(field).matches()) {
                field = FORM;
            }
            messages.merge(field, message(error.message(), refusal), (a, b) -> a + " " + b);
        }
        if (messages.isEmpty()) {
            messages.put(FORM, message(refusal.detail(), refusal));
        }
        return messages;
    }

    private static String formField(String field, List<Integer> sentBlocks) {
        Matcher delegate = DELEGATE.matcher(field);
        if (delegate.matches()) {
            int sent = Integer.parseInt(delegate.group(1));
            int block = sent < sentBlocks.size() ? sentBlocks.get(sent) : sent;
            return "delegates[" + block + "]" + delegate.group(2);
        }
        return field;
    }

    /** The services word their rules for people; a generic English message becomes a Vietnamese one. */
    private static String message(String message, ApiRefusal refusal) {
        if (message != null && message.chars().anyMatch(c -> c > 0x7F)) {
            return message;
        }
        return switch (refusal.rule() == null ? "" : refusal.rule()) {
            case "email-invalid", "email" -> "Địa chỉ email chưa đúng.";
            default -> "Thông tin này chưa hợp lệ; vui lòng kiểm tra lại.";
        };
    }
}
