package vn.gov.conference.agenda.revision;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import vn.gov.conference.agenda.programme.Presenter;
import vn.gov.conference.agenda.timing.ContributionSlot;
import vn.gov.conference.agenda.timing.ItemSlot;
import vn.gov.conference.agenda.timing.Span;
import vn.gov.conference.agenda.timing.Timeline;

/**
 * One line of a published agenda as delegates and presenters see it: an item, or one speaker's turn inside a
 * contribution block (kind {@value #CONTRIBUTION}, numbered "5.1", "5.2" …), with its instants on the conference
 * day. Start and end are null while the line has no time.
 */
public record PublishedSlot(
        String itemId,
        String number,
        String title,
        String kind,
        List<Presenter> presenters,
        Instant start,
        Instant end) {

    public static final String CONTRIBUTION = "CONTRIBUTION";

    public PublishedSlot {
        presenters = List.copyOf(presenters);
    }

    public boolean timed() {
        return start != null;
    }

    /** The timeline laid on the conference day; every item is followed by its speakers' turns. */
    public static List<PublishedSlot> of(Timeline timeline, LocalDate day, ZoneId zone) {
        List<PublishedSlot> result = new ArrayList<>();
        for (ItemSlot slot : timeline.slots()) {
            Span span = slot.timed() ? slot.span() : null;
            result.add(new PublishedSlot(
                    slot.item().id(),
                    slot.number(),
                    slot.item().content(),
                    slot.item().kind().name(),
                    slot.item().presenters(),
                    start(span, day, zone),
                    end(span, day, zone)));
            for (ContributionSlot turn : slot.contributions()) {
                result.add(new PublishedSlot(
                        turn.contribution().id(),
                        turn.number(),
                        turn.contribution().content(),
                        CONTRIBUTION,
                        turn.contribution().presenters(),
                        start(turn.span(), day, zone),
                        end(turn.span(), day, zone)));
            }
        }
        return List.copyOf(result);
    }

    private static Instant start(Span span, LocalDate day, ZoneId zone) {
        return span == null ? null : span.startOn(day).atZone(zone).toInstant();
    }

    private static Instant end(Span span, LocalDate day, ZoneId zone) {
        return span == null ? null : span.endOn(day).atZone(zone).toInstant();
    }
}
