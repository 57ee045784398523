package vn.gov.conference.agenda.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.gov.conference.agenda.AgendaConflictException;
import vn.gov.conference.platform.web.Problems;

/**
 * The agenda's own refusals as problem details: a change its state does not allow is 409 naming the rule. Ordered
 * first, because the platform's advice answers any other exception.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class AgendaProblems {

    @ExceptionHandler(AgendaConflictException.class)
    ResponseEntity<ProblemDetail> conflict(AgendaConflictException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .body(Problems.of(HttpStatus.CONFLICT, e.rule(), e.getMessage()));
    }
}
