package vn.gov.conference.plan.readiness;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.gov.conference.contracts.EventCatalog;
import vn.gov.conference.contracts.agenda.AgendaEvents.AgendaPublished;
import vn.gov.conference.contracts.agenda.AgendaEvents.AgendaRevised;
import vn.gov.conference.plan.document.AgendaCopies;
import vn.gov.conference.plan.signed.SignedOriginalCopies;
import vn.gov.conference.platform.events.EventRouter;
import vn.gov.conference.platform.events.IdempotentConsumer;
import vn.gov.conference.platform.events.IncomingEvent;

/**
 * The functional bindings feeding the readiness view (and, from the agenda and material topics, the plan document's annex and signed original) (group plan-service, dead letters on
 * {@code error.<topic>.plan-service}); see application.yml. Thin: deduplication by the platform, effects in
 * {@link ReadinessProjection}, which is also each binding's batch scope (a poll writes each plan's readiness once).
 */
@Configuration(proxyBeanMethods = false)
class ReadinessConsumers {

    @Bean
    Consumer<Message<List<byte[]>>> agendaEvents(
            IdempotentConsumer inbox, ReadinessProjection projection, AgendaCopies annexes) {
        // One binding feeds both readiness and the agenda copy the plan's document prints as its annex.
        BiConsumer<IncomingEvent, AgendaPublished> published = projection::on;
        BiConsumer<IncomingEvent, AgendaRevised> revised = projection::on;
        return inbox.consumer(
                EventRouter.create()
                        .on(EventCatalog.AGENDA_PUBLISHED, published.andThen(annexes::on))
                        .on(EventCatalog.AGENDA_REVISED, revised.andThen(annexes::on)),
                projection);
    }

    @Bean
    Consumer<Message<List<byte[]>>> invitationEvents(IdempotentConsumer inbox, ReadinessProjection projection) {
        return inbox.consumer(
                EventRouter.create()
                        .on(EventCatalog.INVITATIONS_ISSUED, projection::on)
                        .on(EventCatalog.INVITATION_ANSWERED, projection::on)
                        .on(EventCatalog.DELEGATE_CHECKED_IN, projection::on),
                projection);
    }

    @Bean
    Consumer<Message<List<byte[]>>> materialEvents(
            IdempotentConsumer inbox, ReadinessProjection projection, SignedOriginalCopies signedOriginals) {
        return inbox.consumer(
                EventRouter.create()
                        .on(EventCatalog.MATERIAL_REQUESTED, projection::on)
                        .on(EventCatalog.MATERIAL_SUBMITTED, projection::on)
                        .on(EventCatalog.MATERIAL_ACCEPTED, projection::on)
                        .on(EventCatalog.MATERIAL_RETURNED, projection::on)
                        .on(EventCatalog.MATERIAL_OVERDUE, projection::on)
                        .on(EventCatalog.MATERIALS_PUBLISHED, projection::on)
                        .on(EventCatalog.SIGNED_ORIGINAL_ATTACHED, signedOriginals::on),
                projection);
    }
}
