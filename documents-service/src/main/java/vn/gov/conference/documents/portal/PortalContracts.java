package vn.gov.conference.documents.portal;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.gov.conference.contracts.material.MaterialEvents.MaterialsPublished;
import vn.gov.conference.platform.events.EventContract;
import vn.gov.conference.platform.events.OutboxMessage;
import vn.gov.conference.platform.time.VietnamTime;

/** The boundary between the portal's publications and the published contract: which documents, and where to read. */
@Component
class PortalContracts implements EventContract<Portal, Portal.Published> {

    @Override
    public Class<Portal> aggregate() {
        return Portal.class;
    }

    @Override
    public Optional<OutboxMessage> publish(Portal portal, Portal.Published published) {
        return Optional.of(OutboxMessage.of(
                new MaterialsPublished(
                        portal.planId(),
                        published.documentIds(),
                        Portal.path(portal.planId()),
                        VietnamTime.at(published.at())),
                portal.planId(),
                portal.province(),
                published.at()));
    }
}
