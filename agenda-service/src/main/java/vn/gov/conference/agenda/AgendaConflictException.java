package vn.gov.conference.agenda;

/**
 * A change the agenda's state does not allow (the plan cancelled, not approved, its date not fixed; the agenda
 * already published, empty, promising two things at once). {@code rule} names it for the client; the web layer
 * answers 409 ({@code web.AgendaProblems}).
 */
public class AgendaConflictException extends RuntimeException {

    private final String rule;

    public AgendaConflictException(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
