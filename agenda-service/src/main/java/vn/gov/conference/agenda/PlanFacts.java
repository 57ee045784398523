package vn.gov.conference.agenda;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import vn.gov.conference.contracts.plan.PlanSnapshot;
import vn.gov.conference.platform.time.VietnamTime;

/**
 * The plan as agenda-service copies it from plan-service's events: what the printed agenda names and when and where
 * the conference happens. {@code start} is null while the date is tentative ({@code timeLabel} then says it in the
 * plan's words); {@code issuedOn} is ISO text because the stored form should not depend on how a driver maps dates.
 */
public record PlanFacts(
        int version,
        PlanStatus status,
        String title,
        String documentNumber,
        String issuedOn,
        String issuerName,
        Instant start,
        String timeLabel,
        String room,
        String address) {

    static PlanFacts drafted(String title) {
        return new PlanFacts(0, PlanStatus.DRAFTED, title, null, null, null, null, null, null, null);
    }

    static PlanFacts approved(PlanSnapshot plan) {
        var time = plan.time();
        var venue = plan.venue();
        return new PlanFacts(
                plan.version(),
                PlanStatus.APPROVED,
                plan.title(),
                plan.documentNumber(),
                plan.issuedOn() == null ? null : plan.issuedOn().toString(),
                plan.issuingBody() == null ? null : plan.issuingBody().name(),
                time == null || time.start() == null ? null : time.start().toInstant(),
                time == null ? null : time.label(),
                venue == null ? null : venue.room(),
                venue == null ? null : venue.address());
    }

    PlanFacts scheduled(int newVersion, Instant newStart, String newRoom, String newAddress) {
        return new PlanFacts(
                Math.max(version, newVersion),
                status,
                title,
                documentNumber,
                issuedOn,
                issuerName,
                newStart,
                timeLabel,
                newRoom == null ? room : newRoom,
                newRoom == null ? address : newAddress);
    }

    PlanFacts cancelled(int newVersion) {
        return new PlanFacts(
                Math.max(version, newVersion),
                PlanStatus.CANCELLED,
                title,
                documentNumber,
                issuedOn,
                issuerName,
                start,
                timeLabel,
                room,
                address);
    }

    public boolean approved() {
        return status == PlanStatus.APPROVED;
    }

    public boolean cancelled() {
        return status == PlanStatus.CANCELLED;
    }

    public Optional<LocalDate> day() {
        return Optional.ofNullable(start).map(instant -> VietnamTime.at(instant).toLocalDate());
    }

    public Optional<LocalTime> clock() {
        return Optional.ofNullable(start).map(instant -> VietnamTime.at(instant).toLocalTime());
    }

    public Optional<LocalDate> issuedOnDate() {
        return Optional.ofNullable(issuedOn).map(LocalDate::parse);
    }

    public String venue() {
        if (room == null) {
            return address;
        }
        return address == null ? room : room + ", " + address;
    }
}
