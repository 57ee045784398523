package vn.gov.conference.gateway.limits;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import vn.gov.conference.platform.web.BodySizeLimitFilter;

/**
 * The platform's {@link BodySizeLimitFilter} with the gateway's limits ({@code conference.gateway.limits}), right
 * after the rate limit; and, for the staff console's forms, a page instead of the API's problem.
 */
@Configuration(proxyBeanMethods = false)
class BodySizeLimits {

    @Bean
    FilterRegistrationBean<BodySizeLimitFilter> bodySizeLimitFilter(LimitsProperties limits) {
        FilterRegistrationBean<BodySizeLimitFilter> registration = new FilterRegistrationBean<>(new BodySizeLimitFilter(
                limits.maxBodySize(), limits.maxUploadSize(), limits.uploadPaths(), BodySizeLimits::refuse));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 2);
        return registration;
    }

    static void refuse(HttpServletRequest request, HttpServletResponse response, long limit, String what)
            throws IOException {
        if (page(request)) {
            refusePage(request, response, limit);
            return;
        }
        BodySizeLimitFilter.problem(request, response, limit, what);
    }

    /** A form of the staff console posted it (not the API): a person reads the answer, so it is a page. */
    private static boolean page(HttpServletRequest request) {
        return request.getRequestURI().startsWith("/console/");
    }

    /**
     * The console's upload form over the limit: a Vietnamese page saying the limit, not the API's JSON, since the
     * browser shows whatever comes back. The console itself never sees the request.
     */
    private static void refusePage(HttpServletRequest request, HttpServletResponse response, long limit)
            throws IOException {
        if (response.isCommitted()) {
            return;
        }
        String size = limit % (1024 * 1024) == 0
                ? limit / (1024 * 1024) + " MB"
                : limit % 1024 == 0 ? limit / 1024 + " KB" : limit + " byte";
        // The form's own page: the address it posted to, without the action ("/console/nhiem-vu/{id}/nop").
        String uri = request.getRequestURI();
        String back = uri.substring(0, Math.max(uri.lastIndexOf('/'), "/console".length()));
        String html = """
                <!DOCTYPE html>
                <html lang="vi"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <meta name="robots" content="noindex"><title>Tệp quá lớn · Hội nghị</title>
                <style>body{font:1rem/1.5 system-ui,sans-serif;margin:0 auto;max-width:40rem;padding:1rem;color:#1f2933}
                main{border:1px solid #e8a39b;background:#fdecea;color:#8a1c10;border-radius:.5rem;padding:1rem}
                a{color:#0b4f8a;font-weight:600}</style></head>
                <body><main id="noi-dung" role="alert">
                <h1>Tệp quá lớn</h1>
                <p>Tệp gửi lên vượt quá giới hạn %s cho mỗi lần nộp, nên hệ thống không nhận.</p>
                <h2>Cần làm gì?</h2>
                <p>Hãy giảm dung lượng tệp (nén, giảm độ phân giải ảnh, tách thành nhiều tệp) rồi nộp lại.</p>
                <p><a href="%s">Quay lại trang trước</a></p>
                <p>Mã: 413</p>
                </main></body></html>
                """.formatted(
                        size,
                        back.replace("&", "&amp;")
                                .replace("\"", "&quot;")
                                .replace("<", "&lt;")
                                .replace(">", "&gt;"));
        response.resetBuffer();
        response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
        response.setHeader("Connection", "close");
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/html;charset=UTF-8");
        response.getOutputStream().write(html.getBytes(StandardCharsets.UTF_8));
        response.flushBuffer();
    }
}
