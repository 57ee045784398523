package vn.gov.conference.contracts.plan;

import java.time.LocalDate;
import java.util.List;
import vn.gov.conference.contracts.Province;
import vn.gov.conference.contracts.UnitRef;

/**
 * Everything consumers need to know about an approved plan, carried whole by {@code PlanApproved} and
 * {@code PlanAmended} so that no service has to ask plan-service for it.
 */
public record PlanSnapshot(
        String planId,
        int version,
        Province province,
        UnitRef issuingBody,
        String documentNumber,
        LocalDate issuedOn,
        String title,
        List<IndexUnderReview> indices,
        ConferenceFormat format,
        Venue venue,
        ConferenceSchedule time,
        String chair,
        List<ParticipantGroup> participants,
        List<BridgePoint> bridgePoints,
        List<ExternalGuest> externalGuests,
        Integer statedTotal,
        List<Assignment> assignments,
        boolean replacesInvitationLetter,
        String signer,
        String signerTitle) {}
