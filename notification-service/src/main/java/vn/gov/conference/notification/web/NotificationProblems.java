package vn.gov.conference.notification.web;

import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.gov.conference.notification.csv.CsvException;
import vn.gov.conference.platform.web.Problems;

/**
 * The refusals every feature shares: a CSV file (invitees, directory) is refused whole with every bad line listed.
 * A feature's own refusals are its own advice's (the invitations': {@code invitation/web/InvitationProblems}), so that
 * this shared web package depends on no feature. Ordered first, because the platform's advice answers any other
 * exception.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class NotificationProblems {

    @ExceptionHandler(CsvException.class)
    ResponseEntity<ProblemDetail> csv(CsvException ex) {
        List<Problems.FieldError> errors = ex.errors().stream()
                .map(error -> new Problems.FieldError(
                        "line " + error.line() + (error.column() == null ? "" : "." + error.column()),
                        "invalid-csv-line",
                        error.message()))
                .toList();
        return ResponseEntity.badRequest()
                .body(Problems.of(
                        HttpStatus.BAD_REQUEST,
                        "invalid-csv",
                        "Tệp CSV có " + errors.size() + " lỗi; không dòng nào được nhập.",
                        errors));
    }
}
