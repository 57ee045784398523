package vn.gov.conference.notification;

import java.util.List;
import vn.gov.conference.contracts.EventCatalog;
import vn.gov.conference.platform.events.AggregateRoot;
import vn.gov.conference.platform.events.EventContract;
import vn.gov.conference.platform.events.EventJson;
import vn.gov.conference.platform.events.OutboxMessage;

/** Reads the contract payloads of an aggregate's events back, as the platform would stage them on save. */
public final class OutboxPayloads {

    private OutboxPayloads() {}

    public static List<Object> of(List<OutboxMessage> outbox) {
        return outbox.stream()
                .map(message -> (Object) EventJson.read(
                        message.data(),
                        EventCatalog.byType(message.type()).orElseThrow().payloadClass()))
                .toList();
    }

    /** The messages the aggregate's raised events become through {@code contract}. */
    public static <A extends AggregateRoot<E>, E> List<OutboxMessage> messages(
            A aggregate, EventContract<A, E> contract) {
        return aggregate.raisedEvents().stream()
                .flatMap(event -> contract.publish(aggregate, event).stream())
                .toList();
    }

    /** The payloads the aggregate's raised events are published as. */
    public static <A extends AggregateRoot<E>, E> List<Object> of(A aggregate, EventContract<A, E> contract) {
        return of(messages(aggregate, contract));
    }
}
