package vn.gov.conference.web.errors;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.ui.Model;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import vn.gov.conference.web.api.ApiRefusal;
import vn.gov.conference.web.api.ApiUnavailable;

/** Every refusal becomes a readable page with the right status: never JSON, never a stack trace. */
@ControllerAdvice
class RefusalPages {

    private static final Logger log = LoggerFactory.getLogger(RefusalPages.class);

    @ExceptionHandler(ApiRefusal.class)
    String refused(ApiRefusal refusal, Model model, HttpServletResponse response) {
        return page(Refusal.of(refusal), model, response);
    }

    @ExceptionHandler(ApiUnavailable.class)
    String unavailable(ApiUnavailable ex, Model model, HttpServletResponse response) {
        log.warn("API unavailable: {}", ex.getMessage());
        return page(Refusal.unavailable(), model, response);
    }

    /** A link without its {@code sig} was cut short when copied. */
    @ExceptionHandler(MissingServletRequestParameterException.class)
    String incomplete(MissingServletRequestParameterException ex, Model model, HttpServletResponse response) {
        return page(Refusal.of(new ApiRefusal(403, "invalid-link", null, null)), model, response);
    }

    /** An address no page has (an old or mistyped link): a page saying so rather than the container's 404. */
    @ExceptionHandler({NoHandlerFoundException.class, NoResourceFoundException.class})
    String notFound(Exception ex, Model model, HttpServletResponse response) {
        return page(Refusal.ofStatus(404), model, response);
    }

    /** A POST-only address opened as a link, or a page posted to. */
    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    String wrongMethod(HttpRequestMethodNotSupportedException ex, Model model, HttpServletResponse response) {
        return page(Refusal.ofStatus(405), model, response);
    }

    static String page(Refusal refusal, Model model, HttpServletResponse response) {
        response.setStatus(refusal.status());
        model.addAttribute("refusal", refusal);
        return "refusal";
    }
}
