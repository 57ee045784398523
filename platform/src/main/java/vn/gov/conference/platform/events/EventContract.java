package vn.gov.conference.platform.events;

import java.util.Optional;

/**
 * The boundary between one aggregate's internal events and the published contracts ({@code event-contracts}): one
 * bean per aggregate type. It is called on save, with the aggregate as it is saved, for each event raised since the
 * last save, and builds the message with {@link OutboxMessage#of}: the payload, the record key (the plan id), the
 * subject, the province and the time.
 *
 * @param <A> the aggregate
 * @param <E> its internal events
 */
public interface EventContract<A extends AggregateRoot<E>, E> {

    /** The aggregate type this contract maps (subclasses included). */
    Class<A> aggregate();

    /** The published message for {@code event}, or empty for an event that stays inside the service. */
    Optional<OutboxMessage> publish(A aggregate, E event);
}
