package vn.gov.conference.platform.sample;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.gov.conference.contracts.plan.PlanEvents.PlanCancelled;
import vn.gov.conference.platform.events.OutboxMessage;

@Document("parcels")
class Parcel {

    @Id
    private String id;

    private String province;
    private String status;

    @Version
    private Long version;

    private List<OutboxMessage> outbox = new ArrayList<>();

    static Parcel create(String province) {
        Parcel parcel = new Parcel();
        parcel.id = UUID.randomUUID().toString();
        parcel.province = province;
        parcel.status = "OPEN";
        return parcel;
    }

    void cancel(String reason, Instant now) {
        status = "CANCELLED";
        outbox.add(OutboxMessage.of(new PlanCancelled(id, 1, reason), id, province, now));
    }

    String id() {
        return id;
    }

    String province() {
        return province;
    }

    List<OutboxMessage> outbox() {
        return outbox;
    }
}
