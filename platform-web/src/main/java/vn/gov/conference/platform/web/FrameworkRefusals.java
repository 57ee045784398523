package vn.gov.conference.platform.web;

import java.net.URI;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * What Spring MVC refuses on its own (404 of an unknown path, 405, 406, 415, 413 of a multipart upload, a missing
 * header…) comes as a problem typed {@code about:blank}: this gives it the rule-named {@code type} and {@code rule}
 * every other refusal has, and the request id. The gateway uses it as it is; the services' {@code ProblemDetailsAdvice}
 * extends it.
 */
@RestControllerAdvice
public class FrameworkRefusals extends ResponseEntityExceptionHandler {

    @Override
    protected ResponseEntity<Object> createResponseEntity(
            Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        if (body instanceof ProblemDetail problem
                && (problem.getType() == null
                        || "about:blank".equals(problem.getType().toString()))) {
            HttpStatus status = HttpStatus.resolve(statusCode.value());
            String rule = status == null
                    ? "error"
                    : status.name().toLowerCase(Locale.ROOT).replace('_', '-');
            problem.setType(URI.create(Problems.TYPE_BASE + rule));
            problem.setProperty("rule", rule);
            if (request instanceof ServletWebRequest servlet && RequestIds.of(servlet.getRequest()) != null) {
                problem.setProperty("requestId", RequestIds.of(servlet.getRequest()));
            }
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }
}
