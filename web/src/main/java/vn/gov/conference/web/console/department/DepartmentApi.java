package vn.gov.conference.web.console.department;

import java.util.List;
import org.springframework.web.multipart.MultipartFile;

/** What a department's pages read and send, with the signed-in person's token. */
interface DepartmentApi {

    /** {@code GET /api/plans/{planId}/material-requests}: those the caller owns or receives. */
    List<MaterialRequest> requests(String planId);

    MaterialRequest request(String requestId);

    MaterialRequest.History history(String documentId);

    /** {@code POST /api/material-requests/{id}/submissions}: the file as the next version, the API's rules on it. */
    MaterialRequest.Version submit(String requestId, MultipartFile file);
}
