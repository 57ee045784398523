package vn.gov.conference.documents.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gov.conference.contracts.UnitRef;
import vn.gov.conference.documents.Raised;

class PortalTests {

    static final Instant NOW = Instant.parse("2024-08-01T02:00:00Z");
    static final UnitRef SNV = new UnitRef("TG-SNV", "Sở Nội vụ");

    @Test
    void publishesASelectionAndAnnouncesIt() {
        Portal portal = Portal.of("plan-1", "tien-giang");

        portal.publish(List.of(material("d-1", "item-3", 1), material("d-2", null, 2)), NOW);

        assertThat(portal.materials()).extracting(PublishedMaterial::documentId).containsExactly("d-1", "d-2");
        assertThat(portal.lastPublishedAt()).isEqualTo(NOW);
        assertThat(Raised.since(portal)).containsExactly(new Portal.Published(List.of("d-1", "d-2"), NOW));
    }

    @Test
    void republishingADocumentReplacesItsVersionAndPlace() {
        Portal portal = Portal.of("plan-1", "tien-giang");
        portal.publish(List.of(material("d-1", "item-3", 1)), NOW);

        portal.publish(List.of(material("d-1", "item-4", 2)), NOW.plusSeconds(60));

        assertThat(portal.materials()).singleElement().satisfies(material -> {
            assertThat(material.version()).isEqualTo(2);
            assertThat(material.agendaItemId()).isEqualTo("item-4");
        });
    }

    @Test
    void refusesAnEmptySelectionOrADocumentSelectedTwice() {
        Portal portal = Portal.of("plan-1", "tien-giang");

        assertThatThrownBy(() -> portal.publish(List.of(), NOW)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> portal.publish(List.of(material("d-1", "a", 1), material("d-1", "b", 1)), NOW))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("twice");
        assertThat(portal.materials()).isEmpty();
        assertThat(Raised.since(portal)).isEmpty();
    }

    @Test
    void groupsByAgendaItemInAgendaOrderWithGeneralMaterialsFirst() {
        Portal portal = Portal.of("plan-1", "tien-giang");
        portal.learnAgenda(1, List.of(item("item-3", "3"), item("item-5", "5"), item("item-7", "7")));
        portal.publish(List.of(material("d-7", "item-7", 1), material("d-x", "item-unknown", 1)), NOW);
        portal.publish(List.of(material("d-3", "item-3", 1), material("d-g", null, 1)), NOW.plusSeconds(1));
        portal.publish(List.of(material("d-3b", "item-3", 1)), NOW.plusSeconds(2));

        assertThat(portal.sections())
                .extracting(section ->
                        section.item() == null ? "general" : section.item().itemId())
                .containsExactly("general", "item-3", "item-7", "item-unknown");
        assertThat(portal.sections().get(1).materials())
                .extracting(PublishedMaterial::documentId)
                .containsExactly("d-3", "d-3b");
        assertThat(portal.sections().get(1).item().title()).isEqualTo("Mục 3");
        assertThat(portal.sections().getLast().item().title()).isNull();
    }

    @Test
    void ignoresAnAgendaRevisionOlderThanTheOneItKnows() {
        Portal portal = Portal.of("plan-1", "tien-giang");
        portal.learnAgenda(2, List.of(item("item-new", "1")));

        assertThat(portal.learnAgenda(1, List.of(item("item-old", "1")))).isFalse();
        assertThat(portal.agenda()).extracting(AgendaEntry::itemId).containsExactly("item-new");
    }

    static AgendaEntry item(String id, String number) {
        return new AgendaEntry(id, number, "Mục " + number, null);
    }

    static PublishedMaterial material(String documentId, String agendaItemId, int version) {
        return new PublishedMaterial(
                documentId,
                "r-" + documentId,
                version,
                "f-" + documentId + "-" + version,
                "Báo cáo.pdf",
                "application/pdf",
                100,
                "sha",
                "Báo cáo",
                "REPORT",
                SNV,
                agendaItemId,
                NOW);
    }
}
