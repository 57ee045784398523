package vn.gov.conference.platform.web;

import org.springframework.http.HttpStatus;

/** 403: the caller is known but its role or unit does not allow this. */
public class ForbiddenException extends ApiException {

    public ForbiddenException(String rule, String detail) {
        super(HttpStatus.FORBIDDEN, rule, null, detail);
    }
}
