package vn.gov.conference.platform.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.stream.binder.BinderFactory;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.messaging.MessageChannel;
import org.springframework.test.util.ReflectionTestUtils;
import vn.gov.conference.testing.IntegrationTest;

/**
 * The platform's consumers commit offsets asynchronously (EventsConfiguration): checked on the containers the Kafka
 * binder really created, since a second customizer bean anywhere would make the binder apply none.
 */
@IntegrationTest
class OffsetCommitsIntegrationTests {

    @Autowired
    BinderFactory binders;

    @Test
    void everyConsumerOfTheBinderCommitsItsOffsetsWithoutWaitingForTheBroker() {
        Object binder = binders.getBinder("kafka", MessageChannel.class);
        @SuppressWarnings("unchecked")
        List<AbstractMessageListenerContainer<?, ?>> containers = (List<AbstractMessageListenerContainer<?, ?>>)
                ReflectionTestUtils.getField(binder, "kafkaMessageListenerContainers");

        assertThat(containers)
                .isNotEmpty()
                .allSatisfy(container -> assertThat(
                                container.getContainerProperties().isSyncCommits())
                        .as(container.getListenerId())
                        .isFalse());
    }
}
