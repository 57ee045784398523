package vn.gov.conference.notification.invitation;

/**
 * What to invite, before it becomes an invitation: a seat quota ({@code seats} for a unit, no person; 0 when the plan
 * states no count and the unit decides) or a person. {@code sourceKey} identifies where it comes from ("group:g7",
 * "guest:x1") so that issuing the same composition twice finds the invitations it already made.
 */
public record InviteeSpec(String sourceKey, Invitee invitee, int seats, String bridgePointCode, boolean online) {

    public boolean seatQuota() {
        return !invitee.person();
    }
}
