package vn.gov.conference.notification.invitation.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;
import vn.gov.conference.notification.invitation.Answer;
import vn.gov.conference.notification.invitation.CheckIn;
import vn.gov.conference.notification.invitation.Invitation;
import vn.gov.conference.notification.invitation.Invitee;

/** An invitation as the office sees it. */
record InvitationView(
        String id,
        String planId,
        Invitation.Kind kind,
        Invitation.Origin origin,
        Invitation.Status status,
        Invitee invitee,
        int seats,
        @Nullable String bridgePointCode,
        boolean online,
        @Nullable String parentId,
        String code,
        @Nullable OffsetDateTime answerDeadline,
        @Nullable Answer answer,
        @Nullable CheckIn checkIn,
        @Nullable String cancellationReason,
        Instant issuedAt) {

    static InvitationView of(Invitation invitation) {
        return new InvitationView(
                invitation.id().value(),
                invitation.planId(),
                invitation.kind(),
                invitation.origin(),
                invitation.status(),
                invitation.invitee(),
                invitation.seats(),
                invitation.bridgePointCode(),
                invitation.online(),
                invitation.parentId(),
                invitation.code(),
                invitation.answerDeadline(),
                invitation.answer(),
                invitation.checkIn(),
                invitation.cancellationReason(),
                invitation.issuedAt());
    }
}
