package vn.gov.conference.notification.invitation;

import java.time.OffsetDateTime;

/** What happened to an invitation, as it raises it; {@link InvitationContracts} maps it to the published contract. */
public sealed interface InvitationEvent {

    OffsetDateTime at();

    /** The invitee answered (or the office recorded the answer). */
    record Answered(Answer answer) implements InvitationEvent {

        @Override
        public OffsetDateTime at() {
            return answer.answeredAt();
        }
    }

    /** The delegate is there, in person or online, at {@code site}; an absence is not announced. */
    record CheckedIn(CheckIn.Presence presence, String site, OffsetDateTime at) implements InvitationEvent {}
}
