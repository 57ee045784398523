package vn.gov.conference.notification.invitation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface Invitations extends MongoRepository<Invitation, String> {

    List<Invitation> findByPlanIdOrderByIssuedAtAsc(String planId);

    /** A page of a conference's invitations; the caller's sort ends in the id (issuedAt repeats within a batch). */
    Page<Invitation> findByPlanId(String planId, Pageable pageable);

    Page<Invitation> findByPlanIdAndStatus(String planId, Invitation.Status status, Pageable pageable);

    Optional<Invitation> findByPlanIdAndCode(String planId, String code);

    List<Invitation> findByPlanIdAndInviteeUnitCode(String planId, String unitCode);

    List<Invitation> findByTenantAndInviteeUnitCodeAndStatus(String tenant, String unitCode, Invitation.Status status);

    long countByPlanId(String planId);
}
