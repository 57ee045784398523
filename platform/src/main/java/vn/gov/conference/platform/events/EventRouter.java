package vn.gov.conference.platform.events;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import vn.gov.conference.contracts.EventType;

/**
 * Routes incoming events by CloudEvents type to typed handlers. Types a consumer has no handler for are skipped:
 * a topic carries every event of its aggregate and a consumer reacts only to what it needs.
 */
public final class EventRouter {

    private final Map<String, BiConsumer<IncomingEvent, byte[]>> handlers = new LinkedHashMap<>();

    private EventRouter() {}

    public static EventRouter create() {
        return new EventRouter();
    }

    /** Handle events of {@code type}, receiving the envelope and the typed payload. */
    public <T> EventRouter on(EventType<T> type, BiConsumer<IncomingEvent, T> handler) {
        handlers.put(type.type(), (event, data) -> handler.accept(event, event.payload(type.payloadClass())));
        return this;
    }

    boolean handles(String type) {
        return handlers.containsKey(type);
    }

    Optional<BiConsumer<IncomingEvent, byte[]>> handlerFor(String type) {
        return Optional.ofNullable(handlers.get(type));
    }
}
