package vn.gov.conference.notification.invitation;

import java.time.Clock;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import vn.gov.conference.contracts.agenda.AgendaEvents.AgendaPublished;
import vn.gov.conference.contracts.agenda.AgendaEvents.AgendaRevised;
import vn.gov.conference.contracts.material.MaterialEvents.SignedOriginalAttached;
import vn.gov.conference.contracts.plan.PlanEvents.ConferenceScheduled;
import vn.gov.conference.contracts.plan.PlanEvents.PlanAmended;
import vn.gov.conference.contracts.plan.PlanEvents.PlanApproved;
import vn.gov.conference.contracts.plan.PlanEvents.PlanCancelled;
import vn.gov.conference.notification.conference.Conference;
import vn.gov.conference.notification.conference.Conferences;
import vn.gov.conference.notification.conference.FromContracts;
import vn.gov.conference.notification.conference.SignedPlan;

/**
 * What the plan and agenda events mean for the invitations. Each event is applied to the conference (a replay
 * changes nothing, see {@link Conference}); the invitations it calls for are then issued or told, idempotently, so
 * that a redelivered event — or one whose first handling was interrupted — completes without sending twice.
 */
@Service
public class ConferenceUpdates {

    private static final Logger log = LoggerFactory.getLogger(ConferenceUpdates.class);

    private final Conferences conferences;
    private final InvitationService invitations;
    private final NoticeFanOut fanOut;
    private final Clock clock;

    ConferenceUpdates(Conferences conferences, InvitationService invitations, NoticeFanOut fanOut, Clock clock) {
        this.conferences = conferences;
        this.invitations = invitations;
        this.fanOut = fanOut;
        this.clock = clock;
    }

    /** The approved plan is the invitation letter: invite its participant composition. */
    public void approved(PlanApproved approved) {
        var plan = approved.plan();
        Conference conference = change(
                plan.planId(), c -> c.approve(plan.province().code(), plan.version(), FromContracts.details(plan)));
        if (conference.approved()) {
            invitations.issueFromPlan(conference, plan);
        }
    }

    /** An amended plan: newly listed participants are invited, a changed time or place is told to everyone. */
    public void amended(PlanAmended amended, String eventId) {
        var plan = amended.plan();
        Conference conference = change(
                plan.planId(), c -> c.amend(plan.version(), FromContracts.details(plan), eventId, clock.instant()));
        if (conference.approved()) {
            invitations.issueFromPlan(conference, plan);
            fanOut.fanOut(conference.id());
        }
    }

    public void scheduled(ConferenceScheduled scheduled, String eventId) {
        change(
                scheduled.planId(),
                c -> c.schedule(
                        scheduled.version(),
                        scheduled.start(),
                        scheduled.previousStart(),
                        FromContracts.place(scheduled.venue()),
                        eventId,
                        clock.instant()));
        fanOut.fanOut(scheduled.planId());
    }

    public void cancelled(PlanCancelled cancelled, String eventId) {
        change(cancelled.planId(), c -> c.cancel(cancelled.reason(), eventId, clock.instant()));
        fanOut.fanOut(cancelled.planId());
    }

    public void agendaPublished(AgendaPublished published, String eventId) {
        change(
                published.planId(),
                c -> c.publishAgenda(
                        published.revision(),
                        published.sessionStart(),
                        published.sessionEnd(),
                        FromContracts.agenda(published.slots()),
                        eventId,
                        clock.instant()));
        fanOut.fanOut(published.planId());
    }

    public void agendaRevised(AgendaRevised revised, String eventId) {
        change(
                revised.planId(),
                c -> c.reviseAgenda(
                        revised.revision(),
                        revised.sessionStart(),
                        revised.sessionEnd(),
                        FromContracts.agenda(revised.slots()),
                        FromContracts.moves(revised.changes()),
                        revised.summary(),
                        eventId,
                        clock.instant()));
        fanOut.fanOut(revised.planId());
    }

    /**
     * The office attached the signed plan. For a plan that replaces the invitation letter it is the letter itself:
     * the invitees already invited receive it; invitations sent from now on carry its link.
     */
    public void signedOriginalAttached(SignedOriginalAttached attached, String eventId) {
        SignedPlan signed = new SignedPlan(
                attached.documentNumber(),
                attached.fileName(),
                attached.size(),
                attached.sha256(),
                attached.contentPath());
        Conference conference = change(attached.planId(), c -> c.attachSignedPlan(signed));
        if (conference.approved() && conference.details().replacesInvitationLetter()) {
            invitations.signedPlanAttached(conference, signed, "signed-plan|" + eventId);
        }
    }

    /** Applies a change to the conference (creating it when only known by id), retrying on a concurrent write. */
    private Conference change(String planId, Predicate<Conference> change) {
        for (int attempt = 0; attempt < 5; attempt++) {
            Conference conference = conferences.findById(planId).orElseGet(() -> Conference.awaitingPlan(planId));
            if (!change.test(conference)) {
                return conference;
            }
            try {
                return conferences.save(conference);
            } catch (OptimisticLockingFailureException | DuplicateKeyException ex) {
                log.debug("Conference {} changed meanwhile; applying again", planId);
            }
        }
        throw new IllegalStateException("Conference " + planId + " kept changing; the event will be retried.");
    }
}
