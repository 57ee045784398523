package vn.gov.conference.web.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * What {@code GET /api/invitations/{id}?sig=…} tells the delegate (notification-service's DelegateView): the
 * conference as the letter states it, their invitation with what it asks by when and the answer recorded, the answers
 * open to them, whom to ask to change it, the portal link once materials are published, and check-in. Every field
 * may be absent: the pages show what there is.
 *
 * @param readWith        which link opened it: {@code ANSWER} may answer, {@code CHECK_IN} (the QR code) only reads
 * @param letterAvailable the Giấy mời can be downloaded ({@code /api/invitations/{id}/letter} with the same sig)
 * @param signedPlanUrl   where the plan replaces the letter, the signed plan once the office attached it
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Delegate(
        Conference conference,
        Invitation invitation,
        List<String> possibleAnswers,
        String readWith,
        Contact contact,
        String portalUrl,
        CheckInPart checkIn,
        boolean calendarAvailable,
        boolean letterAvailable,
        String signedPlanUrl) {

    public Delegate {
        possibleAnswers = possibleAnswers == null ? List.of() : List.copyOf(possibleAnswers);
    }

    public boolean allows(String answer) {
        return possibleAnswers.contains(answer);
    }

    /** Whom to ask to change an answer: the organising office as the API names it, else this site's setting. */
    public String contactText(String office) {
        if (contact != null && contact.text() != null) {
            return contact.text();
        }
        if (conference != null && conference.issuer() != null) {
            return "Văn phòng " + conference.issuer();
        }
        return office;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Conference(
            String name,
            String documentNumber,
            String issuer,
            String issuedOnText,
            String format,
            String time,
            boolean exact,
            OffsetDateTime start,
            OffsetDateTime end,
            String place,
            String chair,
            boolean cancelled,
            String cancellationReason,
            List<AgendaItem> agenda,
            List<Site> bridgePoints) {

        public Conference {
            agenda = agenda == null ? List.of() : List.copyOf(agenda);
            bridgePoints = bridgePoints == null ? List.of() : List.copyOf(bridgePoints);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AgendaItem(String number, String time, String title, String presenters) {}

    /** A bridge point ("điểm cầu"). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Site(String code, String name) {}

    /**
     * @param openQuota    the unit decides how many it sends (at least one), up to {@code maxDelegates}
     * @param request      what the invitation asks, by when ("Đề nghị đơn vị cử 05 đại biểu … trước ngày 7/8/2024.")
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Invitation(
            String id,
            String addressee,
            String salutation,
            String kind,
            int seats,
            boolean openQuota,
            int maxDelegates,
            String role,
            String status,
            Site bridgePoint,
            boolean online,
            String onlineMeetingUrl,
            String request,
            OffsetDateTime answerDeadline,
            String answerDeadlineText,
            String checkInCode,
            Answer answer,
            List<Person> delegates,
            Person substitute) {

        public Invitation {
            delegates = delegates == null ? List.of() : List.copyOf(delegates);
        }

        public boolean seatQuota() {
            return "SEAT_QUOTA".equals(kind);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Answer(
            String type, String reason, List<String> delegateInvitationIds, OffsetDateTime answeredAt, String channel) {

        public Answer {
            delegateInvitationIds = delegateInvitationIds == null ? List.of() : List.copyOf(delegateInvitationIds);
        }
    }

    /** A delegate a unit named, or a substitute, as their own invitation now stands. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Person(
            String invitationId, String name, String position, String email, Site bridgePoint, String status) {

        /** "Lê Văn Cường, Phó Chủ tịch (cuong@…) · Điểm cầu …". */
        public String text() {
            StringBuilder text = new StringBuilder(name == null ? "" : name);
            if (position != null) {
                text.append(", ").append(position);
            }
            if (email != null) {
                text.append(" (").append(email).append(')');
            }
            if (bridgePoint != null && bridgePoint.name() != null) {
                text.append(" · ").append(bridgePoint.name());
            }
            return text.toString();
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CheckIn(String presence, String bridgePointCode, String reason, OffsetDateTime at, String channel) {}

    /** Whether the delegate can check in now (on the conference's day, not yet checked in), and what was recorded. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CheckInPart(boolean open, LocalDate day, String dayText, CheckIn record) {}

    /** The organising office: its name, the person or department to ask, email and phone where known. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Contact(String name, String department, String email, String phone) {

        public String text() {
            StringBuilder text = new StringBuilder();
            for (String part : new String[] {
                name, department, phone == null ? null : "điện thoại " + phone, email == null ? null : "email " + email
            }) {
                if (part != null && !part.isBlank()) {
                    text.append(text.isEmpty() ? "" : ", ").append(part);
                }
            }
            return text.isEmpty() ? null : text.toString();
        }
    }
}
