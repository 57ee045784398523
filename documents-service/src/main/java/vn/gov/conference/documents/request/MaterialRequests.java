package vn.gov.conference.documents.request;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

/** The material requests, by what the service looks them up with. */
interface MaterialRequests extends Repository<MaterialRequest, String> {

    MaterialRequest save(MaterialRequest request);

    Optional<MaterialRequest> findById(String id);

    Optional<MaterialRequest> findByDocumentId(String documentId);

    List<MaterialRequest> findByPlanId(String planId);

    List<MaterialRequest> findByPlanIdAndAssignmentId(String planId, String assignmentId);

    List<MaterialRequest> findByStatus(RequestStatus status);

    List<MaterialRequest> findByStatusInAndDeadlineLessThanEqualAndOverdueRaisedAtIsNull(
            Collection<RequestStatus> statuses, Instant now);

    List<MaterialRequest> findBySubmissionsFileIdIn(Collection<String> fileIds);
}
