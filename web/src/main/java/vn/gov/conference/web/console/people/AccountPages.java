package vn.gov.conference.web.console.people;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.gov.conference.platform.time.VietnamTime;
import vn.gov.conference.web.api.ApiRefusal;
import vn.gov.conference.web.console.ConsoleApi;
import vn.gov.conference.web.console.Reference;
import vn.gov.conference.web.console.StaffMember;

/**
 * The office's accounts (Văn phòng UBND tỉnh): who of its province's offices and departments may sign in to the
 * console, and where each account stands; a new account for a department's officer (name, official email, role, unit
 * of the province), which the API answers by mailing a one-time activation link; that link sent again while the
 * person has not chosen a password, or a link to choose a new one when they forgot it; an account disabled, after a page that says it cannot be undone here. The API
 * decides who may and what it takes; its refusals are said next to their fields, the usual ones in Vietnamese
 * ({@link #message}).
 */
@Controller
@RequestMapping("/console/tai-khoan")
class AccountPages {

    private static final Set<String> ROLES = Set.of("DEPARTMENT", "OFFICE");

    private final PeopleApi people;
    private final ConsoleApi reference;
    private final Clock clock;

    AccountPages(PeopleApi people, ConsoleApi reference, Clock clock) {
        this.people = people;
        this.reference = reference;
        this.clock = clock;
    }

    @GetMapping
    String accounts(@AuthenticationPrincipal OidcUser user, Model model) {
        return page(StaffMember.of(user), Map.of("role", "DEPARTMENT"), Map.of(), model);
    }

    @PostMapping
    String create(
            @AuthenticationPrincipal OidcUser user,
            @RequestParam Map<String, String> form,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        StaffMember me = StaffMember.of(user);
        Map<String, String> typed = new LinkedHashMap<>();
        for (String field : List.of("name", "email", "role", "unit")) {
            typed.put(field, form.getOrDefault(field, "").strip());
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (typed.get("name").isEmpty()) {
            errors.put("name", "Nhập họ và tên người dùng tài khoản.");
        }
        if (typed.get("email").isEmpty()) {
            errors.put("email", "Nhập email công vụ: thư kích hoạt gửi đến địa chỉ này.");
        }
        if (!ROLES.contains(typed.get("role"))) {
            errors.put("role", "Chọn vai trò.");
        }
        if (typed.get("unit").isEmpty()) {
            errors.put("unit", "Chọn đơn vị của người này.");
        }
        if (errors.isEmpty()) {
            try {
                StaffAccount created = people.create(new PeopleApi.NewAccount(
                        typed.get("name"), typed.get("email"), typed.get("role"), me.province(), typed.get("unit")));
                redirect.addFlashAttribute(
                        "done",
                        Boolean.FALSE.equals(created.activationMailSent())
                                ? "Đã tạo tài khoản cho " + created.name()
                                        + ", nhưng thư kích hoạt chưa gửi được: bấm “Gửi lại thư kích hoạt”."
                                : "Đã tạo tài khoản cho " + created.name() + ". Thư kích hoạt đã gửi đến "
                                        + created.email() + "; người nhận bấm liên kết trong thư để đặt mật khẩu.");
                return "redirect:/console/tai-khoan";
            } catch (ApiRefusal refusal) {
                if (!refusal.answerableInForm()) {
                    throw refusal;
                }
                response.setStatus(refusal.status() == 400 ? 422 : refusal.status());
                refusal.errors()
                        .forEach(error -> errors.merge(
                                error.field() == null || !typed.containsKey(error.field()) ? "form" : error.field(),
                                message(error),
                                (a, b) -> a + " " + b));
                if (errors.isEmpty()) {
                    errors.put(
                            "form", refusal.detail() == null ? "Hệ thống không tạo tài khoản này." : refusal.detail());
                }
                return page(me, typed, errors, model);
            }
        }
        response.setStatus(422);
        return page(me, typed, errors, model);
    }

    /** A new link: to activate a new account, or, for an active one, to choose a new password. */
    @PostMapping("/{id}/gui-lai")
    String reinvite(@PathVariable String id, RedirectAttributes redirect) {
        StaffAccount account = people.reinvite(id);
        String sent;
        if (Boolean.FALSE.equals(account.activationMailSent())) {
            sent = "Chưa gửi được thư cho " + account.name() + "; hãy thử lại sau ít phút.";
        } else if (account.invited()) {
            sent = "Đã gửi lại thư kích hoạt đến " + account.email()
                    + "; liên kết trong thư trước không còn dùng được.";
        } else {
            sent = "Đã gửi liên kết đặt lại mật khẩu đến " + account.email()
                    + "; mật khẩu hiện tại vẫn dùng được đến khi người đó đặt mật khẩu mới.";
        }
        redirect.addFlashAttribute("done", sent);
        return "redirect:/console/tai-khoan";
    }

    /** Asks first: the office cannot enable an account again (only the operators can). */
    @GetMapping("/{id}/vo-hieu-hoa")
    String confirmDisable(@PathVariable String id, Model model) {
        model.addAttribute("account", people.account(id));
        return "console/account-disable";
    }

    @PostMapping("/{id}/vo-hieu-hoa")
    String disable(@PathVariable String id, RedirectAttributes redirect) {
        StaffAccount account = people.account(id);
        people.disable(id);
        redirect.addFlashAttribute(
                "done", "Đã vô hiệu hóa tài khoản của " + account.name() + ": người này không đăng nhập được nữa.");
        return "redirect:/console/tai-khoan";
    }

    private String page(StaffMember me, Map<String, String> typed, Map<String, String> errors, Model model) {
        // Units in force today: an account is made for someone of a unit that exists (the API checks it too).
        List<Reference.Unit> units =
                reference.units(me.province(), LocalDate.now(clock.withZone(VietnamTime.ZONE))).stream()
                        .filter(unit -> me.province() != null && me.province().equals(unit.province()))
                        .filter(unit -> !unit.collective())
                        .toList();
        model.addAttribute("accounts", people.accounts(me.province()));
        model.addAttribute("units", units);
        model.addAttribute(
                "unitNames",
                units.stream().collect(Collectors.toMap(Reference.Unit::code, Reference.Unit::name, (a, b) -> a)));
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        return "console/accounts";
    }

    /** The API's refusals an office meets, in Vietnamese with what to do; its own words for the rest. */
    static String message(ApiRefusal.FieldError error) {
        return switch (error.rule() == null ? "" : error.rule()) {
            case "email-taken" ->
                "Email này đã có tài khoản. Nếu người đó chưa kích hoạt, bấm “Gửi lại thư kích hoạt”"
                        + " ở dòng của họ.";
            case "email" -> "Email không đúng dạng (ví dụ: ten.donvi@tiengiang.gov.vn).";
            case "too-long" -> "Họ và tên dài quá 200 ký tự.";
            default -> error.message();
        };
    }
}
