package vn.gov.conference.notification.letters;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import vn.gov.conference.notification.conference.CalendarNotice;
import vn.gov.conference.notification.conference.Conference;
import vn.gov.conference.notification.conference.Conferences;
import vn.gov.conference.notification.conference.SignedPlan;
import vn.gov.conference.notification.email.EmailContent;
import vn.gov.conference.notification.email.EmailKind;
import vn.gov.conference.notification.email.EmailOutbox;
import vn.gov.conference.notification.email.OutboundEmail;
import vn.gov.conference.notification.email.UnwrittenLetters;
import vn.gov.conference.notification.invitation.Invitation;
import vn.gov.conference.notification.invitation.InvitationMailer;
import vn.gov.conference.notification.invitation.Invitations;
import vn.gov.conference.notification.links.DelegateLinks;
import vn.gov.conference.notification.links.InvitationLinks;

/**
 * Writes the letters about an invitation and puts them into the email outbox, once per cause and invitation: the
 * invitation itself once ever, an update once per plan or agenda event, a reminder once per reminder request. The
 * invitations ask for them through their {@link InvitationMailer}; the outbox's relay asks for the letters queued
 * unwritten through its {@link UnwrittenLetters}.
 */
@Component
class InvitationLetters implements InvitationMailer, UnwrittenLetters {

    private final Letters letters;
    private final DelegateLinks links;
    private final EmailOutbox outbox;
    private final Clock clock;
    private final Conferences conferences;
    private final Invitations invitations;

    InvitationLetters(
            Letters letters,
            DelegateLinks links,
            EmailOutbox outbox,
            Clock clock,
            Conferences conferences,
            Invitations invitations) {
        this.conferences = conferences;
        this.invitations = invitations;
        this.letters = letters;
        this.links = links;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** The invitation letter; false when the invitee has no address yet or it was sent already. */
    @Override
    public boolean invite(Conference conference, Invitation invitation) {
        return queue(
                conference,
                invitation,
                "invite|" + invitation.id(),
                EmailKind.INVITATION,
                null,
                now -> letters.invitation(conference, invitation, linksOf(conference, invitation, now), now));
    }

    /**
     * The invitation letters of {@code invited} (an import's invitations), queued unwritten with one read and one
     * insert for the list: the relay writes each letter just before sending it ({@link #write}). Writing 100 letters
     * (text, HTML, QR code, .ics) was most of an import request's time (issue 18). A letter queued before is not
     * queued again. Returns how many were queued now.
     */
    @Override
    public int inviteAll(Conference conference, List<Invitation> invited) {
        String subject = letters.invitationSubject(conference);
        Instant now = clock.instant();
        return outbox.queueAllUnwritten(invited.stream()
                .filter(invitation -> invitation.invitee().email() != null)
                .map(invitation -> OutboundEmail.queueUnwritten(
                        "invite|" + invitation.id(),
                        conference.tenant(),
                        conference.id(),
                        invitation.id().value(),
                        EmailKind.INVITATION,
                        invitation.invitee().email(),
                        invitation.invitee().addressee(),
                        subject,
                        now))
                .toList());
    }

    /**
     * The letter of an invitation queued unwritten, as {@link #invite} would have written it, from the conference and
     * the invitation as they are now; empty when either is gone.
     */
    @Override
    public Optional<EmailContent> write(OutboundEmail email) {
        if (email.kind() != EmailKind.INVITATION || email.invitationId() == null || email.planId() == null) {
            return Optional.empty();
        }
        Optional<Conference> conference = conferences.findById(email.planId());
        Optional<Invitation> invitation = invitations.findById(email.invitationId());
        if (conference.isEmpty() || invitation.isEmpty() || conference.get().details() == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return Optional.of(letters.invitation(
                conference.get(), invitation.get(), linksOf(conference.get(), invitation.get(), now), now));
    }

    @Override
    public boolean notify(Conference conference, Invitation invitation, CalendarNotice notice) {
        String cause = notice.cause() + "|" + invitation.id();
        if (notice.reason() == CalendarNotice.Reason.CANCELLED) {
            return queue(
                    conference,
                    invitation,
                    cause,
                    EmailKind.CANCELLATION,
                    null,
                    now -> letters.cancellation(conference, invitation, now));
        }
        return queue(
                conference,
                invitation,
                cause,
                EmailKind.INVITATION_UPDATE,
                null,
                now -> letters.update(
                        conference,
                        invitation,
                        linksOf(conference, invitation, now),
                        notice.reason(),
                        notice.summary(),
                        notice.moves(),
                        now));
    }

    @Override
    public boolean remind(Conference conference, Invitation invitation, String reminderId, Instant sendAt) {
        return queue(
                conference,
                invitation,
                "reminder|" + reminderId + "|" + invitation.id(),
                EmailKind.ANSWER_REMINDER,
                sendAt,
                now -> letters.answerReminder(conference, invitation, linksOf(conference, invitation, now), now));
    }

    @Override
    public boolean materialsPublished(Conference conference, Invitation invitation, String cause) {
        return queue(
                conference,
                invitation,
                cause + "|" + invitation.id(),
                EmailKind.MATERIALS_PUBLISHED,
                null,
                now -> letters.materialsPublished(conference, invitation, links.portal(conference, now)));
    }

    /** The signed plan that replaces the invitation letter, to an invitee already invited without it. */
    @Override
    public boolean signedPlan(Conference conference, Invitation invitation, SignedPlan signed, String cause) {
        return queue(
                conference,
                invitation,
                cause + "|" + invitation.id(),
                EmailKind.SIGNED_PLAN,
                null,
                now -> letters.signedPlan(conference, invitation, signed, links.signedPlan(conference, now)));
    }

    private InvitationLinks linksOf(Conference conference, Invitation invitation, Instant now) {
        return links.of(
                conference,
                invitation.id().value(),
                invitation.answerDeadline(),
                invitation.kind() == Invitation.Kind.PERSONAL,
                now);
    }

    private boolean queue(
            Conference conference,
            Invitation invitation,
            String cause,
            EmailKind kind,
            Instant sendAt,
            Function<Instant, EmailContent> write) {
        String recipient = invitation.invitee().email();
        if (recipient == null) {
            return false;
        }
        return outbox.queueOnce(cause, recipient, () -> {
            Instant now = clock.instant();
            return OutboundEmail.queue(
                    cause,
                    conference.tenant(),
                    conference.id(),
                    invitation.id().value(),
                    kind,
                    recipient,
                    invitation.invitee().addressee(),
                    write.apply(now),
                    sendAt,
                    now);
        });
    }
}
