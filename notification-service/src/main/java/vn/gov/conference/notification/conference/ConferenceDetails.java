package vn.gov.conference.notification.conference;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.gov.conference.platform.time.VietnameseDates;

/**
 * What invitations say about the approved plan: this service's own slim copy of the plan snapshot.
 * {@code start} is null while the time is tentative; {@code timeLabel} then carries the plan's wording
 * ("dự kiến quý 3 năm 2024").
 */
public record ConferenceDetails(
        String title,
        String documentNumber,
        LocalDate issuedOn,
        String issuerName,
        String provinceName,
        Format format,
        Place venue,
        OffsetDateTime start,
        String timeLabel,
        LocalDate windowStart,
        LocalDate windowEnd,
        String chair,
        List<String> indices,
        List<BridgeSite> bridgeSites,
        boolean replacesInvitationLetter,
        String signer,
        String signerTitle) {

    public enum Format {
        IN_PERSON,
        ONLINE,
        HYBRID
    }

    private static final Locale VI = Locale.forLanguageTag("vi");

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

    /**
     * The conference's name from the plan's title: "Tổ chức hội nghị đánh giá …" names the conference as
     * "Hội nghị đánh giá …".
     */
    public String name() {
        String name = title == null ? "hội nghị" : title.strip();
        for (String prefix : List.of("Kế hoạch ", "Tổ chức ")) {
            if (name.toLowerCase(VI).startsWith(prefix.toLowerCase(VI))) {
                name = name.substring(prefix.length()).strip();
            }
        }
        return name.isEmpty() ? "Hội nghị" : name.substring(0, 1).toUpperCase(VI) + name.substring(1);
    }

    /** The time as the letters and the invitation page state it: exact, or the plan's wording while tentative. */
    public String timeText() {
        if (exact()) {
            return VietnameseDates.full(start);
        }
        String label = timeLabel == null || timeLabel.isBlank() ? "chưa xác định" : timeLabel;
        return label + " (thời gian cụ thể sẽ được thông báo sau)";
    }

    public Optional<BridgeSite> bridgeSite(String code) {
        return bridgeSites.stream().filter(site -> site.code().equals(code)).findFirst();
    }

    ConferenceDetails scheduledAt(OffsetDateTime newStart, Place newVenue) {
        return new ConferenceDetails(
                title,
                documentNumber,
                issuedOn,
                issuerName,
                provinceName,
                format,
                newVenue == null ? venue : newVenue,
                newStart,
                null,
                null,
                null,
                chair,
                indices,
                bridgeSites,
                replacesInvitationLetter,
                signer,
                signerTitle);
    }
}
