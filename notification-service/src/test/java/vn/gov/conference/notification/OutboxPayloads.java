package vn.gov.conference.notification;

import java.util.List;

import vn.gov.conference.contracts.EventCatalog;
import vn.gov.conference.platform.events.EventJson;
import vn.gov.conference.platform.events.OutboxMessage;

/** Reads the contract payloads back out of an aggregate's outbox. */
public final class OutboxPayloads {

    private OutboxPayloads() {
    }

    public static List<Object> of(List<OutboxMessage> outbox) {
        return outbox.stream().map(message -> (Object) EventJson.read(message.data(),
                EventCatalog.byType(message.type()).orElseThrow().payloadClass())).toList();
    }
}
