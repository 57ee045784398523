package vn.gov.conference.gateway.routing;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.util.HtmlUtils;
import vn.gov.conference.platform.web.RequestIds;

/**
 * The answer a person gets in the browser when the pages cannot be served (502, 503, 504): a small Vietnamese page
 * that says to try again, instead of JSON. A caller that does not ask for HTML (a script, the web module's own tests)
 * keeps getting the problem.
 */
final class FailurePage {

    private FailurePage() {}

    /** Only an explicit {@code text/html}: {@code *}{@code /*} (curl, HTTP clients) means "whatever the API gives". */
    static boolean wanted(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept == null) {
            return false;
        }
        try {
            List<MediaType> types = MediaType.parseMediaTypes(accept);
            return types.stream()
                    .anyMatch(type -> MediaType.TEXT_HTML.equalsTypeAndSubtype(type) && type.getQualityValue() > 0);
        } catch (InvalidMediaTypeException ex) {
            return false;
        }
    }

    static void write(HttpServletResponse response, ProblemDetail problem, HttpServletRequest request)
            throws IOException {
        if (response.isCommitted()) {
            return;
        }
        String requestId = RequestIds.of(request);
        String html = """
                <!doctype html>
                <html lang="vi">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Hệ thống đang bận</title>
                <style>
                body{font-family:system-ui,"Segoe UI",Roboto,Arial,sans-serif;margin:0;padding:2rem 1rem;color:#1a1a1a;background:#fff}
                main{max-width:32rem;margin:0 auto}
                h1{font-size:1.4rem;color:#8a1c1c}
                p{line-height:1.5}
                .ma{color:#555;font-size:.9rem}
                </style>
                </head>
                <body>
                <main>
                <h1>Hệ thống đang bận, vui lòng thử lại sau ít phút</h1>
                <p>Trang này tạm thời chưa mở được. Thông tin của quý vị không bị mất: hãy mở lại đường dẫn
                trong thư mời sau ít phút.</p>
                <p>Nếu vẫn không được, xin liên hệ đơn vị tổ chức hội nghị và cho biết mã yêu cầu dưới đây.</p>
                <p class="ma">Mã lỗi %d%s</p>
                </main>
                </body>
                </html>
                """.formatted(
                problem.getStatus(), requestId == null ? "" : " · mã yêu cầu " + HtmlUtils.htmlEscape(requestId));
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        response.resetBuffer();
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.TEXT_HTML_VALUE + ";charset=UTF-8");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
    }
}
