package vn.gov.conference.agenda.revision;

import java.time.Instant;
import java.util.List;
import vn.gov.conference.agenda.programme.Presenter;

/**
 * What happened to one published line between two revisions. An added line has no previous time, a removed one no
 * current time; its presenters are those to tell (the new ones, or the former ones of a removed line).
 */
public record SlotChange(
        String itemId,
        String title,
        List<Presenter> presenters,
        Instant previousStart,
        Instant previousEnd,
        Instant start,
        Instant end,
        boolean timeChanged,
        boolean presentersChanged) {

    public SlotChange {
        presenters = List.copyOf(presenters);
    }
}
