package vn.gov.conference.web.console.agenda;

import java.util.List;

/** agenda-service's API as the office's editor calls it, with the signed-in person's token. */
public interface AgendaApi {

    /** {@code GET /api/plans/{id}/agenda}, with its ETag. */
    AgendaDocument agenda(String planId);

    /** {@code PUT /api/plans/{id}/agenda} with {@code If-Match}: the whole agenda, replacing the one read. */
    AgendaDocument replace(String planId, String etag, AgendaDocument.Content content);

    /** {@code POST /api/plans/{id}/agenda/publish}. */
    AgendaDocument publish(String planId);

    /** {@code GET /api/plans/{id}/agenda/timeline}. */
    AgendaTimeline timeline(String planId);

    /** {@code GET /api/plans/{id}/agenda/revisions}, the first publication first. */
    List<AgendaRevision> revisions(String planId);

    /** {@code GET /api/plans/{id}/agenda/print?format=pdf}: the API's own printout. */
    byte[] pdf(String planId);
}
