package vn.gov.conference.documents.request.web;

import org.springframework.http.HttpStatus;
import vn.gov.conference.platform.web.ApiException;

/** The upload request itself is unusable: not multipart, malformed, or without the file part. */
class UploadRequestException extends ApiException {

    UploadRequestException(String rule, String detail) {
        super(HttpStatus.BAD_REQUEST, rule, "file", detail);
    }
}
