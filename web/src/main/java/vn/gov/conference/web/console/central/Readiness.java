package vn.gov.conference.web.console.central;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One plan's readiness as plan-service answers it ({@code GET /api/plans/{id}/readiness}, and each row of
 * {@code GET /api/readiness}): agenda, invitations, materials, and whether the API calls it ready.
 */
record Readiness(String planId, String province, String provinceName, String documentNumber, String title,
                 String status, Time time, Agenda agenda, Invitations invitations, Materials materials, boolean ready,
                 OffsetDateTime updatedAt) {

    record Time(String label, OffsetDateTime start, LocalDate windowStart, LocalDate windowEnd) {
    }

    record Agenda(boolean published, int revision, OffsetDateTime sessionStart, OffsetDateTime sessionEnd) {
    }

    record Invitations(int issued, long accepted, long declined, long substituted, long pending, int checkedIn) {
    }

    record Materials(int requested, long submitted, long accepted, long returned, long late, long overdue,
                     boolean published, OffsetDateTime publishedAt, List<Material> items) {
    }

    record Unit(String code, String name) {
    }

    record Material(String requestId, String assignmentId, Unit owner, Unit recipient, String kind, String title,
                    OffsetDateTime deadline, String status, boolean late, boolean overdue) {
    }

    /** {@code GET /api/readiness}: the plans grouped by province. */
    record National(OffsetDateTime generatedAt, List<Column> provinces) {

        record Column(String province, String name, List<Readiness> plans) {
        }
    }
}
