package vn.gov.conference.agenda;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import org.springframework.stereotype.Service;
import vn.gov.conference.agenda.programme.Programme;
import vn.gov.conference.agenda.room.RoomSchedule;
import vn.gov.conference.contracts.plan.PlanEvents.ConferenceScheduled;
import vn.gov.conference.contracts.plan.PlanEvents.PlanCancelled;
import vn.gov.conference.contracts.plan.PlanEvents.PlanDrafted;
import vn.gov.conference.contracts.plan.PlanSnapshot;
import vn.gov.conference.platform.security.Caller;
import vn.gov.conference.platform.web.NotFoundException;
import vn.gov.conference.platform.web.PreconditionFailedException;

/**
 * What the agenda's users and plan-service's events do to it; who may do what is {@link AgendaAccess}.
 * After every change the plan's room booking is brought in line with the agenda.
 */
@Service
public class AgendaService {

    private final Agendas agendas;
    private final RoomSchedule rooms;
    private final Clock clock;
    private final AgendaProperties properties;

    AgendaService(Agendas agendas, RoomSchedule rooms, Clock clock, AgendaProperties properties) {
        this.agendas = agendas;
        this.rooms = rooms;
        this.clock = clock;
        this.properties = properties;
    }

    public Agenda read(String planId, Caller caller) {
        Agenda agenda = find(planId);
        AgendaAccess.checkCanRead(caller, agenda);
        return agenda;
    }

    /** @param ifMatch the version the client last read, or null to overwrite whatever is there */
    public Agenda edit(String planId, Programme programme, Long ifMatch, Caller caller) {
        Agenda agenda = writable(planId, caller);
        if (ifMatch != null && !Objects.equals(ifMatch, agenda.version())) {
            throw new PreconditionFailedException(
                    "The agenda changed since version " + ifMatch + "; it is now at version " + agenda.version() + ".");
        }
        return agenda.edit(programme, caller.subject(), now()) ? save(agenda) : agenda;
    }

    public Agenda publish(String planId, Caller caller) {
        Agenda agenda = writable(planId, caller);
        agenda.publish(caller.subject(), now());
        return save(agenda);
    }

    public void planDrafted(PlanDrafted drafted, String tenant) {
        if (agendas.findById(drafted.planId()).isEmpty()) {
            save(Agenda.drafted(drafted.planId(), province(drafted.provinceCode(), tenant), drafted.title()));
        }
    }

    /** The plan as approved, or as amended after approval. */
    public void planApproved(PlanSnapshot plan, String tenant) {
        PlanFacts facts = PlanFacts.approved(plan);
        Agenda agenda = agendas.findById(plan.planId())
                .orElseGet(() -> Agenda.approved(
                        plan.planId(),
                        province(
                                plan.province() == null ? null : plan.province().code(), tenant),
                        facts));
        if (agenda.learn(facts, now()) || agenda.version() == null) {
            save(agenda);
        }
    }

    public void conferenceScheduled(ConferenceScheduled scheduled) {
        agendas.findById(scheduled.planId()).ifPresent(agenda -> {
            if (agenda.schedule(
                    scheduled.version(),
                    scheduled.start() == null ? null : scheduled.start().toInstant(),
                    scheduled.venue() == null ? null : scheduled.venue().room(),
                    scheduled.venue() == null ? null : scheduled.venue().address(),
                    now())) {
                save(agenda);
            }
        });
    }

    public void planCancelled(PlanCancelled cancelled) {
        agendas.findById(cancelled.planId()).ifPresent(agenda -> {
            if (agenda.withdraw(cancelled.version())) {
                save(agenda);
            }
        });
    }

    private Agenda writable(String planId, Caller caller) {
        Agenda agenda = find(planId);
        AgendaAccess.checkCanEdit(caller, agenda);
        return agenda;
    }

    private Agenda find(String planId) {
        return agendas.findById(planId).orElseThrow(() -> new NotFoundException(AgendaAccess.what(planId)));
    }

    private Agenda save(Agenda agenda) {
        Agenda saved = agendas.save(agenda);
        rooms.keep(saved.planId(), saved.booking(properties.bookingWithoutTimes()));
        return saved;
    }

    private Instant now() {
        return clock.instant();
    }

    private static String province(String code, String tenant) {
        return code != null ? code : tenant;
    }
}
