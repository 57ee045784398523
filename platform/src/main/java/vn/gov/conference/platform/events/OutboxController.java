package vn.gov.conference.platform.events;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.conference.platform.security.Caller;
import vn.gov.conference.platform.security.Role;
import vn.gov.conference.platform.web.NotFoundException;

/**
 * {@code /api/admin/outbox/parked}: the platform operator's view of the events this service's broker can never take
 * ({@link OutboxRelay}): list them, put one back into its outbox once the cause is fixed, or discard it.
 */
@RestController
@RequestMapping("/api/admin/outbox/parked")
class OutboxController {

    private final OutboxRelay relay;

    OutboxController(OutboxRelay relay) {
        this.relay = relay;
    }

    /** A parked event without its data, which may be the very megabytes the broker refused. */
    record ParkedEvent(
            String eventId,
            @Nullable String type,
            @Nullable String topic,
            @Nullable String subject,
            @Nullable String collection,
            String documentId,
            int dataLength,
            @Nullable String reason,
            @Nullable Instant parkedAt) {

        static ParkedEvent of(Document parked) {
            Document event = parked.get("event", Document.class);
            String data = event.getString("data");
            Date at = parked.getDate("parkedAt");
            return new ParkedEvent(
                    parked.getString("_id"),
                    event.getString("type"),
                    event.getString("topic"),
                    event.getString("subject"),
                    parked.getString("collection"),
                    String.valueOf(parked.get("documentId")),
                    data == null ? 0 : data.length(),
                    parked.getString("reason"),
                    at == null ? null : at.toInstant());
        }
    }

    @GetMapping
    List<ParkedEvent> list(Caller caller) {
        caller.checkRole(Role.ADMIN);
        return relay.parked().stream().map(ParkedEvent::of).toList();
    }

    @PostMapping("/{eventId}/retry")
    @ApiResponse(responseCode = "202", description = "Put back into its outbox; the relay publishes it")
    ResponseEntity<Void> retry(@PathVariable String eventId, Caller caller) {
        caller.checkRole(Role.ADMIN);
        if (!relay.retryParked(eventId)) {
            throw new NotFoundException("Parked event " + eventId);
        }
        return ResponseEntity.accepted().build();
    }

    @DeleteMapping("/{eventId}")
    @ApiResponse(responseCode = "204", description = "Dropped")
    ResponseEntity<Void> discard(@PathVariable String eventId, Caller caller) {
        caller.checkRole(Role.ADMIN);
        if (!relay.discardParked(eventId)) {
            throw new NotFoundException("Parked event " + eventId);
        }
        return ResponseEntity.noContent().build();
    }
}
