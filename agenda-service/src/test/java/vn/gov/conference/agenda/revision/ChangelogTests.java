package vn.gov.conference.agenda.revision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gov.conference.agenda.SeedAgendas;
import vn.gov.conference.agenda.programme.AgendaItem;
import vn.gov.conference.agenda.programme.ItemTiming;
import vn.gov.conference.agenda.programme.Presenter;
import vn.gov.conference.agenda.programme.Programme;
import vn.gov.conference.agenda.timing.TimingEngine;

class ChangelogTests {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final LocalDate DAY = LocalDate.of(2021, 7, 7);

    @Test
    void laysTheTimelineOnTheConferenceDayInVietnamTime() {
        List<PublishedSlot> slots = published(SeedAgendas.dongThap(), DAY);

        assertThat(slots.getFirst()).satisfies(slot -> {
            assertThat(slot.number()).isEqualTo("1");
            assertThat(slot.start())
                    .isEqualTo(OffsetDateTime.parse("2021-07-07T08:00+07:00").toInstant());
            assertThat(slot.end())
                    .isEqualTo(OffsetDateTime.parse("2021-07-07T08:05+07:00").toInstant());
        });
        assertThat(slots)
                .filteredOn(slot -> slot.kind().equals(PublishedSlot.CONTRIBUTION))
                .hasSize(8)
                .first()
                .satisfies(turn -> {
                    assertThat(turn.itemId()).isEqualTo("tham-luan-chau-thanh");
                    assertThat(turn.number()).isEqualTo("5.1");
                    assertThat(turn.start())
                            .isEqualTo(OffsetDateTime.parse("2021-07-07T08:40+07:00")
                                    .toInstant());
                });
        assertThat(slots)
                .filteredOn(slot -> slot.itemId().equals("ket-luan"))
                .singleElement()
                .satisfies(slot -> assertThat(slot.start()).isNull());
    }

    @Test
    void namesExactlyTheItemsThatMovedWhenOneGrows() {
        Programme before = SeedAgendas.dongThap();
        Programme after = withTiming(before, "bao-cao-mo-hinh-cchc", ItemTiming.Lasting.minutes(20));

        Changelog changelog = Changelog.between(published(before, DAY), published(after, DAY));

        assertThat(changelog.changes())
                .extracting(SlotChange::itemId)
                .containsExactly(
                        "bao-cao-mo-hinh-cchc",
                        "bao-cao-papi-par",
                        "tham-luan",
                        "tham-luan-chau-thanh",
                        "tham-luan-hong-ngu",
                        "tham-luan-sa-dec",
                        "tham-luan-tam-nong",
                        "tham-luan-cao-lanh",
                        "tham-luan-mttq",
                        "tham-luan-skhdt",
                        "tham-luan-stttt",
                        "giai-lao",
                        "chuyen-gia-papi",
                        "chuyen-gia-par");
        assertThat(changelog.changes()).allSatisfy(change -> {
            assertThat(change.timeChanged()).isTrue();
            assertThat(change.presentersChanged()).isFalse();
        });
        assertThat(changelog.changes().get(1)).satisfies(change -> {
            assertThat(change.presenters()).extracting(Presenter::unitCode).containsExactly("DT-SNV");
            assertThat(change.previousStart())
                    .isEqualTo(OffsetDateTime.parse("2021-07-07T08:20+07:00").toInstant());
            assertThat(change.start())
                    .isEqualTo(OffsetDateTime.parse("2021-07-07T08:25+07:00").toInstant());
        });
        assertThat(changelog.describe()).isEqualTo("14 mục thay đổi thời gian.");
    }

    @Test
    void aClockTimedAgendaChangesOnlyTheItemWhoseRangeChanged() {
        Programme before = SeedAgendas.tienGiang();
        Programme after = withTiming(
                before,
                "chi-dao",
                new ItemTiming.Fixed(java.time.LocalTime.of(10, 45), java.time.LocalTime.of(11, 30)));

        Changelog changelog = Changelog.between(published(before, DAY), published(after, DAY));

        assertThat(changelog.changes())
                .extracting(SlotChange::itemId, SlotChange::end)
                .containsExactly(tuple(
                        "chi-dao",
                        OffsetDateTime.parse("2021-07-07T11:30+07:00").toInstant()));
    }

    @Test
    void namesAnItemWhosePresenterChanged() {
        Programme before = SeedAgendas.tienGiang();
        Programme after = with(
                before,
                "khai-mac",
                item -> new AgendaItem(
                        item.id(),
                        item.kind(),
                        item.numbered(),
                        item.content(),
                        item.note(),
                        List.of(new Presenter("TG-VPUBND", "Văn phòng Ủy ban nhân dân tỉnh")),
                        item.timing(),
                        item.timeEach(),
                        item.contributions()));

        Changelog changelog = Changelog.between(published(before, DAY), published(after, DAY));

        assertThat(changelog.changes()).singleElement().satisfies(change -> {
            assertThat(change.itemId()).isEqualTo("khai-mac");
            assertThat(change.presentersChanged()).isTrue();
            assertThat(change.timeChanged()).isFalse();
            assertThat(change.presenters()).extracting(Presenter::unitCode).containsExactly("TG-VPUBND");
        });
        assertThat(changelog.describe()).isEqualTo("1 mục thay đổi đơn vị thực hiện.");
    }

    @Test
    void wordingEditsAloneChangeNothing() {
        Programme before = SeedAgendas.tienGiang();
        Programme after = with(
                before,
                "khai-mac",
                item -> new AgendaItem(
                        item.id(),
                        item.kind(),
                        item.numbered(),
                        "Tuyên bố lý do và giới thiệu đại biểu",
                        item.note(),
                        item.presenters(),
                        item.timing(),
                        item.timeEach(),
                        item.contributions()));

        Changelog changelog = Changelog.between(published(before, DAY), published(after, DAY));

        assertThat(changelog.isEmpty()).isTrue();
        assertThat(changelog.describe()).isEqualTo("Không mục nào thay đổi thời gian hoặc đơn vị thực hiện.");
    }

    @Test
    void movingTheConferenceToAnotherDayMovesEveryTimedLine() {
        Programme programme = SeedAgendas.dongThap();

        Changelog changelog = Changelog.between(published(programme, DAY), published(programme, DAY.plusDays(2)));

        assertThat(changelog.changes()).hasSize(15);
        assertThat(changelog.changes())
                .extracting(SlotChange::itemId)
                .doesNotContain("goi-y-thao-luan", "y-kien-tinh-uy", "ket-luan");
    }

    @Test
    void reportsAddedAndRemovedItemsWithTheUnitsToTell() {
        Programme before = SeedAgendas.tienGiang();
        List<AgendaItem> items = new ArrayList<>(before.items());
        AgendaItem removed = items.remove(3);
        items.add(AgendaItem.of(
                "ket-luan",
                vn.gov.conference.agenda.programme.ItemKind.CONCLUSION,
                "Kết luận Hội nghị",
                List.of(new Presenter("TG-UBND", "Chủ tịch Ủy ban nhân dân tỉnh")),
                new ItemTiming.Fixed(java.time.LocalTime.of(11, 15), java.time.LocalTime.of(11, 25))));
        Programme after = new Programme(null, null, null, items);

        Changelog changelog = Changelog.between(published(before, DAY), published(after, DAY));

        assertThat(changelog.changes())
                .extracting(
                        SlotChange::itemId, change -> change.previousStart() == null, change -> change.start() == null)
                .containsExactly(tuple("ket-luan", true, false), tuple(removed.id(), false, true));
        assertThat(changelog.changes().getLast().presenters())
                .extracting(Presenter::unitCode)
                .containsExactly("TG-MTTQ");
    }

    private static List<PublishedSlot> published(Programme programme, LocalDate day) {
        return PublishedSlot.of(TimingEngine.compute(programme, SeedAgendas.DONG_THAP_PLAN_START), day, VIETNAM);
    }

    private static Programme withTiming(Programme programme, String id, ItemTiming timing) {
        return with(
                programme,
                id,
                item -> new AgendaItem(
                        item.id(),
                        item.kind(),
                        item.numbered(),
                        item.content(),
                        item.note(),
                        item.presenters(),
                        timing,
                        item.timeEach(),
                        item.contributions()));
    }

    private static Programme with(Programme programme, String id, java.util.function.UnaryOperator<AgendaItem> change) {
        List<AgendaItem> items = programme.items().stream()
                .map(item -> item.id().equals(id) ? change.apply(item) : item)
                .toList();
        return new Programme(programme.startsAt(), programme.plannedEnd(), programme.note(), items);
    }
}
