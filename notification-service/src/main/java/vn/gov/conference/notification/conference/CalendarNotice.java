package vn.gov.conference.notification.conference;

import java.time.Instant;
import java.util.List;

/**
 * A change every invitee must be told about, recorded in the conference's document together with the change itself
 * and removed once an email for each invitee is in the outbox. Should the service stop in between, the notice is
 * still there and the fan-out finishes later; {@code cause} (the event's id) keeps it from mailing anyone twice.
 */
public record CalendarNotice(String cause, Reason reason, String summary, List<AgendaMove> moves, Instant at) {

    public enum Reason { SCHEDULED, MOVED, AGENDA_REVISED, AMENDED, CANCELLED }

    public CalendarNotice {
        moves = moves == null ? List.of() : List.copyOf(moves);
    }
}
