package vn.gov.conference.gateway.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import vn.gov.conference.platform.web.ApiException;
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
        if (refusal.retryAfterSeconds() != null) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(refusal.retryAfterSeconds()));
        }
        write(
                refusal.status(),
                refusal.rule(),
                refusal.field(),
                refusal.getMessage(),
                refusal.retryAfterSeconds(),
                request,
                response);
    }

    /** A rule the gateway shares with the services through platform-web (paging), refused as they refuse it. */
    @ExceptionHandler(ApiException.class)
    void refused(ApiException refusal, HttpServletRequest request, HttpServletResponse response) throws IOException {
        write(refusal.status(), refusal.rule(), refusal.field(), refusal.getMessage(), null, request, response);
    }

    private static void write(
            HttpStatus status,
            String rule,
            String field,
            String detail,
            Long retryAfterSeconds,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        ProblemDetail problem = Problems.of(status, rule, status.getReasonPhrase(), detail, request);
        if (field != null) {
            problem.setProperty("errors", List.of(Map.of("field", field, "rule", rule, "message", detail)));
        }
        if (retryAfterSeconds != null) {
            problem.setProperty("retryAfterSeconds", retryAfterSeconds);
        }
        Problems.write(response, problem);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    void unreadable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Problems.write(
                response,
                Problems.of(
                        HttpStatus.BAD_REQUEST,
                        "unreadable-body",
                        "Bad Request",
                        "The body is not the JSON object this address expects.",
                        request));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    void mistyped(
            MethodArgumentTypeMismatchException mismatch, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        refused(
                Refusal.invalid(
                        mismatch.getName(),
                        "type",
                        "'" + mismatch.getValue() + "' is not a valid " + mismatch.getName() + "."),
                request,
                response);
    }
}
