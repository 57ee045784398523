package vn.gov.conference.notification.invitation;

import java.time.Clock;
import java.time.Instant;

import org.springframework.stereotype.Component;

import vn.gov.conference.notification.conference.CalendarNotice;
import vn.gov.conference.notification.conference.Conference;
import vn.gov.conference.notification.conference.SignedPlan;
import vn.gov.conference.notification.email.EmailContent;
import vn.gov.conference.notification.email.EmailKind;
import vn.gov.conference.notification.email.EmailOutbox;
import vn.gov.conference.notification.email.OutboundEmail;
import vn.gov.conference.notification.letters.Letters;
import vn.gov.conference.notification.links.DelegateLinks;

/**
 * Writes the letters about an invitation and puts them into the email outbox, once per cause and invitation: the
 * invitation itself once ever, an update once per plan or agenda event, a reminder once per reminder request.
 */
@Component
public class InvitationMailer {

    private final Letters letters;
    private final DelegateLinks links;
    private final EmailOutbox outbox;
    private final Clock clock;

    InvitationMailer(Letters letters, DelegateLinks links, EmailOutbox outbox, Clock clock) {
        this.letters = letters;
        this.links = links;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** The invitation letter; false when the invitee has no address yet or it was sent already. */
    public boolean invite(Conference conference, Invitation invitation) {
        return queue(conference, invitation, "invite|" + invitation.id(), EmailKind.INVITATION, null,
                now -> letters.invitation(conference, invitation, links.of(conference, invitation, now), now));
    }

    public boolean notify(Conference conference, Invitation invitation, CalendarNotice notice) {
        String cause = notice.cause() + "|" + invitation.id();
        if (notice.reason() == CalendarNotice.Reason.CANCELLED) {
            return queue(conference, invitation, cause, EmailKind.CANCELLATION, null,
                    now -> letters.cancellation(conference, invitation, now));
        }
        return queue(conference, invitation, cause, EmailKind.INVITATION_UPDATE, null,
                now -> letters.update(conference, invitation, links.of(conference, invitation, now), notice.reason(),
                        notice.summary(), notice.moves(), now));
    }

    public boolean remind(Conference conference, Invitation invitation, String reminderId, Instant sendAt) {
        return queue(conference, invitation, "reminder|" + reminderId + "|" + invitation.id(),
                EmailKind.ANSWER_REMINDER, sendAt,
                now -> letters.answerReminder(conference, invitation, links.of(conference, invitation, now), now));
    }

    public boolean materialsPublished(Conference conference, Invitation invitation, String cause) {
        return queue(conference, invitation, cause + "|" + invitation.id(), EmailKind.MATERIALS_PUBLISHED, null,
                now -> letters.materialsPublished(conference, invitation, links.portal(conference, now)));
    }

    /** The signed plan that replaces the invitation letter, to an invitee already invited without it. */
    public boolean signedPlan(Conference conference, Invitation invitation, SignedPlan signed, String cause) {
        return queue(conference, invitation, cause + "|" + invitation.id(), EmailKind.SIGNED_PLAN, null,
                now -> letters.signedPlan(conference, invitation, signed, links.signedPlan(conference, now)));
    }

    private boolean queue(Conference conference, Invitation invitation, String cause, EmailKind kind, Instant sendAt,
                          java.util.function.Function<Instant, EmailContent> write) {
        String recipient = invitation.invitee().email();
        if (recipient == null) {
            return false;
        }
        return outbox.queueOnce(cause, recipient, () -> {
            Instant now = clock.instant();
            return OutboundEmail.queue(cause, conference.tenant(), conference.id(), invitation.id().value(), kind,
                    recipient, invitation.invitee().addressee(), write.apply(now), sendAt, now);
        });
    }
}
