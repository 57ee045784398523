package vn.gov.conference.notification.messaging;

import java.util.List;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.gov.conference.contracts.EventCatalog;
import vn.gov.conference.notification.invitation.ConferenceUpdates;
import vn.gov.conference.notification.material.MaterialReminders;
import vn.gov.conference.platform.events.EventRouter;
import vn.gov.conference.platform.events.IdempotentConsumer;

/**
 * The events this service reacts to, one functional binding per topic (consumer group notification-service,
 * dead-letter topic error.&lt;topic&gt;.notification-service). Handlers only route: the idempotent consumer drops
 * an event already processed, the application services make a replay harmless.
 */
@Configuration(proxyBeanMethods = false)
class EventBindings {

    @Bean
    Consumer<Message<List<byte[]>>> planEvents(IdempotentConsumer inbox, ConferenceUpdates updates) {
        return inbox.consumer(EventRouter.create()
                .on(EventCatalog.PLAN_APPROVED, (event, approved) -> updates.approved(approved))
                .on(EventCatalog.PLAN_AMENDED, (event, amended) -> updates.amended(amended, event.id()))
                .on(EventCatalog.CONFERENCE_SCHEDULED, (event, scheduled) -> updates.scheduled(scheduled, event.id()))
                .on(EventCatalog.PLAN_CANCELLED, (event, cancelled) -> updates.cancelled(cancelled, event.id())));
    }

    @Bean
    Consumer<Message<List<byte[]>>> agendaEvents(IdempotentConsumer inbox, ConferenceUpdates updates) {
        return inbox.consumer(EventRouter.create()
                .on(EventCatalog.AGENDA_PUBLISHED, (event, published) -> updates.agendaPublished(published, event.id()))
                .on(EventCatalog.AGENDA_REVISED, (event, revised) -> updates.agendaRevised(revised, event.id())));
    }

    @Bean
    Consumer<Message<List<byte[]>>> materialEvents(
            IdempotentConsumer inbox, MaterialReminders reminders, ConferenceUpdates updates) {
        return inbox.consumer(EventRouter.create()
                .on(
                        EventCatalog.MATERIAL_REQUESTED,
                        (event, requested) -> reminders.requested(requested, event.tenant()))
                .on(EventCatalog.MATERIAL_SUBMITTED, (event, submitted) -> reminders.submitted(submitted))
                .on(EventCatalog.MATERIAL_OVERDUE, (event, overdue) -> reminders.overdue(overdue, event.tenant()))
                .on(EventCatalog.MATERIALS_PUBLISHED, (event, published) -> reminders.published(published, event.id()))
                .on(
                        EventCatalog.SIGNED_ORIGINAL_ATTACHED,
                        (event, attached) -> updates.signedOriginalAttached(attached, event.id())));
    }
}
