package vn.gov.conference.documents.request;

/** The request is not in a state that allows what was asked (submitting to an accepted request, accepting twice…). */
public class RequestStateException extends RuntimeException {

    private final RequestStatus status;

    RequestStateException(RequestStatus status, String message) {
        super(message);
        this.status = status;
    }

    public RequestStatus status() {
        return status;
    }
}
