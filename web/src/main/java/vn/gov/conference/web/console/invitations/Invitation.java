package vn.gov.conference.web.console.invitations;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * One invitation as notification-service lists it for the office ({@code GET /api/plans/{planId}/invitations}): who,
 * for how many seats, where it stands, the answer and any check-in.
 */
public record Invitation(
        String id,
        String planId,
        String kind,
        String status,
        Invitee invitee,
        int seats,
        String bridgePointCode,
        boolean online,
        String parentId,
        String code,
        OffsetDateTime answerDeadline,
        Answer answer,
        CheckIn checkIn,
        String cancellationReason) {

    /** The API's statuses in the order the office reads them, with their Vietnamese names. */
    static final Map<String, String> STATUSES = orderedStatuses();

    private static Map<String, String> orderedStatuses() {
        Map<String, String> names = new java.util.LinkedHashMap<>();
        names.put("AWAITING_ANSWER", "Chưa trả lời");
        names.put("ACCEPTED", "Tham dự");
        names.put("DECLINED", "Từ chối");
        names.put("SUBSTITUTED", "Cử người thay");
        names.put("DELEGATES_NAMED", "Đã cử đại biểu");
        names.put("CANCELLED", "Đã hủy");
        return java.util.Collections.unmodifiableMap(names);
    }

    public record Invitee(
            String name,
            String position,
            String unitCode,
            String unitName,
            String organisation,
            String email,
            String category) {}

    public record Answer(String type, String reason, OffsetDateTime answeredAt, String channel) {}

    public record CheckIn(String presence, String reason, OffsetDateTime at) {}

    public String statusName() {
        return STATUSES.getOrDefault(status, status);
    }

    /** The person, or the unit itself for seats it names its delegates to (as the letters address them). */
    public String addressee() {
        if (invitee == null) {
            return "";
        }
        if (invitee.name() != null) {
            return invitee.name();
        }
        return invitee.unitName() != null
                ? invitee.unitName()
                : invitee.unitCode() != null ? invitee.unitCode() : String.valueOf(invitee.organisation());
    }

    /** The unit or organisation the invitee comes from, the table's "Đơn vị" column and its filter. */
    public String affiliation() {
        if (invitee == null) {
            return "";
        }
        return invitee.unitName() != null
                ? invitee.unitName()
                : invitee.organisation() != null ? invitee.organisation() : "";
    }

    public boolean quota() {
        return invitee != null && invitee.name() == null;
    }
}
