package vn.gov.conference.notification.conference;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.gov.conference.contracts.invitation.InvitationEvents.InvitationsIssued;
import vn.gov.conference.platform.events.EventContract;
import vn.gov.conference.platform.events.OutboxMessage;

/** The boundary between a conference's announcements and the published contract: keyed by the plan, its id. */
@Component
public class ConferenceContracts implements EventContract<Conference, Conference.InvitationsAnnounced> {

    @Override
    public Class<Conference> aggregate() {
        return Conference.class;
    }

    @Override
    public Optional<OutboxMessage> publish(Conference conference, Conference.InvitationsAnnounced announced) {
        return Optional.of(OutboxMessage.of(
                new InvitationsIssued(conference.id(), announced.newly(), announced.total()),
                conference.id(),
                conference.tenant(),
                announced.at()));
    }
}
