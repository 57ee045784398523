package vn.gov.conference.contracts.agenda;

import java.time.OffsetDateTime;
import java.util.List;
import vn.gov.conference.contracts.UnitRef;

/** Payloads published by agenda-service on {@link vn.gov.conference.contracts.Topics#AGENDA}. */
public final class AgendaEvents {

    private AgendaEvents() {}

    /** One computed slot of the timeline; start and end are null while the item has no time yet. */
    public record Slot(
            String itemId,
            String number,
            String title,
            String kind,
            List<UnitRef> presenters,
            OffsetDateTime start,
            OffsetDateTime end) {}

    /** What happened to one item between two revisions. */
    public record ItemChange(
            String itemId,
            String title,
            List<UnitRef> presenters,
            OffsetDateTime previousStart,
            OffsetDateTime previousEnd,
            OffsetDateTime start,
            OffsetDateTime end,
            boolean timeChanged,
            boolean presentersChanged) {}

    public record AgendaPublished(
            String planId, int revision, OffsetDateTime sessionStart, OffsetDateTime sessionEnd, List<Slot> slots) {}

    /** A published agenda changed: {@code changes} lists only the items whose time or presenters moved. */
    public record AgendaRevised(
            String planId,
            int revision,
            OffsetDateTime sessionStart,
            OffsetDateTime sessionEnd,
            List<Slot> slots,
            List<ItemChange> changes,
            String summary) {}
}
