package vn.gov.conference.platform.sample;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.messaging.Message;
import vn.gov.conference.contracts.EventCatalog;
import vn.gov.conference.platform.events.EventRouter;
import vn.gov.conference.platform.events.IdempotentConsumer;

/** A minimal service on the platform: one aggregate with an outbox, one consumer, one controller. */
@SpringBootApplication
public class SampleApplication {

    /** Counts how often each cancelled plan was applied: the test's measure of "exactly once in effect". */
    @Bean
    Consumer<Message<List<byte[]>>> planEvents(IdempotentConsumer inbox, MongoTemplate mongo) {
        return inbox.consumer(EventRouter.create()
                .on(
                        EventCatalog.PLAN_CANCELLED,
                        (event, cancelled) -> mongo.getCollection("applied")
                                .updateOne(
                                        Filters.eq("_id", cancelled.planId()),
                                        Updates.inc("count", 1),
                                        new UpdateOptions().upsert(true))));
    }
}
