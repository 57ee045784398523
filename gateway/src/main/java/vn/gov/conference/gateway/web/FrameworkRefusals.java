package vn.gov.conference.gateway.web;

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
import vn.gov.conference.platform.web.RequestIds;

/**
 * What Spring MVC refuses on its own at the gateway (a path under {@code /api} that no route and no endpoint serves,
 * a method or a body type an endpoint does not take, an {@code Accept} it cannot answer) as the same problem every
 * other refusal is, with a rule-named {@code type}; in place of Boot's handler, whose problems are typed
 * {@code about:blank}.
 */
@RestControllerAdvice
class FrameworkRefusals extends ResponseEntityExceptionHandler {

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
            WebRequest request) {
        if (body instanceof ProblemDetail problem && (problem.getType() == null
                || "about:blank".equals(problem.getType().toString()))) {
            HttpStatus status = HttpStatus.resolve(statusCode.value());
            String rule = status == null ? "error" : status.name().toLowerCase(Locale.ROOT).replace('_', '-');
            problem.setType(URI.create("https://conference.gov.vn/problems/" + rule));
            problem.setProperty("rule", rule);
            if (request instanceof ServletWebRequest servlet && RequestIds.of(servlet.getRequest()) != null) {
                problem.setProperty("requestId", RequestIds.of(servlet.getRequest()));
            }
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }
}
