package vn.gov.conference.web.console.agenda;

/**
 * The agenda's session as the API models it (one session on the plan's day): its start and planned end ("07:30",
 * clock times; empty: the first clock-timed item or the plan's start sets it) and the closing note, as typed.
 */
public record SessionForm(String startsAt, String plannedEnd, String note) {

    public SessionForm {
        startsAt = startsAt == null ? "" : startsAt.strip();
        plannedEnd = plannedEnd == null ? "" : plannedEnd.strip();
        note = note == null ? "" : note;
    }

    static SessionForm of(AgendaDocument agenda) {
        return new SessionForm(agenda.startsAt(), agenda.plannedEnd(), agenda.note());
    }

    AgendaDocument.Content applyTo(AgendaDocument agenda) {
        return new AgendaDocument.Content(blank(startsAt), blank(plannedEnd), blank(note), agenda.items());
    }

    private static String blank(String value) {
        return value.isBlank() ? null : value;
    }
}
