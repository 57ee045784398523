package vn.gov.conference.documents.request;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.gov.conference.contracts.material.MaterialEvents;
import vn.gov.conference.platform.events.EventContract;
import vn.gov.conference.platform.events.OutboxMessage;
import vn.gov.conference.platform.time.VietnamTime;

/**
 * The boundary between a request's internal events and the published contract: each {@link RequestEvent}, with the
 * request as it is saved, becomes one payload of {@code vn.gov.conference.contracts.material}.
 */
@Component
class MaterialContracts implements EventContract<MaterialRequest, RequestEvent> {

    @Override
    public Class<MaterialRequest> aggregate() {
        return MaterialRequest.class;
    }

    /** Keyed by the plan, about the request. */
    @Override
    public Optional<OutboxMessage> publish(MaterialRequest request, RequestEvent event) {
        return Optional.of(OutboxMessage.of(
                payload(request, event), request.planId(), request.id(), request.province(), event.at()));
    }

    static Object payload(MaterialRequest request, RequestEvent event) {
        return switch (event) {
            case RequestEvent.Requested requested ->
                new MaterialEvents.MaterialRequested(
                        request.planId(),
                        request.id(),
                        request.assignmentId(),
                        request.owner(),
                        request.recipient(),
                        request.kind().name(),
                        request.title(),
                        time(request.deadline()),
                        requested.previousRequestId());
            case RequestEvent.Submitted submitted ->
                new MaterialEvents.MaterialSubmitted(
                        request.planId(),
                        request.id(),
                        request.owner(),
                        request.recipient(),
                        request.documentId(),
                        submitted.submission().version(),
                        submitted.submission().fileName(),
                        submitted.submission().size(),
                        submitted.submission().sha256(),
                        submitted.submission().late(),
                        time(submitted.at()));
            case RequestEvent.Accepted accepted ->
                new MaterialEvents.MaterialAccepted(
                        request.planId(), request.id(), request.owner(), request.documentId(), time(accepted.at()));
            case RequestEvent.Returned returned ->
                new MaterialEvents.MaterialReturned(
                        request.planId(),
                        request.id(),
                        request.owner(),
                        request.documentId(),
                        returned.comment(),
                        time(returned.at()));
            case RequestEvent.Overdue overdue ->
                new MaterialEvents.MaterialOverdue(
                        request.planId(), request.id(), request.owner(), request.recipient(), time(overdue.deadline()));
        };
    }

    private static OffsetDateTime time(Instant instant) {
        return instant == null ? null : VietnamTime.at(instant);
    }
}
