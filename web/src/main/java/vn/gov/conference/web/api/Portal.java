package vn.gov.conference.web.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.OffsetDateTime;
import java.util.List;

/** {@code GET /api/plans/{planId}/portal?sig=…}: the published materials by agenda item, with download paths. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Portal(
        String planId, String title, OffsetDateTime lastPublishedAt, List<Section> sections, String bundlePath) {

    public Portal {
        sections = sections == null ? List.of() : List.copyOf(sections);
    }

    public boolean empty() {
        return sections.stream().allMatch(section -> section.materials().isEmpty());
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Section(
            String agendaItemId, String number, String heading, OffsetDateTime start, List<Material> materials) {

        public Section {
            materials = materials == null ? List.of() : List.copyOf(materials);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Material(
            String documentId,
            int version,
            String title,
            String kind,
            Owner owner,
            String fileName,
            String contentType,
            long size,
            OffsetDateTime publishedAt,
            String downloadPath) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Owner(String code, String name) {}
}
