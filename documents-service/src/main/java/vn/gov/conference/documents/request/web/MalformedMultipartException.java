package vn.gov.conference.documents.request.web;

import java.io.IOException;

/**
 * The body does not follow the multipart format, or ends before its closing boundary. An {@link IOException}, since
 * while a file's bytes stream it is one more way for the upload to break off.
 */
class MalformedMultipartException extends IOException {

    MalformedMultipartException(String message) {
        super(message);
    }
}
