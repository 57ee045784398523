package vn.gov.conference.plan.readiness;

import java.util.function.Consumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import vn.gov.conference.contracts.EventCatalog;
import vn.gov.conference.platform.events.EventRouter;
import vn.gov.conference.platform.events.IdempotentConsumer;

/**
 * The functional bindings feeding the readiness view (group plan-service, dead letters on
 * {@code error.<topic>.plan-service}); see application.yml. Thin: deduplication by the platform, effects in
 * {@link ReadinessProjection}.
 */
@Configuration(proxyBeanMethods = false)
class ReadinessConsumers {

    @Bean
    Consumer<Message<byte[]>> agendaEvents(IdempotentConsumer inbox, ReadinessProjection projection) {
        return inbox.consumer(EventRouter.create()
                .on(EventCatalog.AGENDA_PUBLISHED, projection::on)
                .on(EventCatalog.AGENDA_REVISED, projection::on));
    }

    @Bean
    Consumer<Message<byte[]>> invitationEvents(IdempotentConsumer inbox, ReadinessProjection projection) {
        return inbox.consumer(EventRouter.create()
                .on(EventCatalog.INVITATIONS_ISSUED, projection::on)
                .on(EventCatalog.INVITATION_ANSWERED, projection::on)
                .on(EventCatalog.DELEGATE_CHECKED_IN, projection::on));
    }

    @Bean
    Consumer<Message<byte[]>> materialEvents(IdempotentConsumer inbox, ReadinessProjection projection) {
        return inbox.consumer(EventRouter.create()
                .on(EventCatalog.MATERIAL_REQUESTED, projection::on)
                .on(EventCatalog.MATERIAL_SUBMITTED, projection::on)
                .on(EventCatalog.MATERIAL_ACCEPTED, projection::on)
                .on(EventCatalog.MATERIAL_RETURNED, projection::on)
                .on(EventCatalog.MATERIAL_OVERDUE, projection::on)
                .on(EventCatalog.MATERIALS_PUBLISHED, projection::on));
    }
}
