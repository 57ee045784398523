package vn.gov.conference.agenda.programme;

/**
 * An agenda that breaks one of its rules. {@code field} points at the offending input the way a client wrote it
 * ({@code items[3].to}), so that the web layer can name it in a problem detail.
 */
public class AgendaRuleViolation extends RuntimeException {

    private final String field;

    public AgendaRuleViolation(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    /** The same violation seen from an enclosing structure: {@code items[2]} + {@code to} = {@code items[2].to}. */
    public AgendaRuleViolation within(String prefix) {
        return new AgendaRuleViolation(field == null || field.isEmpty() ? prefix : prefix + "." + field, getMessage());
    }
}
