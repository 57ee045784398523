package vn.gov.conference.agenda.programme;

import java.util.regex.Pattern;

/** Item ids are the client's stable handles: revisions compare items by them. */
final class Ids {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private Ids() {}

    static String checked(String id, String field) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new AgendaRuleViolation(field, "must be 1 to 64 letters, digits, '.', '_' or '-'");
        }
        return id;
    }
}
