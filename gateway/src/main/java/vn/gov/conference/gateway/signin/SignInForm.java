package vn.gov.conference.gateway.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code GET /dang-nhap}: the empty form; its POST is Spring Security's ({@link SignInConfiguration}). */
@Controller
@ConditionalOnBooleanProperty(name = "conference.gateway.auth.embedded-server", matchIfMissing = true)
class SignInForm {

    @GetMapping(SignInPage.PATH)
    void form(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SignInPage.write(request, response, null, null);
    }
}
