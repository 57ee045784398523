package vn.gov.conference.web.errors;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import vn.gov.conference.web.console.ConsoleFallback;

/**
 * What the servlet container reports itself (an unknown address, a wrong method, an unexpected failure) is the same
 * kind of page, whatever the browser asked for: the pages never answer JSON.
 */
@Controller
class ErrorPages implements ErrorController {

    private final ConsoleFallback console;

    ErrorPages(ConsoleFallback console) {
        this.console = console;
    }

    @RequestMapping("/error")
    String error(HttpServletRequest request, HttpServletResponse response, Model model) {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int code = status instanceof Integer value ? value : 500;
        if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri
                && uri.startsWith("/console/")) {
            // Staff get the console's page (a file over the limit, refused by the container before any controller).
            return console.error(code, model, response);
        }
        return RefusalPages.page(Refusal.ofStatus(code), model, response);
    }
}
