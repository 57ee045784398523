package vn.gov.conference.plan.planning.web;

import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.gov.conference.plan.planning.IllegalTransitionException;
import vn.gov.conference.plan.planning.PlanIncompleteException;
import vn.gov.conference.plan.planning.PlanRuleViolationException;
import vn.gov.conference.plan.planning.PlanTooLargeException;
import vn.gov.conference.plan.planning.Violation;
import vn.gov.conference.platform.web.Problems;

/**
 * The plan's own refusals as problem details: a broken rule is 400 naming every field and rule, a stored plan
 * that lacks what an operation needs is 422, an operation its status does not allow is 409. Ordered first, because
 * the platform's advice answers any other exception.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class PlanProblems {

    @ExceptionHandler(PlanIncompleteException.class)
    ResponseEntity<ProblemDetail> incomplete(PlanIncompleteException e) {
        return answer(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "plan-incomplete",
                "The plan lacks what this operation needs: " + e.getMessage(),
                e.violations());
    }

    @ExceptionHandler(PlanRuleViolationException.class)
    ResponseEntity<ProblemDetail> rules(PlanRuleViolationException e) {
        List<Violation> violations = e.violations();
        String rule = violations.size() == 1 ? violations.getFirst().rule() : "plan-rules";
        return answer(HttpStatus.BAD_REQUEST, rule, e.getMessage(), violations);
    }

    @ExceptionHandler(PlanTooLargeException.class)
    ResponseEntity<ProblemDetail> tooLarge(PlanTooLargeException e) {
        List<Violation> violations = e.violations();
        String rule = violations.size() == 1 ? violations.getFirst().rule() : "plan-too-large";
        return answer(HttpStatus.UNPROCESSABLE_CONTENT, rule, e.getMessage(), violations);
    }

    @ExceptionHandler(IllegalTransitionException.class)
    ResponseEntity<ProblemDetail> transition(IllegalTransitionException e) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "illegal-transition", e.getMessage());
        problem.setProperty("status", e.status());
        problem.setProperty("operation", e.operation());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    private static ResponseEntity<ProblemDetail> answer(
            HttpStatus status, String rule, String detail, List<Violation> violations) {
        return ResponseEntity.status(status)
                .body(Problems.of(
                        status,
                        rule,
                        detail,
                        violations.stream()
                                .map(v -> new Problems.FieldError(v.field(), v.rule(), v.message()))
                                .toList()));
    }
}
