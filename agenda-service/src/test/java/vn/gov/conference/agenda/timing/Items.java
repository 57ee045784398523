package vn.gov.conference.agenda.timing;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.IntStream;
import vn.gov.conference.agenda.programme.AgendaItem;
import vn.gov.conference.agenda.programme.Contribution;
import vn.gov.conference.agenda.programme.ItemKind;
import vn.gov.conference.agenda.programme.ItemTiming;
import vn.gov.conference.agenda.programme.Presenter;
import vn.gov.conference.agenda.programme.Programme;

/** Short builders for agendas in tests. */
final class Items {

    private Items() {}

    static AgendaItem fixed(String id, String from, String to) {
        return AgendaItem.of(
                id,
                ItemKind.REPORT,
                "Báo cáo " + id,
                List.of(),
                new ItemTiming.Fixed(LocalTime.parse(from), LocalTime.parse(to)));
    }

    static AgendaItem lasting(String id, int minutes) {
        return lasting(id, ItemKind.REPORT, minutes);
    }

    static AgendaItem lasting(String id, ItemKind kind, int minutes) {
        return AgendaItem.of(id, kind, "Nội dung " + id, List.of(), ItemTiming.Lasting.minutes(minutes));
    }

    static AgendaItem untimed(String id) {
        return AgendaItem.of(id, ItemKind.DISCUSSION, "Thảo luận " + id, List.of(), ItemTiming.NONE);
    }

    static AgendaItem block(String id, int speakers, int minutesEach, ItemTiming own) {
        List<Contribution> turns = IntStream.rangeClosed(1, speakers)
                .mapToObj(i -> new Contribution(
                        id + "-" + i, "Tham luận " + i, null, List.of(new Presenter("DT-U" + i, "Đơn vị " + i))))
                .toList();
        return new AgendaItem(
                id,
                ItemKind.CONTRIBUTIONS,
                true,
                "Tham luận",
                null,
                List.of(),
                own,
                Duration.ofMinutes(minutesEach),
                turns);
    }

    static Programme programme(AgendaItem... items) {
        return new Programme(null, null, null, List.of(items));
    }

    static Programme programme(String startsAt, AgendaItem... items) {
        return new Programme(LocalTime.parse(startsAt), null, null, List.of(items));
    }

    static LocalTime at(String time) {
        return LocalTime.parse(time);
    }
}
