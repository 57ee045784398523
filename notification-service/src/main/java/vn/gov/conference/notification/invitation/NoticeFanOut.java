package vn.gov.conference.notification.invitation;

import java.time.OffsetDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.gov.conference.notification.conference.CalendarNotice;
import vn.gov.conference.notification.conference.Conference;
import vn.gov.conference.notification.conference.Conferences;
import vn.gov.conference.platform.cluster.SweepLock;

/**
 * Tells invitees about a conference's pending notices: an updated calendar invitation (same UID, higher SEQUENCE;
 * presenters learn what moved) or the cancellation. An update goes to those whose entry changed: not to an invitee
 * invited after the change (their letter already said it), and for an agenda revision that left the conference's
 * time alone only to the presenters whose items moved. Runs right after the change is saved and, should that
 * be interrupted, again from a periodic sweep; emails are queued once per notice and invitation, so finishing twice
 * sends nothing twice. A cancellation is queued before the invitation is cancelled, so a retry still finds whom to
 * tell. With several replicas the periodic sweep runs on one of them at a time ({@link SweepLock}).
 */
@Component
public class NoticeFanOut {

    private static final Logger log = LoggerFactory.getLogger(NoticeFanOut.class);

    private final Conferences conferences;
    private final Invitations invitations;
    private final InvitationMailer mailer;
    private final InvitationService service;
    private final SweepLock sweeps;

    NoticeFanOut(
            Conferences conferences,
            Invitations invitations,
            InvitationMailer mailer,
            InvitationService service,
            SweepLock sweeps) {
        this.sweeps = sweeps;
        this.conferences = conferences;
        this.invitations = invitations;
        this.mailer = mailer;
        this.service = service;
    }

    @Scheduled(initialDelayString = "PT30S", fixedDelayString = "PT30S")
    void sweep() {
        sweeps.runOnce("notification.notices", java.time.Duration.ofSeconds(30), () -> {
            for (Conference conference : conferences.findWithPendingNotices()) {
                try {
                    fanOut(conference.id());
                } catch (RuntimeException ex) {
                    log.warn(
                            "Notices of conference {} not finished; the next sweep retries: {}",
                            conference.id(),
                            ex.getMessage());
                }
            }
        });
    }

    public void fanOut(String planId) {
        Conference conference = conferences.findById(planId).orElseThrow();
        for (CalendarNotice notice : conference.notices()) {
            OffsetDateTime deadline =
                    conference.cancelled() ? null : service.deadlines().deadlineFor(conference.details());
            for (Invitation invitation : invitations.findByPlanIdOrderByIssuedAtAsc(planId)) {
                if (notice.reason() == CalendarNotice.Reason.CANCELLED) {
                    if (invitation.active()) {
                        mailer.notify(conference, invitation, notice);
                    }
                    if (invitation.cancel(notice.summary())) {
                        invitations.save(invitation);
                    }
                } else if (invitation.active()) {
                    if (deadline != null && invitation.moveDeadline(deadline)) {
                        invitation = invitations.save(invitation);
                    }
                    if (toldBy(notice, invitation)) {
                        mailer.notify(conference, invitation, notice);
                    }
                }
            }
            markSent(planId, notice.cause());
        }
    }

    private static boolean toldBy(CalendarNotice notice, Invitation invitation) {
        boolean invitedSince =
                invitation.issuedAt() != null && invitation.issuedAt().isAfter(notice.at());
        return !invitedSince && notice.concerns(invitation.invitee().unitCode());
    }

    private void markSent(String planId, String cause) {
        for (int attempt = 0; attempt < 3; attempt++) {
            Conference current = conferences.findById(planId).orElseThrow();
            current.noticeSent(cause);
            try {
                conferences.save(current);
                return;
            } catch (OptimisticLockingFailureException ex) {
                log.debug("Conference {} changed meanwhile; marking notice {} again", planId, cause);
            }
        }
    }
}
