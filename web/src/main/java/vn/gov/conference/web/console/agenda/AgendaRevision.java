package vn.gov.conference.web.console.agenda;

import java.time.OffsetDateTime;
import java.util.List;
import vn.gov.conference.web.console.agenda.AgendaDocument.Presenter;

/**
 * One published revision as {@code GET /api/plans/{id}/agenda/revisions} reports it: when and by whom, the summary
 * agenda-service wrote, the session it promised, and the items whose time or presenters changed since the one before.
 */
public record AgendaRevision(
        int revision,
        OffsetDateTime at,
        String by,
        String summary,
        OffsetDateTime start,
        OffsetDateTime end,
        List<Change> changes) {

    public AgendaRevision {
        changes = changes == null ? List.of() : List.copyOf(changes);
    }

    public record Change(
            String itemId,
            String title,
            List<Presenter> presenters,
            OffsetDateTime previousStart,
            OffsetDateTime previousEnd,
            OffsetDateTime start,
            OffsetDateTime end,
            boolean timeChanged,
            boolean presentersChanged) {

        public List<Presenter> presenterList() {
            return presenters == null ? List.of() : presenters;
        }
    }
}
