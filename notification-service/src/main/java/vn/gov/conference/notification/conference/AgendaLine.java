package vn.gov.conference.notification.conference;

import java.time.OffsetDateTime;
import java.util.List;

/** One item of the published agenda as the invitation shows it; start and end are null while it has no time. */
public record AgendaLine(
        String itemId,
        String number,
        String title,
        List<Presenter> presenters,
        OffsetDateTime start,
        OffsetDateTime end) {

    public AgendaLine {
        presenters = presenters == null ? List.of() : List.copyOf(presenters);
    }

    public record Presenter(String unitCode, String unitName) {}

    public boolean presentedBy(String unitCode) {
        return presenters.stream()
                .anyMatch(p -> p.unitCode() != null && p.unitCode().equals(unitCode));
    }

    public boolean timed() {
        return start != null && end != null;
    }
}
