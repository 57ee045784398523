package vn.gov.conference.agenda.programme;

import java.util.ArrayList;
import java.util.List;

final class Presenters {

    static final int MAX = 30;

    private Presenters() {}

    static List<Presenter> checked(List<Presenter> presenters) {
        if (presenters == null) {
            return List.of();
        }
        if (presenters.size() > MAX) {
            throw new AgendaRuleViolation("presenters", "must name at most " + MAX + " units");
        }
        List<Presenter> result = new ArrayList<>(presenters.size());
        for (int i = 0; i < presenters.size(); i++) {
            if (presenters.get(i) == null) {
                throw new AgendaRuleViolation("presenters[" + i + "]", "must not be null");
            }
            result.add(presenters.get(i));
        }
        return List.copyOf(result);
    }
}
