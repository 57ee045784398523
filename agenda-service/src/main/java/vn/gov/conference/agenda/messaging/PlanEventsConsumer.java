package vn.gov.conference.agenda.messaging;

import java.util.List;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.gov.conference.agenda.AgendaService;
import vn.gov.conference.contracts.EventCatalog;
import vn.gov.conference.platform.events.EventRouter;
import vn.gov.conference.platform.events.IdempotentConsumer;

/**
 * plan-service's events attach the agenda to its plan, move it with the plan and withdraw it with the plan. Each
 * handler is idempotent in effect: the agenda ignores facts older than the plan version it already has, and
 * re-applying the same facts changes nothing.
 */
@Configuration(proxyBeanMethods = false)
class PlanEventsConsumer {

    @Bean
    Consumer<Message<List<byte[]>>> planEvents(IdempotentConsumer inbox, AgendaService agendas) {
        return inbox.consumer(EventRouter.create()
                .on(EventCatalog.PLAN_DRAFTED, (event, drafted) -> agendas.planDrafted(drafted, event.tenant()))
                .on(
                        EventCatalog.PLAN_APPROVED,
                        (event, approved) -> agendas.planApproved(approved.plan(), event.tenant()))
                .on(EventCatalog.PLAN_AMENDED, (event, amended) -> agendas.planApproved(amended.plan(), event.tenant()))
                .on(EventCatalog.CONFERENCE_SCHEDULED, (event, scheduled) -> agendas.conferenceScheduled(scheduled))
                .on(EventCatalog.PLAN_CANCELLED, (event, cancelled) -> agendas.planCancelled(cancelled)));
    }
}
