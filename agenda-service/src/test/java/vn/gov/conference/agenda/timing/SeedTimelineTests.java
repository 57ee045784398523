package vn.gov.conference.agenda.timing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import vn.gov.conference.agenda.SeedAgendas;
import vn.gov.conference.agenda.programme.ItemKind;
import vn.gov.conference.agenda.timing.TimingWarning.Code;

/** Both seeds' agendas, computed by the engine, must come out to the minute of their own text. */
class SeedTimelineTests {

    @Test
    void tienGiangAgendaComesOutExactlyAsItsClockRanges() {
        Timeline timeline = TimingEngine.compute(SeedAgendas.tienGiang());

        assertThat(timeline.slots())
                .extracting(
                        ItemSlot::number,
                        slot -> slot.span().start(),
                        slot -> slot.span().end(),
                        ItemSlot::basis)
                .containsExactly(
                        tuple("1", t(7, 30), t(8, 0), TimeBasis.FIXED),
                        tuple("2", t(8, 0), t(8, 5), TimeBasis.FIXED),
                        tuple("3", t(8, 5), t(8, 30), TimeBasis.FIXED),
                        tuple("4", t(8, 30), t(8, 40), TimeBasis.FIXED),
                        tuple("5", t(8, 40), t(9, 0), TimeBasis.FIXED),
                        tuple("6", t(9, 0), t(9, 15), TimeBasis.FIXED),
                        tuple("7", t(9, 15), t(9, 30), TimeBasis.FIXED),
                        tuple(null, t(9, 30), t(9, 45), TimeBasis.FIXED),
                        tuple("8", t(9, 45), t(10, 45), TimeBasis.FIXED),
                        tuple("9", t(10, 45), t(11, 15), TimeBasis.FIXED));
        assertThat(timeline.anchored()).isTrue();
        assertThat(timeline.session().start()).isEqualTo(t(7, 30));
        assertThat(timeline.session().end()).isEqualTo(t(11, 15));
        assertThat(timeline.total()).isEqualTo(Duration.ofMinutes(225));
        assertThat(timeline.warnings()).isEmpty();
        assertThat(timeline.idle()).isZero();
    }

    @Test
    void tienGiangTimeAddsUpPerKind() {
        Timeline timeline = TimingEngine.compute(SeedAgendas.tienGiang());

        assertThat(timeline.timeByKind())
                .containsOnly(
                        entry(ItemKind.RECEPTION, 30),
                        entry(ItemKind.OPENING, 5),
                        entry(ItemKind.REPORT, 85),
                        entry(ItemKind.BREAK, 15),
                        entry(ItemKind.DISCUSSION, 60),
                        entry(ItemKind.DIRECTIVE_SPEECH, 30));
    }

    @Test
    void tienGiangAgendaPrintsItsSeedTimes() {
        Timeline timeline = TimingEngine.compute(SeedAgendas.tienGiang());

        assertThat(timeline.slots())
                .extracting(slot -> VietnameseClock.range(slot.span()))
                .containsExactly(
                        "7 giờ 30 - 8 giờ",
                        "8 giờ - 8 giờ 05",
                        "8 giờ 05 - 8 giờ 30",
                        "8 giờ 30 - 8 giờ 40",
                        "8 giờ 40 - 9 giờ",
                        "9 giờ - 9 giờ 15",
                        "9 giờ 15 - 9 giờ 30",
                        "9 giờ 30 - 9 giờ 45",
                        "9 giờ 45 - 10 giờ 45",
                        "10 giờ 45 - 11 giờ 15");
    }

    @Test
    void dongThapAgendaFollowsItsDurationsFromEightOClock() {
        Timeline timeline = TimingEngine.compute(SeedAgendas.dongThap(), SeedAgendas.DONG_THAP_PLAN_START);

        assertThat(timeline.slots())
                .extracting(
                        ItemSlot::number,
                        slot -> slot.span().start(),
                        slot -> slot.span().end(),
                        ItemSlot::basis)
                .containsExactly(
                        tuple("1", t(8, 0), t(8, 5), TimeBasis.DURATION),
                        tuple("2", t(8, 5), t(8, 20), TimeBasis.DURATION),
                        tuple("3", t(8, 20), t(8, 40), TimeBasis.DURATION),
                        tuple("4", t(8, 40), t(8, 40), TimeBasis.NONE),
                        tuple("5", t(8, 40), t(9, 36), TimeBasis.CONTRIBUTIONS),
                        tuple("6", t(9, 36), t(9, 51), TimeBasis.DURATION),
                        tuple("7", t(9, 51), t(10, 6), TimeBasis.DURATION),
                        tuple("8", t(10, 6), t(10, 21), TimeBasis.DURATION),
                        tuple("9", t(10, 21), t(10, 21), TimeBasis.NONE),
                        tuple("10", t(10, 21), t(10, 21), TimeBasis.NONE));
        assertThat(timeline.session().start()).isEqualTo(t(8, 0));
        assertThat(timeline.session().end()).isEqualTo(t(10, 21));
    }

    @Test
    void dongThapContributionsAreEightSpeakersOfSevenMinutesEach() {
        Timeline timeline = TimingEngine.compute(SeedAgendas.dongThap(), SeedAgendas.DONG_THAP_PLAN_START);

        ItemSlot block = timeline.slot("tham-luan").orElseThrow();
        assertThat(block.contributions())
                .extracting(
                        ContributionSlot::number,
                        turn -> turn.contribution().presenters().getFirst().unitCode(),
                        turn -> turn.span().start(),
                        turn -> turn.span().end())
                .containsExactly(
                        tuple("5.1", "DT-CHAUTHANH", t(8, 40), t(8, 47)),
                        tuple("5.2", "DT-HONGNGU", t(8, 47), t(8, 54)),
                        tuple("5.3", "DT-SADEC", t(8, 54), t(9, 1)),
                        tuple("5.4", "DT-TAMNONG", t(9, 1), t(9, 8)),
                        tuple("5.5", "DT-CAOLANH", t(9, 8), t(9, 15)),
                        tuple("5.6", "DT-MTTQ", t(9, 15), t(9, 22)),
                        tuple("5.7", "DT-SKHDT", t(9, 22), t(9, 29)),
                        tuple("5.8", "DT-STTTT", t(9, 29), t(9, 36)));
        assertThat(block.span().length()).isEqualTo(Duration.ofMinutes(56));
    }

    @Test
    void dongThapFlagsTheThreeItemsWithoutTime() {
        Timeline timeline = TimingEngine.compute(SeedAgendas.dongThap(), SeedAgendas.DONG_THAP_PLAN_START);

        assertThat(timeline.warnings())
                .extracting(TimingWarning::code, TimingWarning::itemId)
                .containsExactly(
                        tuple(Code.NO_TIME, "goi-y-thao-luan"),
                        tuple(Code.NO_TIME, "y-kien-tinh-uy"),
                        tuple(Code.NO_TIME, "ket-luan"));
        assertThat(timeline.warnings().getFirst().message())
                .isEqualTo("Mục 4 chưa có thời gian; tạm xếp lúc 8 giờ 40 và chưa tính vào tổng thời gian.");
        assertThat(timeline.blockingWarnings()).isEmpty();
    }

    @Test
    void dongThapTimeAddsUpPerKind() {
        Timeline timeline = TimingEngine.compute(SeedAgendas.dongThap(), SeedAgendas.DONG_THAP_PLAN_START);

        assertThat(timeline.total()).isEqualTo(Duration.ofMinutes(141));
        assertThat(timeline.timeByKind())
                .containsOnly(
                        entry(ItemKind.OPENING, 5),
                        entry(ItemKind.REPORT, 35),
                        entry(ItemKind.DISCUSSION, 30),
                        entry(ItemKind.CONTRIBUTIONS, 56),
                        entry(ItemKind.BREAK, 15),
                        entry(ItemKind.DIRECTIVE_SPEECH, 0),
                        entry(ItemKind.CONCLUSION, 0));
    }

    @Test
    void dongThapWithoutItsPlanKeepsLengthsAndOrderButSaysTheStartIsUnknown() {
        Timeline timeline = TimingEngine.compute(SeedAgendas.dongThap());

        assertThat(timeline.anchored()).isFalse();
        assertThat(timeline.warnings()).extracting(TimingWarning::code).first().isEqualTo(Code.SESSION_START_UNKNOWN);
        assertThat(timeline.slot("tham-luan").orElseThrow().span()).isEqualTo(new Span(40, 96));
        assertThat(timeline.total()).isEqualTo(Duration.ofMinutes(141));
    }

    private static LocalTime t(int hour, int minute) {
        return LocalTime.of(hour, minute);
    }

    private static java.util.Map.Entry<ItemKind, Duration> entry(ItemKind kind, int minutes) {
        return java.util.Map.entry(kind, Duration.ofMinutes(minutes));
    }
}
