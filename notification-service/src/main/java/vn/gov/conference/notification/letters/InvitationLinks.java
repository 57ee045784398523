package vn.gov.conference.notification.letters;

/**
 * The signed links a delegate's letter carries: {@code answerUrl} shows the invitation and takes the answer until the
 * deadline; {@code checkInUrl} is what the QR code holds, for checking in on the day (null for a unit's seat quota,
 * whose delegates check in on their own invitations).
 */
public record InvitationLinks(String answerUrl, String checkInUrl) {
}
