package vn.gov.conference.notification.email;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.gov.conference.contracts.invitation.InvitationEvents.EmailDelivered;
import vn.gov.conference.contracts.invitation.InvitationEvents.EmailFailed;
import vn.gov.conference.platform.events.EventContract;
import vn.gov.conference.platform.events.OutboxMessage;
import vn.gov.conference.platform.time.VietnameseDates;

/**
 * The boundary between an email's delivery events and the published contract: keyed by its plan (by the email itself
 * when it belongs to none), about the email, in its province.
 */
@Component
public class EmailContracts implements EventContract<OutboundEmail, EmailEvent> {

    @Override
    public Class<OutboundEmail> aggregate() {
        return OutboundEmail.class;
    }

    @Override
    public Optional<OutboxMessage> publish(OutboundEmail email, EmailEvent event) {
        String id = email.id().value();
        Object payload = switch (event) {
            case EmailEvent.Delivered delivered ->
                new EmailDelivered(
                        id,
                        email.planId(),
                        email.kind().name(),
                        email.recipient(),
                        delivered.at().atZone(VietnameseDates.ZONE).toOffsetDateTime());
            case EmailEvent.Failed failed ->
                new EmailFailed(
                        id,
                        email.planId(),
                        email.kind().name(),
                        email.recipient(),
                        failed.attempt(),
                        failed.error(),
                        failed.willRetry());
        };
        return Optional.of(OutboxMessage.of(
                payload, email.planId() == null ? id : email.planId(), id, email.tenant(), event.at()));
    }
}
