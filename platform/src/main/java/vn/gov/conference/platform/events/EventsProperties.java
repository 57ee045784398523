package vn.gov.conference.platform.events;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param relayInterval       how often the outbox relay searches every outbox collection; a save with events wakes
 *                            it at once for that document
 * @param batchSize           documents per collection and pass
 * @param processedRetention  how long consumed event ids (and the relay's published ids) are remembered for deduplication
 * @param outboxCollections   collections with an {@code outbox} field beyond the mapped entities that declare one
 * @param outboxLease         how long a relay holds a document's events (renewed while it publishes): when a
 *                            replica dies mid-way, another one takes its documents over after this long
 * @param consumerAttempts    how often a consumer tries an event that fails before it dead-letters it alone
 * @param consumerBackOff     the pause after a consumer's first failed attempt, doubled after each further one
 */
@ConfigurationProperties("conference.events")
public record EventsProperties(
        @DefaultValue("1s") Duration relayInterval,
        @DefaultValue("100") int batchSize,
        @DefaultValue("30d") Duration processedRetention,
        List<String> outboxCollections,
        @DefaultValue("10s") Duration outboxLease,
        @DefaultValue("3") int consumerAttempts,
        @DefaultValue("200ms") Duration consumerBackOff) {

    public EventsProperties {
        outboxCollections = outboxCollections == null ? List.of() : List.copyOf(outboxCollections);
    }
}
