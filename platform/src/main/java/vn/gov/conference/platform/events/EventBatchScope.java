package vn.gov.conference.platform.events;

/**
 * Lets the handlers of one poll share their work: a projection reads each aggregate the batch touches once, applies
 * every event to it in order, and writes it once. {@link #run} gets the handlers of the whole poll (or, while the
 * consumer isolates a failing event, of one event) and returns only when what they changed is stored; it throws when
 * it could not store it, and may then be run again with the same events (handlers are idempotent in effect).
 */
@FunctionalInterface
public interface EventBatchScope {

    /** Each handler writes for itself. */
    EventBatchScope NONE = Runnable::run;

    void run(Runnable handlers);
}
