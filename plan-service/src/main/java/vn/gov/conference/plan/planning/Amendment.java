package vn.gov.conference.plan.planning;

import java.time.OffsetDateTime;
import java.util.List;

/** One amendment of an approved plan: the version it produced, the sections it changed and why. */
public record Amendment(int version, List<String> changes, String reason, OffsetDateTime at, String by) {

    public Amendment {
        changes = List.copyOf(changes);
    }
}
