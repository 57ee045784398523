package vn.gov.conference.platform.events;

import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Transient;

/**
 * The one way an aggregate raises events. A change calls {@link #raise} with an internal, past-tense event of the
 * aggregate's own type {@code E}; on save the platform ({@link OutboxStaging}) turns each raised event into its
 * published form through the aggregate's {@link EventContract} and adds it to {@code outbox}, before the aggregate is
 * written. So the state and the events it announces are stored by one single-document write, and the relay publishes
 * them from there.
 * <p>
 * The aggregate knows nothing of the wire contracts; the mapper knows nothing of the outbox but the message it
 * builds. Saving is the repository's plain {@code save} (or {@code MongoTemplate.save}/{@code insert}): an update
 * that bypasses the entity ({@code updateFirst}, {@code $push}) stages nothing.
 *
 * @param <E> the aggregate's internal events
 */
public abstract class AggregateRoot<E> {

    /** Published forms waiting for the {@link OutboxRelay}; the relay finds every entity with this property. */
    private List<OutboxMessage> outbox = new ArrayList<>();

    /** Raised since the aggregate was loaded or last saved; not stored (the mapping does not skip a Java transient). */
    @Transient
    private final List<E> raised = new ArrayList<>();

    /** Records that something happened; published once the aggregate is saved. */
    protected final void raise(E event) {
        raised.add(java.util.Objects.requireNonNull(event, "event"));
    }

    /** The events raised since the aggregate was loaded or last saved, oldest first. */
    public final List<E> raisedEvents() {
        return List.copyOf(raised);
    }

    /** The published forms not yet relayed to the broker, as loaded plus those staged by saves since. */
    public final List<OutboxMessage> outbox() {
        return List.copyOf(outbox);
    }

    /**
     * Moves the raised events, as {@code messages}, into the outbox: called by {@link OutboxStaging} right before the
     * aggregate is written, so a second save of the same object stages nothing twice.
     */
    final List<E> stage(java.util.function.Function<List<E>, List<OutboxMessage>> messages) {
        List<E> staged = List.copyOf(raised);
        outbox.addAll(messages.apply(staged));
        raised.clear();
        return staged;
    }
}
