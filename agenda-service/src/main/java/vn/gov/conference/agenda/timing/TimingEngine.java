package vn.gov.conference.agenda.timing;

import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.gov.conference.agenda.programme.AgendaItem;
import vn.gov.conference.agenda.programme.Contribution;
import vn.gov.conference.agenda.programme.ItemKind;
import vn.gov.conference.agenda.programme.ItemTiming;
import vn.gov.conference.agenda.programme.Programme;

/**
 * Computes every item's start and end from the session start.
 *
 * <p>The session starts at the agenda's own start; failing that, at the first timed item's clock time when it has
 * one (seed 276/KH-UBND opens with "7 giờ 30"); failing that, at the plan's start time; failing all, at 0:00 with a
 * warning. The start never depends on how long items are, so growing an item moves nothing before it. Walking the items in
 * order, a clock-timed item keeps its range exactly as written; an item with a duration (or speakers × time each)
 * starts when everything before it has ended; an item with no time is placed there with zero length and flagged,
 * so it never pushes later items. Growing or moving an item therefore reflows the items after it, except clock-timed
 * ones, which stay put: a collision is then reported on the clock-timed item, naming what it collides with.
 * Computed (non-clock) slots thus never overlap anything; every overlap that remains comes from a written clock
 * time and is reported.
 */
public final class TimingEngine {

    private TimingEngine() {}

    public static Timeline compute(Programme programme) {
        return compute(programme, null);
    }

    /** @param planStart the conference's start time from the plan, used when the agenda itself gives none */
    public static Timeline compute(Programme programme, LocalTime planStart) {
        return new Run(programme, planStart).timeline();
    }

    private static final class Run {

        private final Programme programme;
        private final List<ItemSlot> slots = new ArrayList<>();
        private final List<TimingWarning> warnings = new ArrayList<>();
        private final Map<ItemKind, Duration> timeByKind = new EnumMap<>(ItemKind.class);
        private final int sessionStart;
        private final boolean anchored;
        private int cursor;
        private ItemSlot cursorOwner;
        private int idle;

        Run(Programme programme, LocalTime planStart) {
            this.programme = programme;
            Integer start = programme.startsAt() != null
                    ? Integer.valueOf(Span.minuteOf(programme.startsAt()))
                    : firstClockTime(programme.items());
            if (start == null && planStart != null) {
                start = Span.minuteOf(planStart);
            }
            this.anchored = start != null;
            this.sessionStart = anchored ? start : 0;
            this.cursor = sessionStart;
            if (!anchored && !programme.isEmpty()) {
                warnings.add(new TimingWarning(
                        TimingWarning.Code.SESSION_START_UNKNOWN,
                        null,
                        null,
                        0,
                        "Chưa biết giờ bắt đầu: thời gian được tính từ 0 giờ, chỉ thứ tự và độ dài là đúng."));
            }
        }

        Timeline timeline() {
            int number = 0;
            for (AgendaItem item : programme.items()) {
                String label = item.numbered() ? String.valueOf(++number) : null;
                place(item, label);
            }
            Span session = new Span(sessionStart, cursor);
            checkPlannedEnd(session);
            if (session.endMinute() > Span.DAY) {
                warnings.add(new TimingWarning(
                        TimingWarning.Code.PAST_MIDNIGHT,
                        cursorOwner.item().id(),
                        null,
                        session.endMinute() - Span.DAY,
                        "Chương trình kéo dài quá nửa đêm."));
            }
            return new Timeline(session, anchored, slots, warnings, timeByKind, Duration.ofMinutes(idle));
        }

        private void place(AgendaItem item, String number) {
            ItemSlot slot = switch (item.timing()) {
                case ItemTiming.Fixed fixed -> placeFixed(item, number, fixed);
                case ItemTiming.Lasting lasting -> follow(item, number, lasting.duration(), TimeBasis.DURATION);
                case ItemTiming.Unset unset ->
                    item.timeEach() != null
                            ? follow(item, number, item.contributionsLength(), TimeBasis.CONTRIBUTIONS)
                            : untimed(item, number);
            };
            slots.add(slot);
            timeByKind.merge(item.kind(), slot.span().length(), Duration::plus);
            if (slot.span().endMinute() > cursor) {
                cursor = slot.span().endMinute();
                cursorOwner = slot;
            }
            checkContributionsFit(slot);
        }

        private ItemSlot placeFixed(AgendaItem item, String number, ItemTiming.Fixed fixed) {
            Span span = new Span(Span.minuteOf(fixed.from()), Span.minuteOf(fixed.to()));
            ItemSlot slot = new ItemSlot(item, number, span, TimeBasis.FIXED, contributions(item, number, span));
            if (span.startMinute() > cursor) {
                int minutes = span.startMinute() - cursor;
                idle += minutes;
                warnings.add(new TimingWarning(
                        TimingWarning.Code.GAP,
                        item.id(),
                        cursorOwner == null ? null : cursorOwner.item().id(),
                        minutes,
                        "Trống " + minutes + " phút trước " + label(slot) + " ("
                                + VietnameseClock.range(new Span(cursor, span.startMinute())) + ")."));
            }
            if (span.startMinute() < sessionStart) {
                warnings.add(new TimingWarning(
                        TimingWarning.Code.BEFORE_SESSION_START,
                        item.id(),
                        null,
                        sessionStart - span.startMinute(),
                        capitalised(label(slot)) + " bắt đầu lúc "
                                + VietnameseClock.time(span.start()) + ", trước giờ bắt đầu chương trình "
                                + VietnameseClock.time(Span.at(sessionStart, 0).start()) + "."));
            }
            for (ItemSlot earlier : slots) {
                if (earlier.timed() && earlier.span().overlaps(span)) {
                    int minutes = Math.min(earlier.span().endMinute(), span.endMinute())
                            - Math.max(earlier.span().startMinute(), span.startMinute());
                    warnings.add(new TimingWarning(
                            TimingWarning.Code.OVERLAP,
                            item.id(),
                            earlier.item().id(),
                            minutes,
                            capitalised(label(slot)) + " (" + VietnameseClock.range(span) + ") trùng "
                                    + minutes + " phút với " + label(earlier) + " ("
                                    + VietnameseClock.range(earlier.span()) + ")."));
                }
            }
            return slot;
        }

        private ItemSlot follow(AgendaItem item, String number, Duration length, TimeBasis basis) {
            Span span = Span.at(cursor, length.toMinutes());
            return new ItemSlot(item, number, span, basis, contributions(item, number, span));
        }

        private ItemSlot untimed(AgendaItem item, String number) {
            Span span = new Span(cursor, cursor);
            ItemSlot slot = new ItemSlot(item, number, span, TimeBasis.NONE, contributions(item, number, span));
            warnings.add(new TimingWarning(
                    TimingWarning.Code.NO_TIME,
                    item.id(),
                    null,
                    0,
                    capitalised(label(slot)) + " chưa có thời gian; tạm xếp lúc " + VietnameseClock.time(span.start())
                            + " và chưa tính vào tổng thời gian."));
            return slot;
        }

        private static List<ContributionSlot> contributions(AgendaItem item, String number, Span span) {
            List<ContributionSlot> result = new ArrayList<>(item.contributions().size());
            int start = span.startMinute();
            for (int i = 0; i < item.contributions().size(); i++) {
                Contribution contribution = item.contributions().get(i);
                String label = number == null ? null : number + "." + (i + 1);
                Span turn = null;
                if (item.timeEach() != null) {
                    turn = Span.at(start, item.timeEach().toMinutes());
                    start = turn.endMinute();
                }
                result.add(new ContributionSlot(contribution, label, turn));
            }
            return result;
        }

        private void checkContributionsFit(ItemSlot slot) {
            AgendaItem item = slot.item();
            if (item.timeEach() == null || !item.hasOwnTime()) {
                return;
            }
            long excess = item.contributionsLength().minus(slot.span().length()).toMinutes();
            if (excess > 0) {
                warnings.add(new TimingWarning(
                        TimingWarning.Code.CONTRIBUTIONS_OVERRUN,
                        item.id(),
                        null,
                        (int) excess,
                        capitalised(label(slot)) + ": " + item.contributions().size() + " tham luận × "
                                + VietnameseClock.minutes(item.timeEach()) + " = "
                                + VietnameseClock.minutes(item.contributionsLength()) + ", vượt thời gian của mục "
                                + excess + " phút."));
            }
        }

        private void checkPlannedEnd(Span session) {
            LocalTime plannedEnd = programme.plannedEnd();
            if (plannedEnd == null || !anchored) {
                return;
            }
            int over = session.endMinute() - Span.minuteOf(plannedEnd);
            if (over > 0) {
                warnings.add(new TimingWarning(
                        TimingWarning.Code.OVERRUN,
                        cursorOwner == null ? null : cursorOwner.item().id(),
                        null,
                        over,
                        "Chương trình kết thúc lúc " + VietnameseClock.time(session.end()) + ", quá " + over
                                + " phút so với giờ dự kiến kết thúc " + VietnameseClock.time(plannedEnd) + "."));
            }
        }

        /** The clock time of the first item that takes time, when that item is clock-timed. */
        private static Integer firstClockTime(List<AgendaItem> items) {
            for (AgendaItem item : items) {
                if (item.timing() instanceof ItemTiming.Fixed fixed) {
                    return Span.minuteOf(fixed.from());
                }
                if (item.hasOwnTime() || item.timeEach() != null) {
                    return null;
                }
            }
            return null;
        }

        private static String label(ItemSlot slot) {
            return slot.number() != null
                    ? "mục " + slot.number()
                    : "mục “" + slot.item().content() + "”";
        }

        private static String capitalised(String text) {
            return Character.toUpperCase(text.charAt(0)) + text.substring(1);
        }
    }
}
