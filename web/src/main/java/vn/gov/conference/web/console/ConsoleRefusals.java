package vn.gov.conference.web.console;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import vn.gov.conference.web.api.ApiRefusal;
import vn.gov.conference.web.api.ApiUnavailable;

/** The console's refusals, worded for staff (ahead of the delegates' pages' advice, which speaks to delegates). */
@ControllerAdvice(basePackages = "vn.gov.conference.web.console")
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConsoleRefusals {

    private static final Logger log = LoggerFactory.getLogger(ConsoleRefusals.class);

    @ExceptionHandler(ApiRefusal.class)
    String refused(ApiRefusal refusal, Model model, HttpServletResponse response) {
        return page(ConsoleRefusal.of(refusal), model, response);
    }

    @ExceptionHandler(ApiUnavailable.class)
    String unavailable(ApiUnavailable ex, Model model, HttpServletResponse response) {
        log.warn("API unavailable: {}", ex.getMessage());
        return page(ConsoleRefusal.unavailable(), model, response);
    }

    static String page(ConsoleRefusal refusal, Model model, HttpServletResponse response) {
        response.setStatus(refusal.status());
        model.addAttribute("refusal", refusal);
        return "console/refusal";
    }
}
