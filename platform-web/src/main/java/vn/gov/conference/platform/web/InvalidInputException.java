package vn.gov.conference.platform.web;

import org.springframework.http.HttpStatus;

/** 400: one input field breaks a rule that bean validation cannot express (totals that do not add up, …). */
public class InvalidInputException extends ApiException {

    public InvalidInputException(String field, String rule, String detail) {
        super(HttpStatus.BAD_REQUEST, rule, field, detail);
    }

    /** For rules about content rather than a field, e.g. a forged file type (415) or an oversized body (413). */
    public InvalidInputException(HttpStatus status, String field, String rule, String detail) {
        super(status, rule, field, detail);
    }
}
