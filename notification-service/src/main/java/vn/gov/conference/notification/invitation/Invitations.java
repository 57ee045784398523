package vn.gov.conference.notification.invitation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface Invitations extends MongoRepository<Invitation, String> {

    List<Invitation> findByPlanIdOrderByIssuedAtAsc(String planId);

    Optional<Invitation> findByPlanIdAndCode(String planId, String code);

    List<Invitation> findByPlanIdAndInviteeUnitCode(String planId, String unitCode);

    List<Invitation> findByTenantAndInviteeUnitCodeAndStatus(String tenant, String unitCode, Invitation.Status status);

    long countByPlanId(String planId);
}
