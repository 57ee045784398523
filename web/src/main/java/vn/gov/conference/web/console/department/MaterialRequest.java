package vn.gov.conference.web.console.department;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * A material request as documents-service answers it ({@code GET /api/material-requests/{id}}, and each item of
 * {@code GET /api/plans/{planId}/material-requests}): what to submit, by when, where it stands, its latest version.
 */
public record MaterialRequest(
        String id,
        String planId,
        String assignmentId,
        String kind,
        String title,
        Unit owner,
        Unit recipient,
        OffsetDateTime deadline,
        String status,
        String deadlineStatus,
        String documentId,
        int versions,
        Version latest,
        String closedReason) {

    private static final Map<String, String> STATUSES = Map.of(
            "WAITING", "Chờ bước trước",
            "OPEN", "Chưa nộp",
            "SUBMITTED", "Đã nộp, chờ duyệt",
            "RETURNED", "Bị trả lại",
            "ACCEPTED", "Đã được chấp nhận",
            "CLOSED", "Đã đóng");

    private static final Map<String, String> DEADLINES = Map.of(
            "DUE", "Còn hạn",
            "OVERDUE", "Quá hạn",
            "ON_TIME", "Đúng hạn",
            "LATE", "Nộp muộn");

    public String statusName() {
        return STATUSES.getOrDefault(status, status);
    }

    public String deadlineName() {
        return DEADLINES.getOrDefault(deadlineStatus, deadlineStatus);
    }

    /** Whether the API takes a new version now (its rule: open, submitted or returned). */
    public boolean takesSubmissions() {
        return "OPEN".equals(status) || "SUBMITTED".equals(status) || "RETURNED".equals(status);
    }

    public record Unit(String code, String name) {}

    public record Review(String verdict, String comment, String reviewer, OffsetDateTime at) {}

    public record Version(
            int version,
            String fileName,
            String contentType,
            long size,
            String sha256,
            OffsetDateTime submittedAt,
            String submittedBy,
            boolean late,
            Review review,
            String contentPath) {}

    /** {@code GET /api/documents/{id}}: every version of what was submitted, each with its review. */
    public record History(String id, String requestId, String status, List<Version> versions) {}
}
