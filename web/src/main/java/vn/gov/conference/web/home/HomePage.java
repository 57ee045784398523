package vn.gov.conference.web.home;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** What someone who opens the bare address reads: what this is, and that delegates use their letters' links. */
@Controller
class HomePage {

    @GetMapping("/")
    String home() {
        return "home";
    }
}
