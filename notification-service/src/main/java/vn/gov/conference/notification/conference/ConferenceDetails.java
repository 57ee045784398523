package vn.gov.conference.notification.conference;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * What invitations say about the approved plan: this service's own slim copy of the plan snapshot.
 * {@code start} is null while the time is tentative; {@code timeLabel} then carries the plan's wording
 * ("dự kiến quý 3 năm 2024").
 */
public record ConferenceDetails(String title, String documentNumber, LocalDate issuedOn, String issuerName,
                                String provinceName, Format format, Place venue, OffsetDateTime start,
                                String timeLabel, LocalDate windowStart, LocalDate windowEnd, String chair,
                                List<String> indices, List<BridgeSite> bridgeSites, boolean replacesInvitationLetter,
                                String signer, String signerTitle) {

    public enum Format { IN_PERSON, ONLINE, HYBRID }

    public ConferenceDetails {
        indices = indices == null ? List.of() : List.copyOf(indices);
        bridgeSites = bridgeSites == null ? List.of() : List.copyOf(bridgeSites);
        venue = venue == null ? new Place(null, null, null) : venue;
        format = format == null ? Format.IN_PERSON : format;
    }

    /** Whether delegates may attend at bridge points (an online or hybrid conference). */
    public boolean remoteSites() {
        return format != Format.IN_PERSON;
    }

    public boolean exact() {
        return start != null;
    }

    public Optional<BridgeSite> bridgeSite(String code) {
        return bridgeSites.stream().filter(site -> site.code().equals(code)).findFirst();
    }

    ConferenceDetails scheduledAt(OffsetDateTime newStart, Place newVenue) {
        return new ConferenceDetails(title, documentNumber, issuedOn, issuerName, provinceName, format,
                newVenue == null ? venue : newVenue, newStart, null, null, null, chair, indices, bridgeSites,
                replacesInvitationLetter, signer, signerTitle);
    }
}
