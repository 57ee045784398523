package vn.gov.conference.platform.events;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.stream.binder.kafka.common.BinderHeaderMapper;
import org.springframework.cloud.stream.config.ListenerContainerCustomizer;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.data.mongodb.core.mapping.event.AbstractMongoEventListener;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveEvent;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.KafkaHeaderMapper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.util.backoff.FixedBackOff;
import vn.gov.conference.contracts.CloudEventHeaders;
import vn.gov.conference.platform.cluster.Leases;
import vn.gov.conference.platform.cluster.SweepLock;

/** Wires the outbox relay, the idempotent consumer and the CloudEvents header mapping into every service. */
@AutoConfiguration
@EnableConfigurationProperties(EventsProperties.class)
@Import(OutboxController.class)
public class EventsConfiguration {

    /** The ce_* attributes travel as plain UTF-8 header values (CloudEvents Kafka binding), not as JSON strings. */
    /** See {@link IdleConsumerNoise}; installed before the bindings start their consumers. */
    @Bean
    @ConditionalOnClass(name = "ch.qos.logback.classic.LoggerContext")
    InitializingBean idleConsumerNoise() {
        return IdleConsumerNoise::install;
    }

    @Bean("cloudEventsHeaderMapper")
    KafkaHeaderMapper cloudEventsHeaderMapper() {
        BinderHeaderMapper mapper = new BinderHeaderMapper();
        for (String header : new String[] {
            CloudEventHeaders.ID,
            CloudEventHeaders.SOURCE,
            CloudEventHeaders.SPEC_VERSION,
            CloudEventHeaders.TYPE,
            CloudEventHeaders.TIME,
            CloudEventHeaders.SUBJECT,
            CloudEventHeaders.TENANT,
            CloudEventHeaders.DATA_SCHEMA,
            CloudEventHeaders.CONTENT_TYPE
        }) {
            mapper.addRawMappedHeader(header, true);
        }
        return mapper;
    }

    @Bean
    OutboxRelay outboxRelay(
            MongoTemplate mongo,
            StreamBridge bridge,
            MongoMappingContext mappingContext,
            EventsProperties properties,
            MeterRegistry meters,
            @Value("${spring.application.name}") String application) {
        Set<String> collections = new TreeSet<>(properties.outboxCollections());
        mappingContext.getPersistentEntities().stream()
                .filter(entity -> entity.getPersistentProperty(OutboxRelay.FIELD) != null)
                .forEach(entity -> collections.add(entity.getCollection()));
        return new OutboxRelay(
                mongo,
                bridge,
                collections,
                "urn:conference:" + application,
                properties.relayInterval(),
                properties.batchSize(),
                new Leases(mongo, OutboxRelay.LEASES),
                properties.outboxLease(),
                meters);
    }

    /** Raised events into the outbox, mapped by each aggregate's contract, as the aggregate is saved. */
    @Bean
    OutboxStaging outboxStaging(org.springframework.beans.factory.ObjectProvider<EventContract<?, ?>> contracts) {
        return new OutboxStaging(contracts.orderedStream().toList());
    }

    /** Publish right after an aggregate with pending events is saved, instead of waiting for the next search. */
    @Bean
    AbstractMongoEventListener<Object> outboxWakeUp(OutboxRelay relay) {
        return new AbstractMongoEventListener<>() {
            @Override
            public void onAfterSave(AfterSaveEvent<Object> event) {
                org.bson.Document saved = event.getDocument();
                Object outbox = saved == null ? null : saved.get(OutboxRelay.FIELD);
                // Most saves raise no event (an invitation inserted, an email claimed): they must not cost a pass.
                if (outbox instanceof java.util.List<?> pending && !pending.isEmpty()) {
                    relay.wakeUp(event.getCollectionName(), saved.get("_id"));
                }
            }
        };
    }

    @Bean
    DeadLetters deadLetters(StreamBridge bridge) {
        return new DeadLetters(bridge);
    }

    @Bean
    IdempotentConsumer idempotentConsumer(
            MongoTemplate mongo,
            Clock clock,
            MeterRegistry meters,
            DeadLetters deadLetters,
            EventsProperties properties,
            @Value("${spring.application.name}") String application) {
        return new IdempotentConsumer(
                mongo,
                application,
                clock,
                meters,
                deadLetters,
                properties.consumerAttempts(),
                properties.consumerBackOff());
    }

    /**
     * What the container does when a poll fails (every binding names it, conference-platform-defaults.yml): try the
     * whole poll again every second, for as long as it takes. The consumer dead-letters a bad event itself, so what
     * reaches this is a database or broker that cannot be reached, and giving up would lose the poll.
     */
    @Bean
    CommonErrorHandler eventBatchRetries() {
        return new DefaultErrorHandler(new FixedBackOff(1000, FixedBackOff.UNLIMITED_ATTEMPTS));
    }

    /**
     * A consumer commits its offsets without waiting for the broker's answer: a synchronous commit held every poll's
     * thread for one more broker round trip before it could take the next events (issue 18). Nothing is lost by it:
     * events are recorded as processed in MongoDB before their offsets are committed, so a commit that never landed
     * (a crash, a failed async commit) only redelivers events the idempotent consumer then skips.
     */
    @Bean
    ListenerContainerCustomizer<AbstractMessageListenerContainer<?, ?>> asynchronousOffsetCommits() {
        return (container, destination, group) ->
                container.getContainerProperties().setSyncCommits(false);
    }

    @Bean
    ProcessedEventsSweeper processedEventsSweeper(
            IdempotentConsumer consumer, OutboxRelay relay, EventsProperties properties, SweepLock sweeps) {
        return new ProcessedEventsSweeper(consumer, relay, properties, sweeps);
    }

    /** The stand-in has no TTL indexes, so the ids kept for deduplication are swept. */
    static class ProcessedEventsSweeper {

        private final IdempotentConsumer consumer;
        private final OutboxRelay relay;
        private final EventsProperties properties;
        private final SweepLock sweeps;

        ProcessedEventsSweeper(
                IdempotentConsumer consumer, OutboxRelay relay, EventsProperties properties, SweepLock sweeps) {
            this.consumer = consumer;
            this.relay = relay;
            this.properties = properties;
            this.sweeps = sweeps;
        }

        @Scheduled(initialDelayString = "PT10M", fixedDelayString = "PT6H")
        void sweep() {
            sweeps.runOnce("events.forget-processed", java.time.Duration.ofHours(6), () -> {
                consumer.forgetOlderThan(properties.processedRetention());
                relay.forgetPublishedBefore(java.time.Instant.now().minus(properties.processedRetention()));
                relay.forgetAbandonedLeases();
            });
        }
    }
}
