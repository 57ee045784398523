package vn.gov.conference.platform.events;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.mongodb.core.mapping.event.AbstractMongoEventListener;
import org.springframework.data.mongodb.core.mapping.event.BeforeConvertEvent;

/**
 * Stages an {@link AggregateRoot}'s raised events into its outbox right before the aggregate is converted for a save
 * or insert, through the aggregate's {@link EventContract}: the write that stores the state stores its events. An
 * aggregate that raised events but has no contract fails the save, rather than losing them.
 */
public class OutboxStaging extends AbstractMongoEventListener<AggregateRoot<?>> {

    private final Map<Class<?>, EventContract<?, ?>> contracts = new HashMap<>();

    public OutboxStaging(List<EventContract<?, ?>> contracts) {
        for (EventContract<?, ?> contract : contracts) {
            EventContract<?, ?> before = this.contracts.putIfAbsent(contract.aggregate(), contract);
            if (before != null) {
                throw new IllegalStateException(
                        "Two event contracts for " + contract.aggregate().getName() + ": "
                                + before.getClass().getName() + " and "
                                + contract.getClass().getName());
            }
        }
    }

    @Override
    public void onBeforeConvert(BeforeConvertEvent<AggregateRoot<?>> event) {
        stage(event.getSource());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    <E> void stage(AggregateRoot<E> aggregate) {
        if (aggregate.raisedEvents().isEmpty()) {
            return;
        }
        EventContract contract = contractOf(aggregate.getClass());
        aggregate.stage(events -> events.stream()
                .map(e -> (Optional<OutboxMessage>) contract.publish(aggregate, e))
                .flatMap(Optional::stream)
                .toList());
    }

    private EventContract<?, ?> contractOf(Class<?> type) {
        for (Class<?> c = type; c != null && c != AggregateRoot.class; c = c.getSuperclass()) {
            EventContract<?, ?> contract = contracts.get(c);
            if (contract != null) {
                return contract;
            }
        }
        throw new IllegalStateException(type.getName() + " raised events but no EventContract maps them");
    }
}
