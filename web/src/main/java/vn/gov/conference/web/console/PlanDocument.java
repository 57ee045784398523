package vn.gov.conference.web.console;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * A plan as {@code GET /api/plans/{id}} answers (plan-service's PlanView, the parts a reader of the document needs),
 * with the ETag of that version. {@code actions} are the operations the API allows from its status; the console
 * offers those and no others.
 */
public record PlanDocument(
        String id,
        String province,
        Issuer issuer,
        String documentNumber,
        String numberText,
        LocalDate issuedOn,
        String status,
        int version,
        String title,
        List<String> preamble,
        List<Index> indices,
        List<String> purposes,
        List<String> requirements,
        Participants participants,
        String chair,
        String format,
        Venue venue,
        Time time,
        Backdrop backdrop,
        Budget budget,
        List<Assignment> assignments,
        List<Distribution> distribution,
        Signer signer,
        boolean replacesInvitationLetter,
        String closing,
        OffsetDateTime approvedAt,
        String approvedBy,
        String returnReason,
        List<String> actions,
        String etag) {

    private static final Map<String, String> STATUSES = Map.of(
            "DRAFT", "Dự thảo",
            "SUBMITTED", "Chờ phê duyệt",
            "APPROVED", "Đã ban hành",
            "SCHEDULED", "Đã chốt thời gian",
            "HELD", "Đã tổ chức",
            "CLOSED", "Đã kết thúc",
            "CANCELLED", "Đã hủy");

    public PlanDocument withEtag(String tag) {
        return new PlanDocument(
                id,
                province,
                issuer,
                documentNumber,
                numberText,
                issuedOn,
                status,
                version,
                title,
                preamble,
                indices,
                purposes,
                requirements,
                participants,
                chair,
                format,
                venue,
                time,
                backdrop,
                budget,
                assignments,
                distribution,
                signer,
                replacesInvitationLetter,
                closing,
                approvedAt,
                approvedBy,
                returnReason,
                actions,
                tag);
    }

    public boolean allows(String action) {
        return actions != null && actions.contains(action);
    }

    public static String statusName(String status) {
        return STATUSES.getOrDefault(status, status);
    }

    public String statusName() {
        return statusName(status);
    }

    public record Unit(String code, String name) {}

    public record Issuer(String provinceCode, String provinceName, Unit body, String abbreviation, String place) {}

    public record Index(String code, String name, String fullName, int year, String publisher, Unit lead) {}

    /** As a plan summary names an index: its code and the year of the results under review. */
    public record IndexUnderReview(String code, int year) {}

    public record Group(String id, String level, Unit unit, String role, Integer count, String bridgePoint) {}

    public record BridgePoint(String code, String name, Unit host, Integer expectedAttendance) {}

    /** A guest from outside the province, named or described by position. */
    public record ExternalGuest(
            String id,
            String salutation,
            String name,
            String position,
            String organisation,
            String email,
            boolean online,
            String bridgePoint) {}

    public record Participants(
            List<Group> groups,
            List<BridgePoint> bridgePoints,
            List<ExternalGuest> externalGuests,
            Integer statedTotal,
            boolean totalApproximate,
            int counted,
            boolean countComplete,
            boolean totalConsistent) {}

    /** The stage backdrop's text, line by line, and how it is produced. */
    public record Backdrop(List<String> lines, String spec) {}

    public record Venue(String room, String address, String note, String onlineMeetingUrl, String text) {}

    public record Time(
            boolean exact,
            OffsetDateTime start,
            LocalDate windowStart,
            LocalDate windowEnd,
            String label,
            String note) {}

    public record Budget(String source, Unit managedBy) {}

    public record Deliverable(String kind, String title) {}

    public record Assignment(
            String id,
            Unit owner,
            List<Unit> collaborators,
            String task,
            List<Deliverable> deliverables,
            LocalDate dueBefore,
            OffsetDateTime deadline,
            Unit recipient,
            String next,
            String note) {}

    public record Distribution(String text, List<Unit> units) {}

    public record Signer(String name, String title, String capacity) {}
}
