package vn.gov.conference.agenda.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gov.conference.platform.web.InvalidInputException;

class ProgrammeTests {

    @Test
    void keepsVietnameseTextComposed() {
        String decomposed = Normalizer.normalize("Tuyên bố lý do, giới thiệu đại biểu", Normalizer.Form.NFD);

        AgendaItem item = AgendaItem.of(
                "a",
                ItemKind.OPENING,
                "  " + decomposed + " ",
                List.of(new Presenter("TG-SNV", Normalizer.normalize("Sở Nội vụ", Normalizer.Form.NFD))),
                ItemTiming.NONE);

        assertThat(item.content()).isEqualTo("Tuyên bố lý do, giới thiệu đại biểu");
        assertThat(Normalizer.isNormalized(item.presenters().getFirst().name(), Normalizer.Form.NFC))
                .isTrue();
    }

    @Test
    void refusesControlCharactersBidiOverridesAndLoneSurrogatesNamingTheField() {
        assertThatThrownBy(() -> new Presenter("TG-SNV", "Sở Nội vụ\r\nBcc: x"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("name");
                    assertThat(e.rule()).isEqualTo("control-character");
                });
        assertThatThrownBy(() -> AgendaItem.of("a", ItemKind.REPORT, "Báo cáo\u0000", List.of(), ItemTiming.NONE))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("content"));
        assertThatThrownBy(() -> AgendaItem.of("a", ItemKind.REPORT, "Báo cáo\u202E", List.of(), ItemTiming.NONE))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.rule()).isEqualTo("bidi-control"));
        assertThatThrownBy(() -> AgendaItem.of("a", ItemKind.REPORT, "Báo cáo\uD800", List.of(), ItemTiming.NONE))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.rule()).isEqualTo("lone-surrogate"));
        assertThat(AgendaItem.of("a", ItemKind.REPORT, "Báo cáo:\n\t- kết quả", List.of(), ItemTiming.NONE)
                        .content())
                .as("content may break lines")
                .isEqualTo("Báo cáo:\n\t- kết quả");
    }

    @Test
    void rejectsTwoItemsWithOneId() {
        AgendaItem first = AgendaItem.of("a", ItemKind.REPORT, "Báo cáo", List.of(), ItemTiming.NONE);
        AgendaItem second = AgendaItem.of("a", ItemKind.REPORT, "Báo cáo khác", List.of(), ItemTiming.NONE);

        assertThatThrownBy(() -> new Programme(null, null, null, List.of(first, second)))
                .isInstanceOfSatisfying(
                        AgendaRuleViolation.class,
                        violation -> assertThat(violation.field()).isEqualTo("items[1]"))
                .hasMessageContaining("already used by items[0]");
    }

    @Test
    void rejectsAContributionIdThatRepeatsAnItemId() {
        AgendaItem first = AgendaItem.of("x", ItemKind.REPORT, "Báo cáo", List.of(), ItemTiming.NONE);
        AgendaItem block = new AgendaItem(
                "tl",
                ItemKind.CONTRIBUTIONS,
                true,
                "Tham luận",
                null,
                List.of(),
                ItemTiming.NONE,
                null,
                List.of(new Contribution("x", "Ý kiến", null, List.of())));

        assertThatThrownBy(() -> new Programme(null, null, null, List.of(first, block)))
                .isInstanceOf(AgendaRuleViolation.class);
    }

    @Test
    void rejectsAClockRangeThatEndsBeforeItStarts() {
        assertThatThrownBy(() -> new ItemTiming.Fixed(LocalTime.of(9, 0), LocalTime.of(8, 30)))
                .isInstanceOfSatisfying(
                        AgendaRuleViolation.class,
                        violation -> assertThat(violation.field()).isEqualTo("to"));
        assertThatThrownBy(() -> new ItemTiming.Fixed(LocalTime.of(9, 0), LocalTime.of(9, 0)))
                .isInstanceOf(AgendaRuleViolation.class);
    }

    @Test
    void rejectsDurationsOutsideAWorkingDay() {
        assertThatThrownBy(() -> ItemTiming.Lasting.minutes(0)).isInstanceOf(AgendaRuleViolation.class);
        assertThatThrownBy(() -> ItemTiming.Lasting.minutes(12 * 60 + 1)).isInstanceOf(AgendaRuleViolation.class);
        assertThat(ItemTiming.Lasting.minutes(12 * 60).duration()).isEqualTo(Duration.ofHours(12));
    }

    @Test
    void listsContributionsOnlyInAContributionBlock() {
        assertThatThrownBy(() -> new AgendaItem(
                        "a",
                        ItemKind.REPORT,
                        true,
                        "Báo cáo",
                        null,
                        List.of(),
                        ItemTiming.NONE,
                        null,
                        List.of(new Contribution("c", "Ý kiến", null, List.of()))))
                .isInstanceOfSatisfying(
                        AgendaRuleViolation.class,
                        violation -> assertThat(violation.field()).isEqualTo("contributions"));
    }

    @Test
    void givesTimeEachOnlyWithContributions() {
        assertThatThrownBy(() -> new AgendaItem(
                        "a",
                        ItemKind.CONTRIBUTIONS,
                        true,
                        "Tham luận",
                        null,
                        List.of(),
                        ItemTiming.NONE,
                        Duration.ofMinutes(7),
                        List.of()))
                .isInstanceOfSatisfying(
                        AgendaRuleViolation.class,
                        violation -> assertThat(violation.field()).isEqualTo("minutesEach"));
    }

    @Test
    void rejectsBlankContentAndMalformedIds() {
        assertThatThrownBy(() -> AgendaItem.of("a", ItemKind.REPORT, "   ", List.of(), ItemTiming.NONE))
                .isInstanceOfSatisfying(
                        AgendaRuleViolation.class,
                        violation -> assertThat(violation.field()).isEqualTo("content"));
        assertThatThrownBy(() -> AgendaItem.of("mục 1", ItemKind.REPORT, "Báo cáo", List.of(), ItemTiming.NONE))
                .isInstanceOfSatisfying(
                        AgendaRuleViolation.class,
                        violation -> assertThat(violation.field()).isEqualTo("id"));
    }

    @Test
    void acceptsUnitCodesOfTheReferenceDataOnly() {
        assertThat(new Presenter("DT-CHAUTHANH", "UBND huyện Châu Thành").unitCode())
                .isEqualTo("DT-CHAUTHANH");
        assertThat(new Presenter("BNV", "Bộ Nội vụ").unitCode()).isEqualTo("BNV");
        assertThat(new Presenter(" ", "Các sở, ban, ngành tỉnh").unitCode()).isNull();
        assertThatThrownBy(() -> new Presenter("tg-snv", "Sở Nội vụ"))
                .isInstanceOfSatisfying(
                        AgendaRuleViolation.class,
                        violation -> assertThat(violation.field()).isEqualTo("unit"));
    }

    @Test
    void rejectsAPlannedEndBeforeTheStart() {
        assertThatThrownBy(() -> new Programme(LocalTime.of(8, 0), LocalTime.of(7, 0), null, List.of()))
                .isInstanceOfSatisfying(
                        AgendaRuleViolation.class,
                        violation -> assertThat(violation.field()).isEqualTo("plannedEnd"));
    }
}
