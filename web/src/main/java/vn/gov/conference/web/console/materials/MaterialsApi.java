package vn.gov.conference.web.console.materials;

import java.util.List;
import vn.gov.conference.web.api.Portal;
import vn.gov.conference.web.console.ConsoleHttp;
import vn.gov.conference.web.console.department.MaterialRequest;

/** What the office's materials pages read and send (documents-service), with the signed-in person's token. */
interface MaterialsApi {

    /** {@code GET /api/plans/{planId}/material-requests}: the province's requests of the plan, by deadline. */
    List<MaterialRequest> requests(String planId);

    MaterialRequest request(String requestId);

    /** {@code GET /api/documents/{id}}: every version submitted, each with its review. */
    MaterialRequest.History history(String documentId);

    /** {@code GET /api/documents/{id}/content?version=}: the file as it was submitted, streamed. */
    void content(String documentId, Integer version, ConsoleHttp.Download sink);

    /** {@code POST /api/material-requests/{id}/accept}: the version under review. */
    MaterialRequest accept(String requestId);

    /** {@code POST /api/material-requests/{id}/return}: back to its owner with what to change. */
    MaterialRequest returnForRevision(String requestId, String comment);

    /** {@code GET /api/plans/{planId}/portal}: what delegates see now. */
    Portal portal(String planId);

    /** {@code POST /api/plans/{planId}/publications}: accepted documents, each under an agenda item or general. */
    Portal publish(String planId, List<Publication> documents);

    record Publication(String documentId, String agendaItemId) {}
}
