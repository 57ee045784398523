package vn.gov.conference.web.console;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One plan's readiness as plan-service answers it ({@code GET /api/plans/{id}/readiness}, and each row of
 * {@code GET /api/readiness}): agenda, invitations, materials, and whether the API calls it ready.
 */
public record Readiness(
        String planId,
        String province,
        String provinceName,
        String documentNumber,
        String title,
        String status,
        Time time,
        Agenda agenda,
        Invitations invitations,
        Materials materials,
        boolean ready,
        OffsetDateTime updatedAt) {

    public record Time(String label, OffsetDateTime start, LocalDate windowStart, LocalDate windowEnd) {}

    public record Agenda(boolean published, int revision, OffsetDateTime sessionStart, OffsetDateTime sessionEnd) {}

    public record Invitations(
            int issued, long accepted, long declined, long substituted, long pending, int checkedIn) {}

    public record Materials(
            int requested,
            long submitted,
            long accepted,
            long returned,
            long late,
            long overdue,
            boolean published,
            OffsetDateTime publishedAt,
            List<Material> items) {}

    public record Unit(String code, String name) {}

    public record Material(
            String requestId,
            String assignmentId,
            Unit owner,
            Unit recipient,
            String kind,
            String title,
            OffsetDateTime deadline,
            String status,
            boolean late,
            boolean overdue) {}

    /** {@code GET /api/readiness}: the plans grouped by province. */
    public record National(OffsetDateTime generatedAt, List<Column> provinces) {

        public record Column(String province, String name, List<Readiness> plans) {}
    }
}
