package vn.gov.conference.agenda.timing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.gov.conference.agenda.timing.Items.at;
import static vn.gov.conference.agenda.timing.Items.block;
import static vn.gov.conference.agenda.timing.Items.fixed;
import static vn.gov.conference.agenda.timing.Items.lasting;
import static vn.gov.conference.agenda.timing.Items.programme;
import static vn.gov.conference.agenda.timing.Items.untimed;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gov.conference.agenda.programme.AgendaItem;
import vn.gov.conference.agenda.programme.ItemKind;
import vn.gov.conference.agenda.programme.ItemTiming;
import vn.gov.conference.agenda.programme.Programme;
import vn.gov.conference.agenda.timing.TimingWarning.Code;

class TimingEngineTests {

    @Test
    void placesDurationsOneAfterAnotherFromTheSessionStart() {
        Timeline timeline =
                TimingEngine.compute(programme("08:00", lasting("a", 5), lasting("b", 15), lasting("c", 20)));

        assertThat(spans(timeline)).containsExactly("08:00–08:05", "08:05–08:20", "08:20–08:40");
        assertThat(timeline.warnings()).isEmpty();
    }

    @Test
    void durationsAfterAClockTimeStartWhenItEnds() {
        Timeline timeline =
                TimingEngine.compute(programme(fixed("a", "07:30", "08:00"), lasting("b", 5), lasting("c", 25)));

        assertThat(spans(timeline)).containsExactly("07:30–08:00", "08:00–08:05", "08:05–08:30");
    }

    @Test
    void recomputesTimesWhenABreakGrows() {
        Programme before = programme("08:00", lasting("a", 30), lasting("pause", ItemKind.BREAK, 15), lasting("b", 20));
        Programme after = programme("08:00", lasting("a", 30), lasting("pause", ItemKind.BREAK, 25), lasting("b", 20));

        assertThat(spans(TimingEngine.compute(before))).containsExactly("08:00–08:30", "08:30–08:45", "08:45–09:05");
        assertThat(spans(TimingEngine.compute(after))).containsExactly("08:00–08:30", "08:30–08:55", "08:55–09:15");
    }

    @Test
    void keepsAClockTimedItemFixedWhenAnEarlierItemGrowsAndReportsTheCollision() {
        Programme grown = programme(
                "08:00", lasting("a", 40), lasting("b", 30), fixed("directive", "09:00", "09:30"), lasting("c", 10));

        Timeline timeline = TimingEngine.compute(grown);

        assertThat(spans(timeline)).containsExactly("08:00–08:40", "08:40–09:10", "09:00–09:30", "09:30–09:40");
        assertThat(timeline.warnings())
                .extracting(
                        TimingWarning::code, TimingWarning::itemId, TimingWarning::otherItemId, TimingWarning::minutes)
                .containsExactly(tuple(Code.OVERLAP, "directive", "b", 10));
        assertThat(timeline.warnings().getFirst().message())
                .isEqualTo("Mục 3 (9 giờ - 9 giờ 30) trùng 10 phút với mục 2 (8 giờ 40 - 9 giờ 10).");
        assertThat(timeline.blockingWarnings()).hasSize(1);
    }

    @Test
    void itemsAfterACollisionStartWhenTheLatestItemEnds() {
        Timeline timeline = TimingEngine.compute(
                programme(fixed("a", "08:00", "09:00"), fixed("b", "08:30", "08:45"), lasting("c", 10)));

        assertThat(spans(timeline)).containsExactly("08:00–09:00", "08:30–08:45", "09:00–09:10");
        assertThat(timeline.warnings())
                .extracting(TimingWarning::code, TimingWarning::itemId, TimingWarning::minutes)
                .containsExactly(tuple(Code.OVERLAP, "b", 15));
    }

    @Test
    void reportsEveryEarlierItemAClockTimeCollidesWith() {
        Timeline timeline = TimingEngine.compute(
                programme(fixed("a", "08:00", "08:30"), fixed("b", "08:30", "09:00"), fixed("c", "08:20", "08:40")));

        assertThat(timeline.warnings(Code.OVERLAP))
                .extracting(TimingWarning::otherItemId, TimingWarning::minutes)
                .containsExactly(tuple("a", 10), tuple("b", 10));
    }

    @Test
    void reportsAGapBeforeAClockTimeThatStartsLater() {
        Timeline timeline = TimingEngine.compute(programme(fixed("a", "08:00", "08:30"), fixed("b", "08:45", "09:00")));

        assertThat(timeline.warnings())
                .extracting(
                        TimingWarning::code, TimingWarning::itemId, TimingWarning::otherItemId, TimingWarning::minutes)
                .containsExactly(tuple(Code.GAP, "b", "a", 15));
        assertThat(timeline.warnings().getFirst().message())
                .isEqualTo("Trống 15 phút trước mục 2 (8 giờ 30 - 8 giờ 45).");
        assertThat(timeline.idle()).isEqualTo(Duration.ofMinutes(15));
        assertThat(timeline.total()).isEqualTo(Duration.ofMinutes(60));
        assertThat(timeline.blockingWarnings()).isEmpty();
    }

    @Test
    void reportsAGapBetweenTheSessionStartAndALaterFirstItem() {
        Timeline timeline = TimingEngine.compute(programme("07:30", fixed("a", "08:00", "08:30")));

        assertThat(timeline.warnings())
                .extracting(TimingWarning::code, TimingWarning::otherItemId, TimingWarning::minutes)
                .containsExactly(tuple(Code.GAP, null, 30));
        assertThat(timeline.session().start()).isEqualTo(at("07:30"));
    }

    @Test
    void refusesNothingButFlagsAClockTimeBeforeTheSessionStart() {
        Timeline timeline = TimingEngine.compute(programme("08:00", fixed("a", "07:30", "08:10"), lasting("b", 5)));

        assertThat(timeline.warnings())
                .extracting(TimingWarning::code, TimingWarning::minutes)
                .containsExactly(tuple(Code.BEFORE_SESSION_START, 30));
        assertThat(spans(timeline)).containsExactly("07:30–08:10", "08:10–08:15");
    }

    @Test
    void placesAnItemWithoutTimeWithZeroLengthAndDoesNotPushLaterItems() {
        Timeline timeline = TimingEngine.compute(
                programme("08:00", lasting("a", 20), untimed("b"), lasting("c", 10), fixed("d", "08:30", "08:45")));

        assertThat(timeline.slots())
                .extracting(slot -> slot.span().toString(), ItemSlot::basis)
                .containsExactly(
                        tuple("08:00–08:20", TimeBasis.DURATION), tuple("08:20–08:20", TimeBasis.NONE),
                        tuple("08:20–08:30", TimeBasis.DURATION), tuple("08:30–08:45", TimeBasis.FIXED));
        assertThat(timeline.warnings())
                .extracting(TimingWarning::code, TimingWarning::itemId)
                .containsExactly(tuple(Code.NO_TIME, "b"));
    }

    @Test
    void reportsAnOverrunPastThePlannedEnd() {
        Programme programme =
                new Programme(at("08:00"), at("11:00"), null, List.of(lasting("a", 120), lasting("b", 75)));

        Timeline timeline = TimingEngine.compute(programme);

        assertThat(timeline.warnings())
                .extracting(TimingWarning::code, TimingWarning::itemId, TimingWarning::minutes)
                .containsExactly(tuple(Code.OVERRUN, "b", 15));
        assertThat(timeline.warnings().getFirst().message())
                .isEqualTo("Chương trình kết thúc lúc 11 giờ 15, quá 15 phút so với giờ dự kiến kết thúc 11 giờ.");
    }

    @Test
    void endingExactlyAtThePlannedEndIsNoOverrun() {
        Programme programme =
                new Programme(at("08:00"), at("11:15"), null, List.of(lasting("a", 120), lasting("b", 75)));

        assertThat(TimingEngine.compute(programme).warnings()).isEmpty();
    }

    @Test
    void aContributionBlockLastsSpeakersTimesMinutesEach() {
        Timeline timeline = TimingEngine.compute(
                programme("08:40", block("tl", 8, 7, ItemTiming.NONE), lasting("pause", ItemKind.BREAK, 15)));

        assertThat(spans(timeline)).containsExactly("08:40–09:36", "09:36–09:51");
        assertThat(timeline.slot("tl").orElseThrow().contributions())
                .extracting(turn -> turn.span().toString())
                .startsWith("08:40–08:47", "08:47–08:54")
                .endsWith("09:29–09:36");
    }

    @Test
    void reportsContributionsThatDoNotFitTheirBlocksOwnTime() {
        Timeline timeline =
                TimingEngine.compute(programme(block("tl", 8, 7, new ItemTiming.Fixed(at("09:45"), at("10:30")))));

        assertThat(timeline.warnings())
                .extracting(TimingWarning::code, TimingWarning::minutes)
                .containsExactly(tuple(Code.CONTRIBUTIONS_OVERRUN, 11));
        assertThat(timeline.blockingWarnings()).hasSize(1);
    }

    @Test
    void contributionsThatFitTheirBlockLeaveTheRestForDiscussion() {
        Timeline timeline = TimingEngine.compute(programme("09:45", block("tl", 4, 7, ItemTiming.Lasting.minutes(60))));

        assertThat(timeline.warnings()).isEmpty();
        assertThat(timeline.slot("tl").orElseThrow().span().length()).isEqualTo(Duration.ofMinutes(60));
    }

    @Test
    void contributionsWithoutTimeEachHaveNoTimeOfTheirOwn() {
        AgendaItem item = new AgendaItem(
                "tl",
                ItemKind.CONTRIBUTIONS,
                true,
                "Tham luận",
                null,
                List.of(),
                ItemTiming.Lasting.minutes(30),
                null,
                List.of(new vn.gov.conference.agenda.programme.Contribution("x", "Ý kiến", null, List.of())));

        Timeline timeline = TimingEngine.compute(programme("09:00", item));

        assertThat(timeline.slot("tl").orElseThrow().contributions())
                .singleElement()
                .satisfies(turn -> assertThat(turn.timed()).isFalse());
    }

    @Test
    void startsAtTheFirstItemsClockTimeRatherThanThePlanStart() {
        Timeline timeline = TimingEngine.compute(
                programme(untimed("a"), fixed("b", "07:30", "08:00"), lasting("c", 5)), at("08:00"));

        assertThat(spans(timeline)).containsExactly("07:30–07:30", "07:30–08:00", "08:00–08:05");
    }

    @Test
    void aLaterClockTimeDoesNotAnchorTheDurationsBeforeIt() {
        Timeline timeline = TimingEngine.compute(
                programme(lasting("a", 10), lasting("b", 20), fixed("c", "09:00", "09:30")), at("08:30"));

        assertThat(spans(timeline)).containsExactly("08:30–08:40", "08:40–09:00", "09:00–09:30");
        assertThat(timeline.warnings()).isEmpty();
    }

    @Test
    void withoutAnyStartDurationsCountFromMidnightAndSaySo() {
        Timeline timeline = TimingEngine.compute(programme(lasting("a", 10), fixed("b", "09:00", "09:30")));

        assertThat(timeline.anchored()).isFalse();
        assertThat(timeline.warnings())
                .extracting(TimingWarning::code)
                .containsExactly(Code.SESSION_START_UNKNOWN, Code.GAP);
    }

    @Test
    void theAgendasOwnStartWinsOverThePlanStart() {
        Timeline timeline = TimingEngine.compute(programme("07:30", lasting("a", 30)), at("08:00"));

        assertThat(spans(timeline)).containsExactly("07:30–08:00");
    }

    @Test
    void thePlanStartAnchorsAnAgendaOfDurationsOnly() {
        Timeline timeline = TimingEngine.compute(programme(lasting("a", 30)), at("14:00"));

        assertThat(spans(timeline)).containsExactly("14:00–14:30");
        assertThat(timeline.anchored()).isTrue();
    }

    @Test
    void movingAnItemReflowsTheItemsAfterIt() {
        Timeline moved = TimingEngine.compute(programme("08:00", lasting("b", 20), lasting("a", 10), lasting("c", 5)));

        assertThat(moved.slots())
                .extracting(slot -> slot.item().id(), slot -> slot.span().toString())
                .containsExactly(tuple("b", "08:00–08:20"), tuple("a", "08:20–08:30"), tuple("c", "08:30–08:35"));
    }

    @Test
    void numbersItemsSkippingUnnumberedRows() {
        AgendaItem pause = new AgendaItem(
                "pause",
                ItemKind.BREAK,
                false,
                "Nghỉ giữa giờ",
                null,
                List.of(),
                ItemTiming.Lasting.minutes(15),
                null,
                List.of());

        Timeline timeline = TimingEngine.compute(programme("08:00", lasting("a", 10), pause, lasting("b", 10)));

        assertThat(timeline.slots()).extracting(ItemSlot::number).containsExactly("1", null, "2");
    }

    @Test
    void reportsAnAgendaRunningPastMidnight() {
        Timeline timeline = TimingEngine.compute(programme("22:00", lasting("a", 120), lasting("b", 30)));

        assertThat(timeline.warnings())
                .extracting(TimingWarning::code, TimingWarning::minutes)
                .containsExactly(tuple(Code.PAST_MIDNIGHT, 30));
        assertThat(timeline.session().endMinute()).isEqualTo(24 * 60 + 30);
    }

    @Test
    void anEmptyAgendaHasAnEmptySession() {
        Timeline timeline = TimingEngine.compute(Programme.empty(), at("08:00"));

        assertThat(timeline.slots()).isEmpty();
        assertThat(timeline.total()).isZero();
        assertThat(timeline.warnings()).isEmpty();
    }

    private static List<String> spans(Timeline timeline) {
        return timeline.slots().stream().map(slot -> slot.span().toString()).toList();
    }
}
