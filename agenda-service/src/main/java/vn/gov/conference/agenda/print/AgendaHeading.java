package vn.gov.conference.agenda.print;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * What the printed agenda says above its table, taken from the plan: its title, the plan it is attached to
 * ({@code documentNumber} is null while the plan has no number), when and where. {@code conferenceDay} is null
 * while the date is tentative, and {@code tentativeTime} then says it in the plan's words. {@code revision} 0 means
 * a draft that was never published.
 */
public record AgendaHeading(
        String planTitle,
        String documentNumber,
        LocalDate issuedOn,
        String issuerName,
        LocalDate conferenceDay,
        String tentativeTime,
        String venue,
        int revision,
        OffsetDateTime revisedAt) {}
