package vn.gov.conference.notification.invitation;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.gov.conference.contracts.invitation.InvitationEvents.DelegateCheckedIn;
import vn.gov.conference.contracts.invitation.InvitationEvents.InvitationAnswered;
import vn.gov.conference.platform.events.EventContract;
import vn.gov.conference.platform.events.OutboxMessage;

/**
 * The boundary between an invitation's events and the published contract: keyed by the plan, about the invitation,
 * in its province. Naming delegates is published as an acceptance.
 */
@Component
public class InvitationContracts implements EventContract<Invitation, InvitationEvent> {

    @Override
    public Class<Invitation> aggregate() {
        return Invitation.class;
    }

    @Override
    public Optional<OutboxMessage> publish(Invitation invitation, InvitationEvent event) {
        String id = invitation.id().value();
        Object payload = switch (event) {
            case InvitationEvent.Answered answered -> {
                Answer given = answered.answer();
                String type = given.type() == Answer.Type.DELEGATES_NAMED
                        ? "ACCEPTED"
                        : given.type().name();
                yield new InvitationAnswered(
                        invitation.planId(),
                        id,
                        invitation.unitRef(),
                        type,
                        given.reason(),
                        given.substituteInvitationId(),
                        given.answeredAt());
            }
            case InvitationEvent.CheckedIn checkedIn ->
                new DelegateCheckedIn(
                        invitation.planId(),
                        id,
                        invitation.unitRef(),
                        checkedIn.presence().name(),
                        checkedIn.site(),
                        checkedIn.at());
        };
        return Optional.of(OutboxMessage.of(
                payload,
                invitation.planId(),
                id,
                invitation.tenant(),
                event.at().toInstant()));
    }
}
