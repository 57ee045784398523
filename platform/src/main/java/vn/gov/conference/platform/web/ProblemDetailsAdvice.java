package vn.gov.conference.platform.web;

import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;

/**
 * The one place where exceptions become answers. A client's mistake is always a 4xx problem naming the field and
 * the rule; only our own faults are 500s, and those reveal nothing of the internals. What Spring MVC refuses on its own
 * is typed by {@link FrameworkRefusals}, as at the gateway.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends FrameworkRefusals {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ProblemDetail> api(ApiException ex) {
        List<Problems.FieldError> errors = ex.field() == null
                ? List.of()
                : List.of(new Problems.FieldError(ex.field(), ex.rule(), ex.getMessage()));
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(ex.status());
        if (ex.status() == HttpStatus.UNAUTHORIZED) {
            answer.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        if (ex instanceof BusyException busy) {
            answer.header(
                    HttpHeaders.RETRY_AFTER,
                    Long.toString(Math.max(1, busy.retryAfter().toSeconds())));
        }
        return answer.body(Problems.of(ex.status(), ex.rule(), ex.getMessage(), errors));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException ex) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN)
                .body(Problems.of(HttpStatus.FORBIDDEN, "forbidden", ex.getMessage()));
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> concurrentChange(OptimisticLockingFailureException ex) {
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .body(Problems.of(
                        HttpStatus.CONFLICT,
                        "concurrent-change",
                        "Someone else changed this at the same time; read it again and retry."));
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<ProblemDetail> duplicate(DuplicateKeyException ex) {
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .body(Problems.of(HttpStatus.CONFLICT, "duplicate", "This already exists."));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> constraintViolation(ConstraintViolationException ex) {
        List<Problems.FieldError> errors = ex.getConstraintViolations().stream()
                .map(violation -> new Problems.FieldError(
                        violation.getPropertyPath().toString(),
                        ruleOf(violation
                                .getConstraintDescriptor()
                                .getAnnotation()
                                .annotationType()
                                .getSimpleName()),
                        violation.getMessage()))
                .toList();
        return ResponseEntity.badRequest()
                .body(Problems.of(HttpStatus.BAD_REQUEST, "invalid-input", "The request has invalid fields.", errors));
    }

    /** Domain code signals a malformed value (an unknown enum text, a bad id) with IllegalArgumentException. */
    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ProblemDetail> illegalArgument(IllegalArgumentException ex) {
        return ResponseEntity.badRequest().body(Problems.of(HttpStatus.BAD_REQUEST, "invalid-input", ex.getMessage()));
    }

    /** A body that went past its limit while being read: 413. Any other failure to read it is unexpected. */
    @ExceptionHandler(RequestBodyFailure.class)
    ResponseEntity<ProblemDetail> bodyFailed(RequestBodyFailure ex) {
        return ex.tooLarge() ? tooLarge(ex) : unexpected(ex);
    }

    private ResponseEntity<ProblemDetail> tooLarge(RequestBodyFailure ex) {
        ProblemDetail problem = Problems.of(
                HttpStatus.CONTENT_TOO_LARGE,
                "content-too-large",
                "This address accepts request bodies of at most " + ex.limit() + " bytes; this one went past it.");
        problem.setProperty("maxBytes", ex.limit());
        // The rest of the body is left unread: close the connection rather than drain it.
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                .header(HttpHeaders.CONNECTION, "close")
                .body(problem);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception ex) {
        RequestBodyFailure body = RequestBodyFailure.in(ex);
        if (body != null && body.tooLarge()) {
            return tooLarge(body);
        }
        log.error("Unexpected failure", ex);
        return ResponseEntity.internalServerError()
                .body(Problems.of(
                        HttpStatus.INTERNAL_SERVER_ERROR,
                        "internal",
                        "Something went wrong on our side; it has been logged."));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Problems.FieldError> errors = new ArrayList<>();
        for (FieldError error : ex.getBindingResult().getFieldErrors()) {
            errors.add(new Problems.FieldError(error.getField(), ruleOf(error.getCode()), error.getDefaultMessage()));
        }
        ex.getBindingResult()
                .getGlobalErrors()
                .forEach(error -> errors.add(new Problems.FieldError(
                        error.getObjectName(), ruleOf(error.getCode()), error.getDefaultMessage())));
        return ResponseEntity.badRequest()
                .body(Problems.of(HttpStatus.BAD_REQUEST, "invalid-input", "The request has invalid fields.", errors));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Problems.FieldError> errors = new ArrayList<>();
        ex.getParameterValidationResults().forEach(result -> {
            for (MessageSourceResolvable error : result.getResolvableErrors()) {
                String code = error.getCodes() == null || error.getCodes().length == 0
                        ? "invalid"
                        : error.getCodes()[error.getCodes().length - 1];
                errors.add(new Problems.FieldError(
                        result.getMethodParameter().getParameterName(), ruleOf(code), error.getDefaultMessage()));
            }
        });
        return ResponseEntity.badRequest()
                .body(Problems.of(HttpStatus.BAD_REQUEST, "invalid-input", "The request has invalid fields.", errors));
    }

    /** A query or path parameter that does not convert ({@code page=abc}): 400 naming the parameter. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = ex.getPropertyName() != null
                ? ex.getPropertyName()
                : ex instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName() : "parameter";
        String detail = "The parameter '" + field + "' has a value of the wrong type or format.";
        return ResponseEntity.badRequest()
                .body(Problems.of(
                        HttpStatus.BAD_REQUEST,
                        "invalid-input",
                        detail,
                        List.of(new Problems.FieldError(field, "type", detail))));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        RequestBodyFailure body = RequestBodyFailure.in(ex);
        if (body != null && body.tooLarge()) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                    .body(tooLarge(body).getBody());
        }
        String field = null;
        String detail = "The request body is not valid JSON for this operation.";
        if (ex.getCause() instanceof DatabindException databind
                && !databind.getPath().isEmpty()) {
            field = path(databind.getPath());
            detail = "The field '" + field + "' has a value of the wrong type or format.";
        } else if (ex.getCause() instanceof JacksonException jackson) {
            detail = "The request body is not well-formed JSON: " + jackson.getOriginalMessage();
        }
        List<Problems.FieldError> errors =
                field == null ? List.of() : List.of(new Problems.FieldError(field, "type", detail));
        return ResponseEntity.badRequest().body(Problems.of(HttpStatus.BAD_REQUEST, "unreadable-body", detail, errors));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException ex,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        String detail = "The parameter '" + ex.getParameterName() + "' is required.";
        return ResponseEntity.badRequest()
                .body(Problems.of(
                        HttpStatus.BAD_REQUEST,
                        "invalid-input",
                        detail,
                        List.of(new Problems.FieldError(ex.getParameterName(), "required", detail))));
    }

    private static String path(List<JacksonException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : references) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** Bean-validation codes (NotBlank, Size, …) as kebab-case rule names (not-blank, size, …). */
    static String ruleOf(String code) {
        if (code == null) {
            return "invalid";
        }
        return code.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }
}
