package vn.gov.conference.platform.web;

import org.springframework.http.HttpStatus;

/** 409: the request is well formed but the resource's state forbids it (an illegal transition, a taken number). */
public class ConflictException extends ApiException {

    public ConflictException(String rule, String detail) {
        super(HttpStatus.CONFLICT, rule, null, detail);
    }
}
