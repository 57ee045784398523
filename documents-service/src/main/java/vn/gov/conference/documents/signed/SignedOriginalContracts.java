package vn.gov.conference.documents.signed;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.gov.conference.contracts.material.MaterialEvents.SignedOriginalAttached;
import vn.gov.conference.platform.events.EventContract;
import vn.gov.conference.platform.events.OutboxMessage;
import vn.gov.conference.platform.time.VietnamTime;

/** The boundary between a signed original's attachment and the published contract: the file as saved, its checksum. */
@Component
class SignedOriginalContracts implements EventContract<SignedOriginal, SignedOriginal.Attached> {

    @Override
    public Class<SignedOriginal> aggregate() {
        return SignedOriginal.class;
    }

    @Override
    public Optional<OutboxMessage> publish(SignedOriginal original, SignedOriginal.Attached attached) {
        return Optional.of(OutboxMessage.of(
                new SignedOriginalAttached(
                        original.planId(),
                        original.documentNumber(),
                        original.issuedOn(),
                        original.fileName(),
                        original.size(),
                        original.sha256(),
                        original.contentPath(),
                        VietnamTime.at(attached.at()),
                        attached.by()),
                original.planId(),
                original.province(),
                attached.at()));
    }
}
