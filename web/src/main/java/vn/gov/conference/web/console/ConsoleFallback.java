package vn.gov.conference.web.console;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * The console's own answers where no console page is involved: an address under {@code /console} that no page has
 * (every other mapping is more specific, so this one only takes what is left), and what the servlet container or
 * the multipart reader refuses before any controller runs (a file over the limit), so that staff never get the
 * delegates' refusal page or JSON.
 */
@Controller
public class ConsoleFallback {

    private final long limitMegabytes;

    ConsoleFallback(MultipartProperties multipart) {
        this.limitMegabytes = multipart.getMaxFileSize().toMegabytes();
    }

    @RequestMapping("/console/**")
    String notFound(Model model, HttpServletResponse response) {
        return error(404, model, response);
    }

    /** The console's page for a status the container reports itself (the error dispatch of a /console address). */
    public String error(int status, Model model, HttpServletResponse response) {
        ConsoleRefusal refusal = switch (status) {
            case 404 ->
                new ConsoleRefusal(
                        404,
                        "Không có trang này",
                        "Địa chỉ này không có trang nào của bảng điều hành (có thể đã gõ sai hoặc đường dẫn đã cũ).",
                        null,
                        "Quay lại trang chính của bảng điều hành để chọn việc thuộc vai trò của bạn.");
            case 413 ->
                new ConsoleRefusal(
                        413,
                        "Tệp quá lớn",
                        "Tệp gửi lên vượt quá giới hạn " + limitMegabytes + " MB cho mỗi lần nộp, nên hệ thống không "
                                + "nhận.",
                        null,
                        "Hãy giảm dung lượng tệp (nén, giảm độ phân giải ảnh, tách thành nhiều tệp) rồi nộp lại.");
            case 405 ->
                new ConsoleRefusal(
                        405,
                        "Không mở được theo cách này",
                        "Địa chỉ này chỉ nhận biểu mẫu gửi từ trang của bảng điều hành.",
                        null,
                        "Quay lại trang trước và dùng nút trên trang.");
            default ->
                new ConsoleRefusal(
                        status,
                        "Không thực hiện được",
                        "Hệ thống không xử lý được yêu cầu này.",
                        null,
                        "Vui lòng thử lại sau ít phút; nếu vẫn lỗi, báo bộ phận kỹ thuật.");
        };
        return ConsoleRefusals.page(refusal, model, response);
    }

    /** Multipart is read before a handler is chosen, so no package-scoped advice sees this one. */
    @ControllerAdvice
    @Order(Ordered.HIGHEST_PRECEDENCE)
    static class TooLarge {

        private final ConsoleFallback fallback;

        TooLarge(ConsoleFallback fallback) {
            this.fallback = fallback;
        }

        @ExceptionHandler(MaxUploadSizeExceededException.class)
        String tooLarge(MaxUploadSizeExceededException ex, Model model, HttpServletResponse response) {
            return fallback.error(413, model, response);
        }
    }
}
