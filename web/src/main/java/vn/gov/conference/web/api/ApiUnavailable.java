package vn.gov.conference.web.api;

/** The API could not be reached or failed on its side (5xx): the delegate should try again a little later. */
public class ApiUnavailable extends RuntimeException {

    public ApiUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
