package vn.gov.conference.agenda.timing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import vn.gov.conference.agenda.programme.AgendaItem;
import vn.gov.conference.agenda.programme.Contribution;
import vn.gov.conference.agenda.programme.ItemKind;
import vn.gov.conference.agenda.programme.ItemTiming;
import vn.gov.conference.agenda.programme.Programme;
import vn.gov.conference.agenda.timing.TimingWarning.Code;

/**
 * Properties of the engine over arbitrary agendas mixing clock ranges, durations, contribution blocks and items
 * without time: it never produces overlapping computed slots, reports every overlap a written clock time causes,
 * keeps clock times fixed, and reflows in order.
 */
class TimingEnginePropertyTests {

    @Property
    void neverProducesOverlappingComputedSlots(@ForAll("programmes") Programme programme) {
        List<ItemSlot> slots = TimingEngine.compute(programme).slots();

        for (int i = 0; i < slots.size(); i++) {
            ItemSlot computed = slots.get(i);
            if (computed.fixed() || !computed.timed()) {
                continue;
            }
            for (int j = 0; j < slots.size(); j++) {
                ItemSlot other = slots.get(j);
                boolean mustBeDisjoint = j < i || !other.fixed();
                if (j != i && other.timed() && mustBeDisjoint) {
                    assertThat(computed.span().overlaps(other.span()))
                            .as("%s overlaps %s", computed.span(), other.span())
                            .isFalse();
                }
            }
        }
    }

    @Property
    void computedSlotsStartWhenEverythingBeforeThemHasEnded(@ForAll("programmes") Programme programme) {
        Timeline timeline = TimingEngine.compute(programme);
        int latestEnd = timeline.session().startMinute();
        for (ItemSlot slot : timeline.slots()) {
            if (!slot.fixed()) {
                assertThat(slot.span().startMinute()).isEqualTo(latestEnd);
            }
            latestEnd = Math.max(latestEnd, slot.span().endMinute());
        }
        assertThat(timeline.session().endMinute()).isEqualTo(latestEnd);
    }

    @Property
    void reportsEveryOverlapOnTheClockTimedItemThatCausesIt(@ForAll("programmes") Programme programme) {
        Timeline timeline = TimingEngine.compute(programme);
        List<ItemSlot> slots = timeline.slots();

        for (int j = 0; j < slots.size(); j++) {
            for (int i = 0; i < j; i++) {
                ItemSlot earlier = slots.get(i);
                ItemSlot later = slots.get(j);
                if (earlier.timed() && later.timed() && earlier.span().overlaps(later.span())) {
                    assertThat(later.fixed()).isTrue();
                    assertThat(timeline.warnings(Code.OVERLAP)).anySatisfy(warning -> {
                        assertThat(warning.itemId()).isEqualTo(later.item().id());
                        assertThat(warning.otherItemId())
                                .isEqualTo(earlier.item().id());
                    });
                }
            }
        }
        assertThat(timeline.warnings(Code.OVERLAP))
                .allSatisfy(warning -> assertThat(timeline.slot(warning.itemId())
                                .orElseThrow()
                                .span()
                                .overlaps(timeline.slot(warning.otherItemId())
                                        .orElseThrow()
                                        .span()))
                        .isTrue());
    }

    @Property
    void keepsClockTimedItemsAtTheirWrittenTimes(@ForAll("programmes") Programme programme) {
        for (ItemSlot slot : TimingEngine.compute(programme).slots()) {
            if (slot.item().timing() instanceof ItemTiming.Fixed(LocalTime from, LocalTime to)) {
                assertThat(slot.span().start()).isEqualTo(from);
                assertThat(slot.span().end()).isEqualTo(to);
            }
        }
    }

    @Property
    void agendasOfDurationsAreContiguousAndAddUp(@ForAll("durationProgrammes") Programme programme) {
        Timeline timeline = TimingEngine.compute(programme);

        long sum = 0;
        int expectedStart = timeline.session().startMinute();
        for (ItemSlot slot : timeline.slots()) {
            assertThat(slot.span().startMinute()).isEqualTo(expectedStart);
            expectedStart = slot.span().endMinute();
            sum += slot.span().length().toMinutes();
        }
        assertThat(timeline.total()).isEqualTo(Duration.ofMinutes(sum));
        assertThat(timeline.warnings()).extracting(TimingWarning::code).doesNotContain(Code.OVERLAP, Code.GAP);
    }

    @Property
    void timePerKindAddsUpToTheItemsLengths(@ForAll("programmes") Programme programme) {
        Timeline timeline = TimingEngine.compute(programme);

        Duration byKind = timeline.timeByKind().values().stream().reduce(Duration.ZERO, Duration::plus);
        Duration byItem =
                timeline.slots().stream().map(slot -> slot.span().length()).reduce(Duration.ZERO, Duration::plus);
        assertThat(byKind).isEqualTo(byItem);
    }

    @Property
    void flagsEveryItemWithoutTime(@ForAll("programmes") Programme programme) {
        Timeline timeline = TimingEngine.compute(programme);

        List<String> untimed = timeline.slots().stream()
                .filter(slot -> !slot.timed())
                .map(slot -> slot.item().id())
                .toList();
        assertThat(timeline.warnings(Code.NO_TIME))
                .extracting(TimingWarning::itemId)
                .containsExactlyElementsOf(untimed);
    }

    /** Growing an item that has a time: giving time to an item without one is {@link #givingTimeToAnItem}. */
    @Property
    void reflowAfterAnItemGrowsPreservesOrderAndMovesOnlyLaterItems(
            @ForAll("programmes") Programme programme,
            @ForAll @IntRange(min = 0, max = 30) int which,
            @ForAll @IntRange(min = 1, max = 90) int growth) {
        int index = which % programme.items().size();
        AgendaItem item = programme.items().get(index);
        Assume.that(item.hasOwnTime() || item.timeEach() != null);

        assertReflowsOnlyFrom(programme, index, growth);
    }

    /**
     * Giving a time to an item that had none may change where the session starts when nothing else fixes it (the
     * first timed item is then no longer a clock time); with a known session start it moves nothing before it.
     */
    @Property
    void givingTimeToAnItem(
            @ForAll("programmes") Programme programme,
            @ForAll @IntRange(min = 0, max = 30) int which,
            @ForAll @IntRange(min = 1, max = 90) int growth) {
        Programme anchored = new Programme(LocalTime.of(6, 0), null, null, programme.items());
        int index = which % programme.items().size();

        assertReflowsOnlyFrom(anchored, index, growth);
    }

    private static void assertReflowsOnlyFrom(Programme programme, int index, int growth) {
        Timeline before = TimingEngine.compute(programme);
        Timeline after = TimingEngine.compute(grow(programme, index, growth));

        assertThat(after.slots())
                .extracting(slot -> slot.item().id())
                .containsExactlyElementsOf(
                        before.slots().stream().map(slot -> slot.item().id()).toList());
        int previousComputedStart = Integer.MIN_VALUE;
        for (int i = 0; i < after.slots().size(); i++) {
            ItemSlot was = before.slots().get(i);
            ItemSlot now = after.slots().get(i);
            if (i < index || i > index && now.fixed()) {
                assertThat(now.span()).isEqualTo(was.span());
            } else if (i > index) {
                int shift = now.span().startMinute() - was.span().startMinute();
                assertThat(shift).isBetween(0, growth);
            }
            if (!now.fixed()) {
                assertThat(now.span().startMinute()).isGreaterThanOrEqualTo(previousComputedStart);
                previousComputedStart = now.span().startMinute();
            }
        }
    }

    @Property
    void inAnAgendaOfDurationsEveryLaterItemMovesByExactlyTheGrowth(
            @ForAll("durationProgrammes") Programme programme,
            @ForAll @IntRange(min = 0, max = 30) int which,
            @ForAll @IntRange(min = 1, max = 90) int growth) {
        int index = which % programme.items().size();

        Timeline before = TimingEngine.compute(programme);
        Timeline after = TimingEngine.compute(grow(programme, index, growth));

        for (int i = index + 1; i < after.slots().size(); i++) {
            assertThat(after.slots().get(i).span().startMinute()
                            - before.slots().get(i).span().startMinute())
                    .isEqualTo(growth);
        }
    }

    @Property
    void reflowAfterAnItemMovesFollowsTheNewOrder(
            @ForAll("programmes") Programme programme,
            @ForAll @IntRange(min = 0, max = 30) int from,
            @ForAll @IntRange(min = 0, max = 30) int to) {
        List<AgendaItem> items = new ArrayList<>(programme.items());
        items.add(to % items.size(), items.remove(from % items.size()));
        Programme moved = new Programme(programme.startsAt(), programme.plannedEnd(), null, items);

        Timeline timeline = TimingEngine.compute(moved);

        assertThat(timeline.slots())
                .extracting(slot -> slot.item().id())
                .containsExactlyElementsOf(items.stream().map(AgendaItem::id).toList());
        int previousComputedStart = Integer.MIN_VALUE;
        for (ItemSlot slot : timeline.slots()) {
            if (!slot.fixed()) {
                assertThat(slot.span().startMinute()).isGreaterThanOrEqualTo(previousComputedStart);
                previousComputedStart = slot.span().startMinute();
            }
        }
    }

    /** The item at {@code index} given {@code growth} more minutes, whatever its timing was. */
    private static Programme grow(Programme programme, int index, int growth) {
        List<AgendaItem> items = new ArrayList<>(programme.items());
        AgendaItem item = items.get(index);
        ItemTiming longer = switch (item.timing()) {
            case ItemTiming.Fixed fixed ->
                new ItemTiming.Fixed(
                        fixed.from(), fixed.to().plusMinutes(Math.min(growth, minutesLeftInDay(fixed.to()))));
            case ItemTiming.Lasting lasting ->
                new ItemTiming.Lasting(lasting.duration().plusMinutes(growth));
            case ItemTiming.Unset unset ->
                ItemTiming.Lasting.minutes(item.contributionsLength().toMinutes() + growth);
        };
        items.set(
                index,
                new AgendaItem(
                        item.id(),
                        item.kind(),
                        item.numbered(),
                        item.content(),
                        item.note(),
                        item.presenters(),
                        longer,
                        item.timeEach(),
                        item.contributions()));
        return new Programme(programme.startsAt(), programme.plannedEnd(), programme.note(), items);
    }

    private static int minutesLeftInDay(LocalTime time) {
        return 23 * 60 + 59 - (time.getHour() * 60 + time.getMinute());
    }

    @Provide
    Arbitrary<Programme> programmes() {
        return programmes(item());
    }

    @Provide
    Arbitrary<Programme> durationProgrammes() {
        return programmes(Arbitraries.integers()
                .between(1, 120)
                .map(ItemTiming.Lasting::minutes)
                .map(timing -> (ItemTiming) timing)
                .map(timing -> (String id) -> simple(id, timing)));
    }

    private static Arbitrary<Programme> programmes(Arbitrary<java.util.function.Function<String, AgendaItem>> item) {
        Arbitrary<LocalTime> startsAt = Arbitraries.integers()
                .between(6 * 60, 10 * 60)
                .map(minute -> LocalTime.of(minute / 60, minute % 60))
                .injectNull(0.4);
        return Combinators.combine(startsAt, item.list().ofMinSize(1).ofMaxSize(12))
                .as((start, makers) -> new Programme(
                        start,
                        null,
                        null,
                        IntStream.range(0, makers.size())
                                .mapToObj(i -> makers.get(i).apply("i" + i))
                                .toList()));
    }

    private static Arbitrary<java.util.function.Function<String, AgendaItem>> item() {
        Arbitrary<ItemTiming> fixed = Combinators.combine(
                        Arbitraries.integers().between(6 * 60, 16 * 60),
                        Arbitraries.integers().between(1, 120))
                .as((start, length) -> new ItemTiming.Fixed(
                        LocalTime.of(start / 60, start % 60),
                        LocalTime.of((start + length) / 60, (start + length) % 60)));
        Arbitrary<ItemTiming> lasting = Arbitraries.integers().between(1, 120).map(ItemTiming.Lasting::minutes);
        Arbitrary<ItemTiming> timing = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, fixed),
                net.jqwik.api.Tuple.of(4, lasting),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(ItemTiming.NONE)));
        Arbitrary<java.util.function.Function<String, AgendaItem>> simple = timing.map(t -> id -> simple(id, t));
        Arbitrary<java.util.function.Function<String, AgendaItem>> block = Combinators.combine(
                        Arbitraries.integers().between(1, 8),
                        Arbitraries.integers().between(1, 15),
                        Arbitraries.frequencyOf(
                                net.jqwik.api.Tuple.of(3, Arbitraries.just((ItemTiming) ItemTiming.NONE)),
                                net.jqwik.api.Tuple.of(1, lasting),
                                net.jqwik.api.Tuple.of(1, fixed)))
                .as((speakers, each, own) -> id -> block(id, speakers, each, own));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(5, simple), net.jqwik.api.Tuple.of(1, block));
    }

    private static AgendaItem simple(String id, ItemTiming timing) {
        return AgendaItem.of(id, ItemKind.REPORT, "Nội dung " + id, List.of(), timing);
    }

    private static AgendaItem block(String id, int speakers, int each, ItemTiming own) {
        List<Contribution> turns = IntStream.rangeClosed(1, speakers)
                .mapToObj(i -> new Contribution(id + "-" + i, "Tham luận " + i, null, List.of()))
                .toList();
        return new AgendaItem(
                id, ItemKind.CONTRIBUTIONS, true, "Tham luận", null, List.of(), own, Duration.ofMinutes(each), turns);
    }
}
