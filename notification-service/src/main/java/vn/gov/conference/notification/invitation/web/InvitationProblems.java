package vn.gov.conference.notification.invitation.web;

import java.util.List;
import java.util.Set;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.gov.conference.notification.invitation.InvitationNotFoundException;
import vn.gov.conference.notification.invitation.InvitationRuleException;
import vn.gov.conference.notification.invitation.TooManyInviteesException;
import vn.gov.conference.platform.web.Problems;

/**
 * The invitations' own refusals as problem details, as the platform writes its own: an invitation rule is a conflict
 * with the invitation's or the conference's state (409) or bad input (400, naming the field); an unknown invitation
 * is 404 {@code not-found}; too many invitees in one request 413 naming the field. The domain throws its own
 * exceptions; only here do they become HTTP. Ordered first, because the platform's advice answers any other exception.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class InvitationProblems {

    private static final Set<String> INPUT_RULES = Set.of(
            "reason-required",
            "name-required",
            "position-required",
            "email-invalid",
            "nominee-required",
            "delegates-required",
            "duplicate-delegate",
            "substitute-is-invitee",
            "too-many-delegates",
            "absence-by-office");

    @ExceptionHandler(InvitationRuleException.class)
    ResponseEntity<ProblemDetail> rule(InvitationRuleException ex) {
        HttpStatus status = INPUT_RULES.contains(ex.code()) ? HttpStatus.BAD_REQUEST : HttpStatus.CONFLICT;
        List<Problems.FieldError> errors = ex.field() == null
                ? List.of()
                : List.of(new Problems.FieldError(ex.field(), ex.code(), ex.getMessage()));
        return ResponseEntity.status(status).body(Problems.of(status, ex.code(), ex.getMessage(), errors));
    }

    @ExceptionHandler(InvitationNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(InvitationNotFoundException ex) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(Problems.of(HttpStatus.NOT_FOUND, "not-found", ex.getMessage()));
    }

    @ExceptionHandler(TooManyInviteesException.class)
    ResponseEntity<ProblemDetail> tooMany(TooManyInviteesException ex) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                .body(Problems.of(
                        HttpStatus.CONTENT_TOO_LARGE,
                        "too-many-invitees",
                        ex.getMessage(),
                        List.of(new Problems.FieldError(ex.field(), "too-many-invitees", ex.getMessage()))));
    }
}
