package vn.gov.conference.gateway.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import vn.gov.conference.platform.web.Problems;

/**
 * Problems for the gateway's own endpoints (clients, people), shaped like the services' ({@code rule}, and
 * {@code errors: [{field, rule, message}]} when a field is at fault). Ahead of Boot's problem-details handler, whose
 * answers name no rule.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class RefusalAdvice {

    @ExceptionHandler(Refusal.class)
    void refused(Refusal refusal, HttpServletRequest request, HttpServletResponse response) throws IOException {
        ProblemDetail problem = Problems.of(refusal.status(), refusal.rule(), refusal.status().getReasonPhrase(),
                refusal.getMessage(), request);
        if (refusal.field() != null) {
            problem.setProperty("errors",
                    List.of(Map.of("field", refusal.field(), "rule", refusal.rule(), "message", refusal.getMessage())));
        }
        if (refusal.retryAfterSeconds() != null) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(refusal.retryAfterSeconds()));
            problem.setProperty("retryAfterSeconds", refusal.retryAfterSeconds());
        }
        Problems.write(response, problem);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    void unreadable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Problems.write(response, Problems.of(HttpStatus.BAD_REQUEST, "unreadable-body", "Bad Request",
                "The body is not the JSON object this address expects.", request));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    void mistyped(MethodArgumentTypeMismatchException mismatch, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        refused(Refusal.invalid(mismatch.getName(), "type", "'" + mismatch.getValue() + "' is not a valid "
                + mismatch.getName() + "."), request, response);
    }
}
