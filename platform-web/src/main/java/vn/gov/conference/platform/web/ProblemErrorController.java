package vn.gov.conference.platform.web;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Replaces Boot's {@code BasicErrorController} (JSON of its own shape, or an HTML page for a browser): whatever ends
 * in the servlet container's error dispatch (a {@code sendError}, a request the security firewall rejects, an
 * exception from a filter) answers {@code application/problem+json} with a {@code type}, like every other refusal.
 */
@RestController
@Hidden
public class ProblemErrorController implements ErrorController {

    @RequestMapping("${server.error.path:${error.path:/error}}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        HttpStatus status = status(request);
        String detail = switch (status) {
            case NOT_FOUND -> "Nothing is served at this address.";
            case METHOD_NOT_ALLOWED -> "This address does not accept the method " + request.getMethod() + ".";
            case INTERNAL_SERVER_ERROR -> "Something went wrong on our side; it has been logged under the request id.";
            default -> status.getReasonPhrase() + ".";
        };
        ProblemDetail problem = Problems.of(
                status,
                status.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                status.getReasonPhrase(),
                detail,
                request);
        problem.setInstance(null);
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (path != null) {
            try {
                problem.setInstance(URI.create(path.toString()));
            } catch (IllegalArgumentException ex) {
                // A path the firewall rejected may not even be a URI: leave instance out.
            }
        }
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static HttpStatus status(HttpServletRequest request) {
        if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code) {
            HttpStatus status = HttpStatus.resolve(code);
            if (status != null && status.isError()) {
                return status;
            }
        }
        return HttpStatus.INTERNAL_SERVER_ERROR;
    }
}
