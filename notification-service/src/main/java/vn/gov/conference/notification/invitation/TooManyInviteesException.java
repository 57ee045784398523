package vn.gov.conference.notification.invitation;

/**
 * One request would add more invitees than {@link ImportLimit} allows; the problem advice answers 413
 * {@code too-many-invitees} naming {@code field}, what held the invitees as the client sent them.
 */
public class TooManyInviteesException extends RuntimeException {

    private final String field;

    public TooManyInviteesException(String field, int count, int max) {
        super("One request adds at most " + max + " invitees; this one has " + count + ". Send them in parts of " + max
                + ": someone already invited is not invited twice.");
        this.field = field;
    }

    public String field() {
        return field;
    }
}
