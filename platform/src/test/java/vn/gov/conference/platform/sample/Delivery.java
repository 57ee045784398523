package vn.gov.conference.platform.sample;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.gov.conference.platform.events.AggregateRoot;

/** An aggregate that raises its events the platform's one way: internal events, mapped by {@link DeliveryContract}. */
@Document("deliveries")
class Delivery extends AggregateRoot<Delivery.Event> {

    sealed interface Event {
        Instant at();
    }

    /** Stays inside the service: its contract publishes nothing for it. */
    record Packed(Instant at) implements Event {}

    record Cancelled(String reason, Instant at) implements Event {}

    @Id
    private String id;

    private String province;
    private String status;

    @Version
    private Long version;

    static Delivery create(String province) {
        Delivery delivery = new Delivery();
        delivery.id = UUID.randomUUID().toString();
        delivery.province = province;
        delivery.status = "OPEN";
        return delivery;
    }

    void pack(Instant now) {
        status = "PACKED";
        raise(new Packed(now));
    }

    void cancel(String reason, Instant now) {
        status = "CANCELLED";
        raise(new Cancelled(reason, now));
    }

    String id() {
        return id;
    }

    String province() {
        return province;
    }

    String status() {
        return status;
    }
}
