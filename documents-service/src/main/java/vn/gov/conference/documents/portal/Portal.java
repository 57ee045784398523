package vn.gov.conference.documents.portal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.gov.conference.platform.events.AggregateRoot;

/**
 * What the delegates of one conference can read ("tài liệu hội nghị"): the materials the office published, each
 * pinned to a version, grouped by the agenda item they belong to. A publication raises {@link Published}, which the
 * platform stages as {@code MaterialsPublished} ({@link PortalContracts}) into the portal's {@code outbox} on save.
 */
@Document("portals")
public class Portal extends AggregateRoot<Portal.Published> {

    @Id
    private String planId;

    private String province;
    private List<PublishedMaterial> materials = new ArrayList<>();
    private List<AgendaEntry> agenda = new ArrayList<>();
    private int agendaRevision;
    private Instant lastPublishedAt;

    @Version
    private Long revision;

    private Portal() {}

    static Portal of(String planId, String province) {
        Portal portal = new Portal();
        portal.planId = Objects.requireNonNull(planId, "planId");
        portal.province = province;
        return portal;
    }

    /**
     * Publishes a selection; a document published before is replaced by the version and agenda item now given, so
     * the office corrects a placement by publishing again.
     */
    void publish(List<PublishedMaterial> selection, Instant now) {
        if (selection.isEmpty()) {
            throw new IllegalArgumentException("Select at least one document to publish");
        }
        Set<String> selected = new HashSet<>();
        for (PublishedMaterial material : selection) {
            if (!selected.add(material.documentId())) {
                throw new IllegalArgumentException("Document " + material.documentId() + " is selected twice");
            }
        }
        materials.removeIf(material -> selected.contains(material.documentId()));
        materials.addAll(selection);
        lastPublishedAt = now;
        raise(new Published(
                selection.stream().map(PublishedMaterial::documentId).toList(), now));
    }

    /** Keeps the newest agenda the agenda service published; an older revision arriving late changes nothing. */
    boolean learnAgenda(int agendaRevision, List<AgendaEntry> items) {
        if (agendaRevision < this.agendaRevision) {
            return false;
        }
        this.agendaRevision = agendaRevision;
        this.agenda = new ArrayList<>(items);
        return true;
    }

    /**
     * The materials by agenda item, in agenda order: the general materials first, then the items of the agenda,
     * then items the agenda does not (or not yet) name, in the order they were first published.
     */
    public List<PortalSection> sections() {
        Map<String, List<PublishedMaterial>> byItem = new LinkedHashMap<>();
        materials.stream()
                .sorted(Comparator.comparing(PublishedMaterial::publishedAt))
                .forEach(material -> byItem.computeIfAbsent(
                                Objects.requireNonNullElse(material.agendaItemId(), ""), item -> new ArrayList<>())
                        .add(material));
        List<PortalSection> sections = new ArrayList<>();
        Optional.ofNullable(byItem.remove("")).ifPresent(general -> sections.add(new PortalSection(null, general)));
        for (AgendaEntry item : agenda) {
            Optional.ofNullable(byItem.remove(item.itemId()))
                    .ifPresent(listed -> sections.add(new PortalSection(item, listed)));
        }
        byItem.forEach(
                (itemId, listed) -> sections.add(new PortalSection(new AgendaEntry(itemId, null, null, null), listed)));
        return sections;
    }

    public Optional<PublishedMaterial> material(String documentId) {
        return materials.stream()
                .filter(material -> material.documentId().equals(documentId))
                .findFirst();
    }

    /** Where delegates read the portal; their links add a signed {@code sig} parameter. */
    public static String path(String planId) {
        return "/api/plans/" + planId + "/portal";
    }

    public String planId() {
        return planId;
    }

    public String province() {
        return province;
    }

    public List<PublishedMaterial> materials() {
        return List.copyOf(materials);
    }

    public List<AgendaEntry> agenda() {
        return List.copyOf(agenda);
    }

    public Instant lastPublishedAt() {
        return lastPublishedAt;
    }

    /** The office published {@code documentIds}. */
    record Published(List<String> documentIds, Instant at) {}
}
