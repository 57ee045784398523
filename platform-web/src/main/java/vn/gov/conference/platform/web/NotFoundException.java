package vn.gov.conference.platform.web;

import org.springframework.http.HttpStatus;

/** 404. Also the answer for another province's resource, so that its existence does not leak. */
public class NotFoundException extends ApiException {

    public NotFoundException(String what) {
        super(HttpStatus.NOT_FOUND, "not-found", null, what + " was not found.");
    }
}
