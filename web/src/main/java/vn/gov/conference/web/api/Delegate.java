package vn.gov.conference.web.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What {@code GET /api/invitations/{id}?sig=…} tells the delegate: the conference as the letter states it, their
 * invitation and the answers open to them. Every field but the ids may be absent: the pages show what there is.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Delegate(Conference conference, Invitation invitation, List<String> possibleAnswers, Contact contact) {

    public Delegate {
        possibleAnswers = possibleAnswers == null ? List.of() : List.copyOf(possibleAnswers);
    }

    public boolean allows(String answer) {
        return possibleAnswers.contains(answer);
    }

    /** Whom to ask to change an answer: the invitation's contact, else the issuing office. */
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
    public record Conference(String planId, String name, String documentNumber, String issuer, String time,
                             OffsetDateTime start, OffsetDateTime end, String place, String bridgePoint,
                             String onlineMeetingUrl, boolean cancelled, List<AgendaItem> agenda,
                             List<BridgePoint> bridgePoints, String documentUrl, String portalUrl, String asked,
                             LocalDate day) {

        public Conference {
            agenda = agenda == null ? List.of() : List.copyOf(agenda);
            bridgePoints = bridgePoints == null ? List.of() : List.copyOf(bridgePoints);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AgendaItem(String time, String title, String presenters) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record BridgePoint(String code, String name) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Invitation(String id, String addressee, String kind, int seats, String status,
                             OffsetDateTime answerDeadline, String checkInCode, Answer answer, Boolean online,
                             String unitName, String position, CheckIn checkIn, Boolean checkInOpen,
                             List<Person> delegates, Person substitute) {

        public Invitation {
            delegates = delegates == null ? List.of() : List.copyOf(delegates);
        }

        public boolean seatQuota() {
            return "SEAT_QUOTA".equals(kind);
        }

        public boolean isOnline() {
            return Boolean.TRUE.equals(online);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Answer(String type, String reason, String substituteInvitationId,
                         List<String> delegateInvitationIds, OffsetDateTime answeredAt, String channel) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CheckIn(String presence, String bridgePointCode, String reason, OffsetDateTime at, String channel) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Person(String name, String position, String email, String bridgePointCode, String bridgePoint) {
    }

    /** {@code text} as the office wants it read ("Văn phòng UBND tỉnh, điện thoại …"), or its parts. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Contact(String name, String phone, String email, String note) {

        public String text() {
            StringBuilder text = new StringBuilder();
            for (String part : new String[] {name, phone == null ? null : "điện thoại " + phone,
                    email == null ? null : "email " + email, note}) {
                if (part != null && !part.isBlank()) {
                    text.append(text.isEmpty() ? "" : ", ").append(part);
                }
            }
            return text.isEmpty() ? null : text.toString();
        }
    }
}
