package vn.gov.conference.notification.invitation;

/** The invitation asked for does not exist (or its conference is gone); the problem advice answers 404. */
public class InvitationNotFoundException extends RuntimeException {

    public InvitationNotFoundException(String invitationId) {
        super("Invitation " + invitationId + " was not found.");
    }
}
