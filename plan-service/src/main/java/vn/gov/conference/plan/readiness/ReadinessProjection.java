package vn.gov.conference.plan.readiness;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import vn.gov.conference.contracts.agenda.AgendaEvents.AgendaPublished;
import vn.gov.conference.contracts.agenda.AgendaEvents.AgendaRevised;
import vn.gov.conference.contracts.invitation.InvitationEvents.DelegateCheckedIn;
import vn.gov.conference.contracts.invitation.InvitationEvents.InvitationAnswered;
import vn.gov.conference.contracts.invitation.InvitationEvents.InvitationsIssued;
import vn.gov.conference.contracts.material.MaterialEvents.MaterialAccepted;
import vn.gov.conference.contracts.material.MaterialEvents.MaterialOverdue;
import vn.gov.conference.contracts.material.MaterialEvents.MaterialRequested;
import vn.gov.conference.contracts.material.MaterialEvents.MaterialReturned;
import vn.gov.conference.contracts.material.MaterialEvents.MaterialSubmitted;
import vn.gov.conference.contracts.material.MaterialEvents.MaterialsPublished;
import vn.gov.conference.platform.events.EventBatchScope;
import vn.gov.conference.platform.events.IncomingEvent;
import vn.gov.conference.platform.events.PoisonEventException;
import vn.gov.conference.platform.time.VietnamTime;

/**
 * Applies the agenda, invitation and material events to each plan's readiness. It is the consumers' batch scope: a
 * poll's events change each plan's readiness in memory and it is written once for them. The three topics are
 * consumed on their own threads and may touch one plan at once: each write is under optimistic locking, and the
 * poll's handlers run again on fresh copies when another thread got there first.
 * <p>
 * This projection is the only writer of readiness, so each consumer thread keeps the copies it last saved and applies
 * the next poll to them without reading them again (a plan's events come in bursts: a database round trip per poll
 * fewer). A copy that is no longer the stored one (another thread or replica saved since) fails its conditional save
 * and is read again; a poll that fails in any way drops the copies it touched, which may hold half its changes.
 */
@Component
class ReadinessProjection implements EventBatchScope {

    private static final int ATTEMPTS = 5;

    /** Copies kept per consumer thread: the plans whose events arrive together; a plan of 10,000 answers is ~2 MB. */
    static final int KEPT_PER_THREAD = 16;

    /** The readiness documents the poll being handled on this consumer thread has read; unset outside a poll. */
    private final ThreadLocal<Map<String, PlanReadiness>> poll = new ThreadLocal<>();

    /** The copies this consumer thread saved last, least recently used first; only this thread touches them. */
    private final ThreadLocal<Map<String, PlanReadiness>> saved =
            ThreadLocal.withInitial(() -> new LinkedHashMap<>(KEPT_PER_THREAD * 2, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, PlanReadiness> eldest) {
                    return size() > KEPT_PER_THREAD;
                }
            });

    private final Readiness readiness;
    private final Clock clock;

    ReadinessProjection(Readiness readiness, Clock clock) {
        this.readiness = readiness;
        this.clock = clock;
    }

    void on(IncomingEvent event, AgendaPublished published) {
        apply(
                published.planId(),
                event,
                r -> r.agendaRevision(published.revision(), published.sessionStart(), published.sessionEnd()));
    }

    void on(IncomingEvent event, AgendaRevised revised) {
        apply(
                revised.planId(),
                event,
                r -> r.agendaRevision(revised.revision(), revised.sessionStart(), revised.sessionEnd()));
    }

    void on(IncomingEvent event, InvitationsIssued issued) {
        apply(issued.planId(), event, r -> r.invitationsIssued(issued.total()));
    }

    void on(IncomingEvent event, InvitationAnswered answered) {
        apply(
                answered.planId(),
                event,
                r -> r.answered(
                        answered.invitationId(),
                        answered.unit() == null ? null : answered.unit().code(),
                        answered.answer(),
                        answered.answeredAt()));
    }

    void on(IncomingEvent event, DelegateCheckedIn checkedIn) {
        apply(checkedIn.planId(), event, r -> r.checkedIn(checkedIn.invitationId()));
    }

    void on(IncomingEvent event, MaterialRequested requested) {
        apply(
                requested.planId(),
                event,
                r -> r.requested(
                        requested.requestId(),
                        requested.assignmentId(),
                        requested.owner(),
                        requested.recipient(),
                        requested.kind(),
                        requested.title(),
                        requested.deadline()));
    }

    void on(IncomingEvent event, MaterialSubmitted submitted) {
        apply(
                submitted.planId(),
                event,
                r -> r.submitted(
                        submitted.requestId(),
                        submitted.owner(),
                        submitted.recipient(),
                        submitted.late(),
                        submitted.submittedAt()));
    }

    void on(IncomingEvent event, MaterialAccepted accepted) {
        apply(accepted.planId(), event, r -> r.accepted(accepted.requestId(), accepted.owner()));
    }

    void on(IncomingEvent event, MaterialReturned returned) {
        apply(returned.planId(), event, r -> r.returned(returned.requestId(), returned.owner()));
    }

    void on(IncomingEvent event, MaterialOverdue overdue) {
        apply(
                overdue.planId(),
                event,
                r -> r.reportedOverdue(overdue.requestId(), overdue.owner(), overdue.recipient(), overdue.deadline()));
    }

    void on(IncomingEvent event, MaterialsPublished published) {
        apply(published.planId(), event, r -> r.materialsPublished(published.publishedAt()));
    }

    /**
     * Runs the handlers of one poll with each plan's readiness taken once (on first use: this thread's copy, or read)
     * and saved once at the end. A save that finds the plan changed by another thread or replica runs the poll's
     * handlers again on copies read afresh.
     */
    @Override
    public void run(Runnable handlers) {
        Map<String, PlanReadiness> kept = saved.get();
        for (int attempt = 1; ; attempt++) {
            Map<String, PlanReadiness> touched = new LinkedHashMap<>();
            poll.set(touched);
            try {
                handlers.run();
                for (PlanReadiness copy : touched.values()) {
                    kept.put(copy.planId(), readiness.save(copy));
                }
                return;
            } catch (RuntimeException | Error e) {
                kept.keySet().removeAll(touched.keySet());
                boolean changedElsewhere =
                        e instanceof OptimisticLockingFailureException || e instanceof DuplicateKeyException;
                if (!changedElsewhere || attempt == ATTEMPTS) {
                    throw e;
                }
            } finally {
                poll.remove();
            }
        }
    }

    private void apply(String planId, IncomingEvent event, Consumer<PlanReadiness> change) {
        if (planId == null || planId.isBlank()) {
            throw new PoisonEventException("Event " + event.id() + " names no plan");
        }
        Map<String, PlanReadiness> touched = poll.get();
        if (touched == null) {
            run(() -> apply(planId, event, change));
            return;
        }
        PlanReadiness current = touched.computeIfAbsent(planId, this::latest);
        change.accept(current);
        current.touched(event.tenant(), VietnamTime.now(clock));
    }

    /** The copy this thread saved last if it has one (its save will tell whether it is still current), else stored. */
    private PlanReadiness latest(String planId) {
        PlanReadiness kept = saved.get().get(planId);
        return kept != null ? kept : readiness.findById(planId).orElseGet(() -> PlanReadiness.of(planId));
    }
}
