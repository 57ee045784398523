package vn.gov.conference.platform.sample;

import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.gov.conference.platform.events.AggregateRoot;

/** An aggregate whose events no contract maps: saving it after it raised one must fail, not drop the event. */
@Document("strays")
class Stray extends AggregateRoot<String> {

    @Id
    private String id = UUID.randomUUID().toString();

    void wander() {
        raise("wandered");
    }
}
