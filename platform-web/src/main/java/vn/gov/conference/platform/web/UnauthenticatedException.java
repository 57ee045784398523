package vn.gov.conference.platform.web;

import org.springframework.http.HttpStatus;

/** 401: a signed link or token is missing, forged or expired. */
public class UnauthenticatedException extends ApiException {

    public UnauthenticatedException() {
        this("unauthenticated", "A valid bearer token is required.");
    }

    public UnauthenticatedException(String rule, String detail) {
        super(HttpStatus.UNAUTHORIZED, rule, null, detail);
    }
}
