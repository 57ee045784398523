package vn.gov.conference.web.console;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The console's home, by role, and the pages around signing in and out. */
@Controller
@RequestMapping("/console")
class ConsolePages {

    @GetMapping({"", "/"})
    String home() {
        return "console/home";
    }

    /** Where the authorization server sends the browser after signing out: no session, so no {@code me}. */
    @GetMapping("/da-dang-xuat")
    String signedOut() {
        return "console/signed-out";
    }

    /** A page of another role: said so, with the way back (the URL rule refused it before any API call). */
    @RequestMapping("/tu-choi")
    String refused(Model model, HttpServletResponse response) {
        return ConsoleRefusals.page(ConsoleRefusal.wrongRole(), model, response);
    }
}
