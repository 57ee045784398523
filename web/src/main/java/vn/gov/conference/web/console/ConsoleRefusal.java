package vn.gov.conference.web.console;

import vn.gov.conference.web.api.ApiRefusal;

/**
 * A refusal as staff read it: what happened, the API's own words when it gave some, and what to do. The console
 * refuses nothing itself beyond offering each role its pages: the API decides, and its sentence is shown as it is.
 */
public record ConsoleRefusal(int status, String title, String explanation, String detail, String advice) {

    private static final String BACK = "Quay lại trang chính của bảng điều hành để chọn việc thuộc vai trò của bạn.";

    static ConsoleRefusal wrongRole() {
        return new ConsoleRefusal(
                403,
                "Trang này không dành cho vai trò của bạn",
                "Tài khoản của bạn không có quyền mở trang này.",
                null,
                BACK);
    }

    static ConsoleRefusal of(ApiRefusal refusal) {
        return switch (refusal.status()) {
            case 401 ->
                new ConsoleRefusal(
                        401,
                        "Phiên đăng nhập đã hết",
                        "Hệ thống không còn nhận phiên đăng nhập này.",
                        refusal.detail(),
                        "Hãy đăng nhập lại.");
            case 403 ->
                new ConsoleRefusal(
                        403,
                        "Không có quyền",
                        "Hệ thống từ chối yêu cầu này với tài khoản của bạn (vai trò hoặc tỉnh khác).",
                        refusal.detail(),
                        BACK);
            case 404 ->
                new ConsoleRefusal(
                        404,
                        "Không tìm thấy",
                        "Không có kế hoạch hoặc hồ sơ này, hoặc nó không thuộc phạm vi của bạn.",
                        refusal.detail(),
                        BACK);
            case 503 ->
                new ConsoleRefusal(
                        503,
                        "Hệ thống đang bận",
                        "Hệ thống đang nhận quá nhiều việc cùng lúc (chẳng hạn nhiều tệp gửi lên một lúc); yêu cầu này"
                                + " chưa được ghi nhận.",
                        refusal.detail(),
                        "Hãy thử lại sau ít phút.");
            default ->
                new ConsoleRefusal(
                        refusal.status(),
                        "Không thực hiện được",
                        "Hệ thống không chấp nhận yêu cầu.",
                        refusal.detail(),
                        BACK);
        };
    }

    static ConsoleRefusal unavailable() {
        return new ConsoleRefusal(
                503,
                "Hệ thống tạm thời không trả lời",
                "Không kết nối được với hệ thống quản lý hội nghị.",
                null,
                "Vui lòng thử lại sau ít phút; nếu vẫn lỗi, báo bộ phận kỹ thuật.");
    }
}
