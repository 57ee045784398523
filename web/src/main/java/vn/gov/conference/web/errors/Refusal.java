package vn.gov.conference.web.errors;

import java.util.Map;
import vn.gov.conference.web.api.ApiRefusal;

/**
 * A refusal as a delegate reads it: what happened and what to do, with the HTTP status the page answers with. The
 * API's rules are named here once; anything else is told by its status.
 *
 * @param detail the API's own sentence, shown when it is written for people (the invitation rules are Vietnamese)
 */
public record Refusal(int status, String title, String explanation, String advice, String detail) {

    private static final String CONTACT = "Vui lòng liên hệ Văn phòng đơn vị tổ chức hội nghị (ghi trong thư mời).";

    private static final Map<String, Refusal> BY_RULE = Map.ofEntries(
            rule(
                    "link-expired",
                    410,
                    "Đường dẫn đã hết hạn",
                    "Đường dẫn trong thư chỉ dùng được đến hạn trả lời (hoặc đến hết ngày hội nghị).",
                    "Vui lòng liên hệ Văn phòng để được gửi đường dẫn mới hoặc ghi nhận trả lời qua điện thoại."),
            rule(
                    "invalid-link",
                    403,
                    "Đường dẫn không hợp lệ",
                    "Đường dẫn không đầy đủ hoặc đã bị thay đổi, nên không thể xác nhận đây là thư mời của bạn.",
                    "Hãy mở lại đường dẫn bằng cách bấm trực tiếp trong thư (không gõ lại). " + CONTACT),
            rule(
                    "already-answered",
                    409,
                    "Giấy mời đã được trả lời",
                    "Câu trả lời trước đó đã được ghi nhận; mỗi giấy mời chỉ trả lời một lần qua đường dẫn.",
                    "Nếu cần thay đổi, vui lòng liên hệ Văn phòng để mở lại giấy mời."),
            rule(
                    "answer-deadline-passed",
                    409,
                    "Đã hết hạn trả lời",
                    "Hạn trả lời giấy mời qua đường dẫn đã qua.",
                    "Vui lòng liên hệ Văn phòng để báo tham dự, từ chối hoặc cử người thay thế."),
            rule(
                    "invitation-cancelled",
                    409,
                    "Hội nghị đã hủy",
                    "Hội nghị đã được hủy; giấy mời không còn hiệu lực.",
                    CONTACT),
            rule(
                    "check-in-not-open",
                    409,
                    "Chưa đến ngày điểm danh",
                    "Chỉ điểm danh được vào ngày diễn ra hội nghị.",
                    "Vui lòng mở lại đường dẫn này vào ngày hội nghị."),
            rule(
                    "already-checked-in",
                    409,
                    "Đã điểm danh",
                    "Đại biểu đã được điểm danh trước đó.",
                    "Không cần điểm danh lại."),
            rule(
                    "not-attending",
                    409,
                    "Không thể điểm danh",
                    "Đại biểu đã từ chối hoặc đã cử người thay thế.",
                    "Vui lòng liên hệ bàn đón tiếp hoặc Văn phòng để được mở lại giấy mời."),
            rule(
                    "not-scheduled",
                    409,
                    "Hội nghị chưa có thời gian chính thức",
                    "Thời gian chính thức của hội nghị chưa được thông báo, nên chưa thể điểm danh.",
                    "Thời gian chính thức sẽ được gửi qua thư; vui lòng chờ thư thông báo."),
            rule(
                    "seat-quota-check-in",
                    409,
                    "Điểm danh theo từng đại biểu",
                    "Đây là giấy mời theo số lượng của đơn vị; mỗi đại biểu được cử điểm danh bằng thư mời riêng.",
                    "Vui lòng dùng mã QR trong thư mời của từng đại biểu."),
            rule(
                    "link-not-yet-valid",
                    403,
                    "Chưa đến ngày sử dụng đường dẫn",
                    "Đường dẫn bàn đón tiếp chỉ dùng được vào đúng ngày Văn phòng đã cấp.",
                    "Vui lòng mở lại vào ngày đó, hoặc đề nghị Văn phòng cấp đường dẫn cho hôm nay."),
            rule(
                    "not-found",
                    404,
                    "Không tìm thấy",
                    "Không tìm thấy giấy mời hoặc hội nghị theo đường dẫn này.",
                    "Hãy kiểm tra lại đường dẫn trong thư. " + CONTACT));

    private static Map.Entry<String, Refusal> rule(
            String rule, int status, String title, String explanation, String advice) {
        return Map.entry(rule, new Refusal(status, title, explanation, advice, null));
    }

    public static Refusal of(ApiRefusal refusal) {
        String detail = forPeople(refusal.detail()) ? refusal.detail() : null;
        Refusal known = refusal.rule() == null ? null : BY_RULE.get(refusal.rule());
        if (known != null) {
            return new Refusal(known.status, known.title, known.explanation, known.advice, detail);
        }
        return switch (refusal.status()) {
            case 401, 403 -> BY_RULE.get("invalid-link");
            case 404 -> BY_RULE.get("not-found");
            case 410 -> BY_RULE.get("link-expired");
            case 409 ->
                new Refusal(
                        409, "Không thực hiện được", "Yêu cầu không phù hợp với trạng thái hiện tại.", CONTACT, detail);
            default ->
                new Refusal(
                        refusal.status() == 400 ? 422 : refusal.status(),
                        "Không thực hiện được",
                        "Thông tin gửi lên chưa hợp lệ.",
                        "Vui lòng quay lại, kiểm tra và gửi lại. " + CONTACT,
                        detail);
        };
    }

    public static Refusal unavailable() {
        return new Refusal(
                503,
                "Hệ thống tạm thời chưa phản hồi",
                "Máy chủ của hội nghị đang bận hoặc đang bảo trì; chưa có gì được ghi nhận.",
                "Vui lòng thử lại sau ít phút. Nếu vẫn không được, "
                        + CONTACT.substring(0, 1).toLowerCase() + CONTACT.substring(1),
                null);
    }

    public static Refusal ofStatus(int status) {
        if (status == 404) {
            return new Refusal(
                    404,
                    "Không tìm thấy trang",
                    "Địa chỉ này không có trang nào.",
                    "Hãy mở trang bằng đường dẫn trong thư mời. " + CONTACT,
                    null);
        }
        if (status == 405) {
            return new Refusal(
                    405,
                    "Không mở được trang này",
                    "Địa chỉ này chỉ dùng để gửi biểu mẫu, không mở trực tiếp được.",
                    "Hãy mở lại đường dẫn trong thư mời. " + CONTACT,
                    null);
        }
        if (status >= 500) {
            return new Refusal(
                    status,
                    "Đã có lỗi",
                    "Đã có lỗi phía hệ thống; chưa có gì được ghi nhận.",
                    "Vui lòng thử lại sau ít phút. " + CONTACT,
                    null);
        }
        return new Refusal(status, "Không thực hiện được", "Yêu cầu không hợp lệ.", CONTACT, null);
    }

    /** The services write their rules for people in Vietnamese and their generic errors in English. */
    private static boolean forPeople(String detail) {
        return detail != null && detail.chars().anyMatch(c -> c > 0x7F);
    }
}
