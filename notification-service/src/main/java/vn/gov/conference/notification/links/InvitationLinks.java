package vn.gov.conference.notification.links;

/**
 * The signed links a delegate's letter carries: {@code answerUrl} shows the invitation and takes the answer until the
 * deadline; {@code checkInUrl} is what the QR code holds, for checking in on the day (null for a unit's seat quota,
 * whose delegates check in on their own invitations); {@code signedPlanUrl} opens the signed plan when the plan
 * replaces the invitation letter and its signed original is attached (else null).
 */
public record InvitationLinks(String answerUrl, String checkInUrl, String signedPlanUrl) {

    public InvitationLinks(String answerUrl, String checkInUrl) {
        this(answerUrl, checkInUrl, null);
    }
}
