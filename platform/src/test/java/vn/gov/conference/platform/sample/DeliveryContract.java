package vn.gov.conference.platform.sample;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.gov.conference.contracts.plan.PlanEvents.PlanCancelled;
import vn.gov.conference.platform.events.EventContract;
import vn.gov.conference.platform.events.OutboxMessage;

/** A delivery's cancellation travels as the plan contract's cancellation (the sample has no contract of its own). */
@Component
class DeliveryContract implements EventContract<Delivery, Delivery.Event> {

    @Override
    public Class<Delivery> aggregate() {
        return Delivery.class;
    }

    @Override
    public Optional<OutboxMessage> publish(Delivery delivery, Delivery.Event event) {
        return switch (event) {
            case Delivery.Packed packed -> Optional.empty();
            case Delivery.Cancelled cancelled ->
                Optional.of(OutboxMessage.of(
                        new PlanCancelled(delivery.id(), 1, cancelled.reason()),
                        delivery.id(),
                        delivery.province(),
                        cancelled.at()));
        };
    }
}
