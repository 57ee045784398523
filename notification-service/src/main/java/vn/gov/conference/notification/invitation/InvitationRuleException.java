package vn.gov.conference.notification.invitation;

/**
 * An intention that the invitation's rules refuse (or its conference's state: invitations only to an approved plan).
 * {@code code} is stable (it becomes the problem type); a delegate's refusal is in Vietnamese because delegates read
 * it; {@code field} names the input at fault, when one is. {@code invitation/web/InvitationProblems} answers it.
 */
public class InvitationRuleException extends RuntimeException {

    private final String code;
    private final String field;

    public InvitationRuleException(String code, String field, String message) {
        super(message);
        this.code = code;
        this.field = field;
    }

    public InvitationRuleException(String code, String message) {
        this(code, null, message);
    }

    public String code() {
        return code;
    }

    public String field() {
        return field;
    }
}
