package vn.gov.conference.contracts.invitation;

import java.time.OffsetDateTime;
import vn.gov.conference.contracts.UnitRef;

/**
 * Payloads published by notification-service: invitations on {@link vn.gov.conference.contracts.Topics#INVITATION},
 * deliveries on {@link vn.gov.conference.contracts.Topics#EMAIL}.
 */
public final class InvitationEvents {

    private InvitationEvents() {}

    public record InvitationsIssued(String planId, int issued, int total) {}

    /** {@code answer}: ACCEPTED, DECLINED or SUBSTITUTED (a substitute was named and invited). */
    public record InvitationAnswered(
            String planId,
            String invitationId,
            UnitRef unit,
            String answer,
            String reason,
            String substituteInvitationId,
            OffsetDateTime answeredAt) {}

    /** {@code mode}: IN_PERSON or ONLINE; {@code bridgePointCode} where an online delegate attended. */
    public record DelegateCheckedIn(
            String planId,
            String invitationId,
            UnitRef unit,
            String mode,
            String bridgePointCode,
            OffsetDateTime checkedInAt) {}

    public record EmailDelivered(
            String emailId, String planId, String kind, String recipient, OffsetDateTime deliveredAt) {}

    public record EmailFailed(
            String emailId,
            String planId,
            String kind,
            String recipient,
            int attempts,
            String error,
            boolean willRetry) {}
}
