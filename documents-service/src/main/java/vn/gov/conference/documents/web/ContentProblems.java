package vn.gov.conference.documents.web;

import java.util.Arrays;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.gov.conference.documents.content.ContentTooLargeException;
import vn.gov.conference.documents.content.ContentTypeMismatchException;
import vn.gov.conference.documents.content.MaterialFormat;
import vn.gov.conference.documents.content.UnsupportedContentException;
import vn.gov.conference.documents.content.UploadInterruptedException;
import vn.gov.conference.platform.web.Problems;
import vn.gov.conference.platform.web.RequestBodyFailure;

/**
 * Problem details for what uploads can go wrong with, in the platform's format, with the facts a client needs to
 * fix its request: the detected type, the size limit. Ordered before the platform's advice, whose catch-all would
 * otherwise answer first.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ContentProblems {

    @ExceptionHandler(ContentTooLargeException.class)
    ResponseEntity<ProblemDetail> tooLarge(ContentTooLargeException ex) {
        ProblemDetail problem = Problems.of(
                HttpStatus.CONTENT_TOO_LARGE,
                "too-large",
                ex.getMessage(),
                List.of(new Problems.FieldError("file", "too-large", ex.getMessage())));
        problem.setProperty("maxSize", ex.limit());
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem);
    }

    @ExceptionHandler(ContentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> mismatch(ContentTypeMismatchException ex) {
        String detail = "The file was declared as " + ex.claimed() + " but its content is "
                + ex.detected().mediaType() + " (." + ex.detected().extension() + "); send it with its real type.";
        ProblemDetail problem = Problems.of(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "content-type-mismatch",
                detail,
                List.of(new Problems.FieldError("file", "content-type-mismatch", detail)));
        problem.setProperty("declaredType", ex.claimed());
        problem.setProperty("detectedType", ex.detected().mediaType());
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).body(problem);
    }

    @ExceptionHandler(UnsupportedContentException.class)
    ResponseEntity<ProblemDetail> unsupported(UnsupportedContentException ex) {
        ProblemDetail problem = Problems.of(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "unsupported-content",
                ex.getMessage(),
                List.of(new Problems.FieldError("file", "unsupported-content", ex.getMessage())));
        problem.setProperty(
                "accepted",
                Arrays.stream(MaterialFormat.values())
                        .map(MaterialFormat::mediaType)
                        .toList());
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).body(problem);
    }

    @ExceptionHandler(UploadInterruptedException.class)
    ResponseEntity<ProblemDetail> interrupted(UploadInterruptedException ex) {
        RequestBodyFailure tooLarge = RequestBodyFailure.in(ex);
        if (tooLarge != null && tooLarge.tooLarge()) {
            // A chunked upload went past the platform's upload limit (conference.limits) while being streamed.
            ProblemDetail problem =
                    Problems.of(HttpStatus.CONTENT_TOO_LARGE, "content-too-large", tooLarge.getMessage());
            problem.setProperty("maxBytes", tooLarge.limit());
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem);
        }
        return ResponseEntity.badRequest()
                .body(Problems.of(HttpStatus.BAD_REQUEST, "upload-interrupted", ex.getMessage()));
    }
}
