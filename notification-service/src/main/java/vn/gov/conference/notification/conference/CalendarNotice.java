package vn.gov.conference.notification.conference;

import java.time.Instant;
import java.util.List;

/**
 * A change invitees must be told about, recorded in the conference's document together with the change itself
 * and removed once an email for each of them is in the outbox. Should the service stop in between, the notice is
 * still there and the fan-out finishes later; {@code cause} (the event's id) keeps it from mailing anyone twice.
 * {@code presentersOnly}: the conference's own time did not move, only the presenters of {@code moves} are told.
 */
public record CalendarNotice(
        String cause, Reason reason, String summary, List<AgendaMove> moves, Instant at, boolean presentersOnly) {

    public enum Reason {
        SCHEDULED,
        MOVED,
        AGENDA_PUBLISHED,
        AGENDA_REVISED,
        AMENDED,
        CANCELLED
    }

    /** Whether {@code unitCode}'s invitee is told: everyone, or only a presenter whose item moved. */
    public boolean concerns(String unitCode) {
        return !presentersOnly || moves.stream().anyMatch(move -> move.concerns(unitCode));
    }

    public CalendarNotice {
        moves = moves == null ? List.of() : List.copyOf(moves);
    }
}
