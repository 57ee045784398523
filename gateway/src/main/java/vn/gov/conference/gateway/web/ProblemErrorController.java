package vn.gov.conference.gateway.web;

import java.net.URI;
import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Replaces Boot's {@code BasicErrorController} so that whatever ends in the servlet container's error dispatch (an
 * exception from a filter, a {@code sendError}, a path nothing serves) still answers {@code application/problem+json}.
 */
@RestController
class ProblemErrorController implements ErrorController {

    @RequestMapping("${server.error.path:/error}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        HttpStatus status = status(request);
        String detail = switch (status) {
            case NOT_FOUND -> "Nothing is served at this address.";
            case METHOD_NOT_ALLOWED -> "This address does not accept the method " + request.getMethod() + ".";
            case INTERNAL_SERVER_ERROR -> "The gateway failed to handle the request; quote its request id.";
            default -> status.getReasonPhrase();
        };
        ProblemDetail problem = Problems.of(status, slug(status), status.getReasonPhrase(), detail, request);
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (path != null) {
            problem.setInstance(URI.create(path.toString()));
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code instanceof Integer value) {
            HttpStatus status = HttpStatus.resolve(value);
            if (status != null) {
                return status;
            }
        }
        return HttpStatus.INTERNAL_SERVER_ERROR;
    }

    private static String slug(HttpStatus status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
