package vn.gov.conference.agenda.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.conference.agenda.SeedAgendas;

class AgendaFormTests {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void readsTheTienGiangFixtureAsTenClockTimedItems() {
        Programme programme = SeedAgendas.tienGiang();

        assertThat(programme.items()).hasSize(10);
        assertThat(programme.items())
                .allSatisfy(item -> assertThat(item.timing()).isInstanceOf(ItemTiming.Fixed.class));
        AgendaItem reception = programme.items().getFirst();
        assertThat(reception.presenters())
                .extracting(Presenter::unitCode)
                .containsExactly("TG-SNV", "TG-STTTT", "TG-SKHDT", "TG-TTT");
        assertThat(programme.item("nghi-giua-gio").orElseThrow().numbered()).isFalse();
        assertThat(programme.item("bao-cao-pci").orElseThrow().note())
                .isEqualTo("nêu rõ trách nhiệm của từng cơ quan, đơn vị, địa phương");
    }

    @Test
    void readsTheDongThapFixtureWithItsContributionBlock() {
        Programme programme = SeedAgendas.dongThap();

        assertThat(programme.startsAt()).isNull();
        assertThat(programme.note()).isEqualTo("Chương trình có thể thay đổi tùy theo tình hình thực tế.");
        AgendaItem block = programme.item("tham-luan").orElseThrow();
        assertThat(block.kind()).isEqualTo(ItemKind.CONTRIBUTIONS);
        assertThat(block.timeEach()).isEqualTo(Duration.ofMinutes(7));
        assertThat(block.contributions()).hasSize(8);
        assertThat(programme.item("giai-lao").orElseThrow().timing()).isEqualTo(ItemTiming.Lasting.minutes(15));
        assertThat(programme.item("goi-y-thao-luan").orElseThrow().timing()).isEqualTo(ItemTiming.NONE);
    }

    @Test
    void refusesAClockRangeAndMinutesTogetherNamingTheField() {
        AgendaForm request = read("""
                {"items": [
                  {"id": "a", "kind": "OPENING", "content": "Khai mạc", "minutes": 5},
                  {"id": "b", "kind": "REPORT", "content": "Báo cáo", "from": "08:05", "to": "08:30", "minutes": 25}
                ]}""");

        assertThatThrownBy(request::toProgramme)
                .isInstanceOfSatisfying(
                        AgendaRuleViolation.class,
                        violation -> assertThat(violation.field()).isEqualTo("items[1].minutes"));
    }

    @Test
    void refusesHalfAClockRange() {
        AgendaForm request = read("""
                {"items": [{"id": "a", "kind": "OPENING", "content": "Khai mạc", "from": "08:00"}]}""");

        assertThatThrownBy(request::toProgramme)
                .isInstanceOfSatisfying(
                        AgendaRuleViolation.class,
                        violation -> assertThat(violation.field()).isEqualTo("items[0].to"));
    }

    @Test
    void namesTheNestedFieldOfABadPresenter() {
        AgendaForm request = read("""
                {"items": [{"id": "tl", "kind": "CONTRIBUTIONS", "content": "Tham luận", "minutesEach": 7,
                  "contributions": [
                    {"id": "c1", "content": "Ý kiến", "presenters": [{"unit": "DT-SNV", "name": "Sở Nội vụ"}]},
                    {"id": "c2", "content": "Ý kiến", "presenters": [{"unit": "dt snv", "name": "Sở Nội vụ"}]}
                  ]}]}""");

        assertThatThrownBy(request::toProgramme)
                .isInstanceOfSatisfying(
                        AgendaRuleViolation.class,
                        violation -> assertThat(violation.field())
                                .isEqualTo("items[0].contributions[1].presenters[0].unit"));
    }

    @Test
    void refusesANegativeDuration() {
        AgendaForm request = read("""
                {"items": [{"id": "a", "kind": "BREAK", "content": "Giải lao", "minutes": -15}]}""");

        assertThatThrownBy(request::toProgramme)
                .isInstanceOfSatisfying(
                        AgendaRuleViolation.class,
                        violation -> assertThat(violation.field()).isEqualTo("items[0].minutes"));
    }

    @Test
    void numbersItemsUnlessToldOtherwise() {
        Programme programme = read("""
                {"startsAt": "07:30", "items": [{"id": "a", "kind": "RECEPTION", "content": "Đón tiếp đại biểu",
                  "from": "07:30", "to": "08:00"}]}""").toProgramme();

        assertThat(programme.items()).singleElement().satisfies(item -> {
            assertThat(item.numbered()).isTrue();
            assertThat(item.timing()).isEqualTo(new ItemTiming.Fixed(LocalTime.of(7, 30), LocalTime.of(8, 0)));
        });
        assertThat(programme.startsAt()).isEqualTo(LocalTime.of(7, 30));
    }

    @Test
    void refusesAClockTimeThatIsNotOne() {
        AgendaForm form = read("""
                {"items": [{"id": "a", "kind": "OPENING", "content": "Khai mạc", "from": "8h", "to": "08:05"}]}""");

        assertThatThrownBy(form::toProgramme)
                .isInstanceOfSatisfying(
                        AgendaRuleViolation.class,
                        violation -> assertThat(violation.field()).isEqualTo("items[0].from"));
    }

    @Test
    void readsBackBothSeedsFromTheFormItWrites() {
        for (Programme seed : List.of(SeedAgendas.tienGiang(), SeedAgendas.dongThap())) {
            AgendaForm written = AgendaForm.of(seed);

            assertThat(written.toProgramme()).isEqualTo(seed);
            assertThat(read(json.writeValueAsString(written)).toProgramme()).isEqualTo(seed);
        }
    }

    @Test
    void writesTheFixtureBackAsItWasSent() throws Exception {
        for (java.nio.file.Path fixture : List.of(SeedAgendas.tienGiangFile(), SeedAgendas.dongThapFile())) {
            tools.jackson.databind.JsonNode sent = json.readTree(java.nio.file.Files.readString(fixture));
            tools.jackson.databind.JsonNode written =
                    json.valueToTree(AgendaForm.of(SeedAgendas.request(fixture).toProgramme()));

            assertThat((Object) written).isEqualTo(sent);
        }
    }

    @Test
    void anAgendaWithoutItemsIsEmpty() {
        assertThat(read("{}").toProgramme().items()).isEqualTo(List.of());
    }

    private AgendaForm read(String body) {
        return json.readValue(body, AgendaForm.class);
    }
}
