package vn.gov.conference.documents.messaging;

import java.util.List;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.gov.conference.contracts.EventCatalog;
import vn.gov.conference.contracts.agenda.AgendaEvents.Slot;
import vn.gov.conference.documents.portal.AgendaEntry;
import vn.gov.conference.documents.portal.PortalService;
import vn.gov.conference.documents.request.MaterialRequestService;
import vn.gov.conference.documents.signed.SignedOriginalService;
import vn.gov.conference.platform.events.EventRouter;
import vn.gov.conference.platform.events.IdempotentConsumer;

/**
 * What the service learns from the others: approved, amended and cancelled plans (bindings {@code planEvents-in-0})
 * and the agenda's items (binding {@code agendaEvents-in-0}), which the portal groups materials by. Handlers only
 * delegate; each is idempotent in effect (requests have ids derived from the plan, the agenda keeps its newest
 * revision), so the platform's deduplication is a saving, not a necessity.
 */
@Configuration(proxyBeanMethods = false)
class EventBindings {

    @Bean
    Consumer<Message<List<byte[]>>> planEvents(
            IdempotentConsumer consumer, MaterialRequestService requests, SignedOriginalService originals) {
        return consumer.consumer(EventRouter.create()
                .on(EventCatalog.PLAN_APPROVED, (event, approved) -> {
                    requests.planApprovedOrAmended(approved.plan(), false);
                    originals.planApproved(approved.plan());
                })
                .on(EventCatalog.PLAN_AMENDED, (event, amended) -> {
                    requests.planApprovedOrAmended(amended.plan(), true);
                    originals.planApproved(amended.plan());
                })
                .on(EventCatalog.PLAN_CANCELLED, (event, cancelled) -> {
                    requests.planCancelled(cancelled.planId());
                    originals.planCancelled(cancelled.planId());
                }));
    }

    @Bean
    Consumer<Message<List<byte[]>>> agendaEvents(IdempotentConsumer consumer, PortalService portals) {
        return consumer.consumer(EventRouter.create()
                .on(
                        EventCatalog.AGENDA_PUBLISHED,
                        (event, published) -> portals.agendaPublished(
                                published.planId(), event.tenant(), published.revision(), entries(published.slots())))
                .on(
                        EventCatalog.AGENDA_REVISED,
                        (event, revised) -> portals.agendaPublished(
                                revised.planId(), event.tenant(), revised.revision(), entries(revised.slots()))));
    }

    private static List<AgendaEntry> entries(List<Slot> slots) {
        return slots == null
                ? List.of()
                : slots.stream()
                        .map(slot -> new AgendaEntry(
                                slot.itemId(),
                                slot.number(),
                                slot.title(),
                                slot.start() == null ? null : slot.start().toInstant()))
                        .toList();
    }
}
