package vn.gov.conference.plan.signed;

import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import vn.gov.conference.contracts.material.MaterialEvents.SignedOriginalAttached;
import vn.gov.conference.platform.events.IncomingEvent;

/** Keeps {@link SignedOriginalCopy} from documents-service's events (wired with readiness's material consumer). */
@Component
public class SignedOriginalCopies {

    private final MongoTemplate mongo;

    SignedOriginalCopies(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** A later attachment replaces the copy; an older one, delivered late, does not. */
    public void on(IncomingEvent event, SignedOriginalAttached attached) {
        SignedOriginalCopy current = mongo.findById(attached.planId(), SignedOriginalCopy.class);
        if (current != null
                && current.attachedAt() != null
                && attached.attachedAt() != null
                && !attached.attachedAt().isAfter(current.attachedAt())) {
            return;
        }
        mongo.save(new SignedOriginalCopy(
                attached.planId(),
                attached.documentNumber(),
                attached.issuedOn(),
                attached.fileName(),
                attached.size(),
                attached.sha256(),
                "/api/plans/" + attached.planId() + "/signed-original/content",
                attached.attachedAt(),
                attached.attachedBy()));
    }

    public Optional<SignedOriginalCopy> of(String planId) {
        return Optional.ofNullable(mongo.findById(planId, SignedOriginalCopy.class));
    }
}
