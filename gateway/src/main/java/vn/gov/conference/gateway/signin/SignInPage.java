package vn.gov.conference.gateway.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.util.HtmlUtils;

/**
 * The login form people sign in with, in Vietnamese, plain HTML (no script): it works on a 360 px phone as on an
 * office PC, and styles itself with the pages' stylesheet when the web module is up, readable without it when not.
 * A refusal comes back as the same form, the address kept, the message above it saying what to do.
 */
final class SignInPage {

    /** What went wrong with the last attempt, as the person reads it. */
    record Problem(HttpStatus status, String title, String explanation) {

        static Problem badCredentials() {
            return new Problem(
                    HttpStatus.UNAUTHORIZED,
                    "Email hoặc mật khẩu không đúng",
                    "Kiểm tra lại địa chỉ email và mật khẩu (chữ hoa, chữ thường, bộ gõ tiếng Việt). Nhập sai nhiều "
                            + "lần liên tiếp, tài khoản sẽ bị tạm khóa.");
        }

        static Problem locked(Duration remaining) {
            long minutes = Math.max(1, (remaining.toSeconds() + 59) / 60);
            return new Problem(
                    HttpStatus.TOO_MANY_REQUESTS,
                    "Tài khoản đang tạm khóa",
                    "Mật khẩu đã bị nhập sai quá nhiều lần. Vui lòng đợi " + minutes + " phút rồi đăng nhập lại. "
                            + "Nếu đã quên mật khẩu, hãy đề nghị người quản lý tài khoản của đơn vị (Văn phòng UBND "
                            + "tỉnh, hoặc quản trị hệ thống tại Bộ Nội vụ) gửi lại đường dẫn kích hoạt.");
        }

        static Problem disabled() {
            return new Problem(
                    HttpStatus.FORBIDDEN,
                    "Tài khoản đã bị vô hiệu hóa",
                    "Tài khoản này không còn được dùng để đăng nhập. Nếu bạn vẫn cần làm việc trên hệ thống, hãy "
                            + "liên hệ Văn phòng UBND tỉnh (hoặc quản trị hệ thống tại Bộ Nội vụ) để được cấp lại "
                            + "tài khoản.");
        }
    }

    static final String PATH = "/dang-nhap";

    private SignInPage() {}

    static void write(HttpServletRequest request, HttpServletResponse response, String email, Problem problem)
            throws IOException {
        response.setStatus(
                problem == null ? HttpStatus.OK.value() : problem.status().value());
        response.setContentType(MediaType.TEXT_HTML_VALUE + ";charset=UTF-8");
        response.setHeader("Cache-Control", CacheControl.noStore().getHeaderValue());
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader(
                "Content-Security-Policy",
                "default-src 'none'; style-src 'self'; img-src 'self'; frame-ancestors 'none'; base-uri 'none'");
        response.setHeader("Content-Language", "vi");
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        response.getWriter().write(html(email, problem, csrf));
    }

    private static String html(String email, Problem problem, CsrfToken csrf) {
        String alert = problem == null ? "" : """
                    <section class="card notice warn" role="alert" id="loi-dang-nhap">
                        <h2>%s</h2>
                        <p>%s</p>
                    </section>
                """.formatted(escape(problem.title()), escape(problem.explanation()));
        String described = problem == null ? "" : " aria-describedby=\"loi-dang-nhap\"";
        String token = csrf == null
                ? ""
                : "<input type=\"hidden\" name=\"%s\" value=\"%s\">"
                        .formatted(escape(csrf.getParameterName()), escape(csrf.getToken()));
        return """
                <!DOCTYPE html>
                <html lang="vi">
                <head>
                    <meta charset="utf-8">
                    <meta name="viewport" content="width=device-width, initial-scale=1">
                    <meta name="robots" content="noindex">
                    <title>Đăng nhập · Hội nghị</title>
                    <link rel="stylesheet" href="/assets/site.css">
                    <link rel="icon" href="/assets/favicon.svg" type="image/svg+xml">
                </head>
                <body>
                <header class="site">
                    <a class="skip" href="#noi-dung">Bỏ qua, đến nội dung chính</a>
                    <p class="brand">Hội nghị chỉ số · Bảng điều hành</p>
                </header>
                <main id="noi-dung" class="narrow">
                    <h1>Đăng nhập</h1>
                    <p class="meta">Dành cho cán bộ Văn phòng UBND tỉnh, lãnh đạo UBND tỉnh, các sở, ngành và
                    Bộ Nội vụ. Đại biểu dự hội nghị không cần đăng nhập: hãy mở đường dẫn trong thư mời.</p>
                %s    <form class="card" method="post" action="/dang-nhap">
                        %s
                        <div class="field">
                            <label for="email">Email công vụ</label>
                            <input type="email" id="email" name="username" value="%s" autocomplete="username"%s
                                   required autofocus spellcheck="false" autocapitalize="none">
                        </div>
                        <div class="field">
                            <label for="mat-khau">Mật khẩu</label>
                            <input type="password" id="mat-khau" name="password" autocomplete="current-password"
                                   required>
                        </div>
                        <button type="submit" class="primary big">Đăng nhập</button>
                    </form>
                    <p class="meta">Chưa có tài khoản hoặc quên mật khẩu? Người quản lý tài khoản của đơn vị
                    (Văn phòng UBND tỉnh, hoặc quản trị hệ thống tại Bộ Nội vụ) gửi cho bạn đường dẫn kích hoạt qua
                    email.</p>
                </main>
                <footer class="site">
                    <p>Không chia sẻ mật khẩu. Đăng xuất khi dùng máy tính chung.</p>
                </footer>
                </body>
                </html>
                """.formatted(alert, token, escape(email == null ? "" : email), described);
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
