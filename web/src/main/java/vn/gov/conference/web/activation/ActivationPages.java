package vn.gov.conference.web.activation;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.gov.conference.web.api.ApiRefusal;
import vn.gov.conference.web.api.ConferenceApi;

/**
 * The page the activation letter links to ({@code /kich-hoat/{token}}, through the gateway): the person an office
 * made an account for chooses their password, twice, with the rules said before they type; the API checks it (length,
 * not their email or name, not one kind of character) and uses the link up. Its refusals are said in Vietnamese next
 * to the field; a link used, replaced or expired gets a page saying whom to ask for a new one. Plain HTML, no script,
 * no session: the token in the address is the only credential (no cache keeps the page, no Referer carries it).
 */
@Controller
class ActivationPages {

    private final ConferenceApi api;

    ActivationPages(ConferenceApi api) {
        this.api = api;
    }

    @GetMapping("/kich-hoat/{token}")
    String form(@PathVariable String token, Model model) {
        return page(token, Map.of(), model);
    }

    @PostMapping("/kich-hoat/{token}")
    String activate(
            @PathVariable String token,
            @RequestParam(name = "password", defaultValue = "") String password,
            @RequestParam(name = "again", defaultValue = "") String again,
            Model model,
            HttpServletResponse response) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (password.isEmpty()) {
            errors.put("password", "Nhập mật khẩu mới.");
        } else if (!password.equals(again)) {
            errors.put("again", "Hai lần nhập không giống nhau; nhập lại mật khẩu ở ô này.");
        }
        if (errors.isEmpty()) {
            try {
                api.activate(token, password);
                model.addAttribute("activated", true);
                return "activation";
            } catch (ApiRefusal refusal) {
                if (!refusal.aboutInput()) {
                    throw refusal;
                }
                refusal.errors()
                        .forEach(error -> errors.merge(
                                "token".equals(error.field()) ? "link" : "password",
                                message(error),
                                (a, b) -> a + " " + b));
                if (errors.isEmpty()) {
                    errors.put("password", refusal.detail());
                }
            }
        }
        response.setStatus(errors.containsKey("link") ? 410 : 422);
        return page(token, errors, model);
    }

    private static String page(String token, Map<String, String> errors, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("errors", errors);
        model.addAttribute("activated", false);
        return "activation";
    }

    /** The API's rules (gateway's PasswordRules, the activation link), said as what to do. */
    static String message(ApiRefusal.FieldError error) {
        return switch (error.rule() == null ? "" : error.rule()) {
            case "too-short" -> "Mật khẩu cần ít nhất 12 ký tự.";
            case "contains-identity" -> "Mật khẩu không được chứa email hay họ tên của bạn.";
            case "one-character-class" -> "Mật khẩu cần có ít nhất hai loại ký tự: chữ, số hoặc ký hiệu.";
            case "activation-link-invalid" ->
                "Liên kết kích hoạt này không còn dùng được: đã dùng rồi, đã có liên kết mới hơn, hoặc đã quá hạn. "
                        + "Hãy nhờ Văn phòng UBND tỉnh gửi lại thư kích hoạt, rồi bấm liên kết trong thư mới nhất.";
            default -> error.message();
        };
    }
}
