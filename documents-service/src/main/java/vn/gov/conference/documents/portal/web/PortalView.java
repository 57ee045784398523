package vn.gov.conference.documents.portal.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.gov.conference.contracts.UnitRef;
import vn.gov.conference.documents.portal.Portal;
import vn.gov.conference.documents.portal.PortalSection;
import vn.gov.conference.documents.portal.PublishedMaterial;
import vn.gov.conference.platform.time.VietnamTime;

/**
 * What delegates see: the published materials by agenda item, with the paths to download each and all at once.
 * When the portal was reached with a signed link, the paths carry the same link token, so a browser can follow them.
 */
record PortalView(
        String planId,
        String title,
        @Nullable OffsetDateTime lastPublishedAt,
        List<SectionView> sections,
        String bundlePath) {

    static final String GENERAL = "Tài liệu chung";

    static PortalView of(Portal portal, String token) {
        String suffix = token == null ? "" : "?sig=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        String base = Portal.path(portal.planId());
        return new PortalView(
                portal.planId(),
                "Tài liệu hội nghị",
                portal.lastPublishedAt() == null ? null : VietnamTime.at(portal.lastPublishedAt()),
                portal.sections().stream()
                        .map(section -> SectionView.of(section, base, suffix))
                        .toList(),
                base + "/bundle.zip" + suffix);
    }

    /** {@code agendaItemId} null: the general materials; {@code heading} is what delegates read. */
    record SectionView(
            @Nullable String agendaItemId,
            @Nullable String number,
            String heading,
            @Nullable OffsetDateTime start,
            List<MaterialView> materials) {

        static SectionView of(PortalSection section, String base, String suffix) {
            var item = section.item();
            return new SectionView(
                    item == null ? null : item.itemId(),
                    item == null ? null : item.number(),
                    PortalView.heading(section),
                    item == null || item.start() == null ? null : VietnamTime.at(item.start()),
                    section.materials().stream()
                            .map(material -> MaterialView.of(material, base, suffix))
                            .toList());
        }
    }

    record MaterialView(
            String documentId,
            int version,
            String title,
            String kind,
            UnitRef owner,
            String fileName,
            String contentType,
            long size,
            String sha256,
            OffsetDateTime publishedAt,
            String downloadPath) {

        static MaterialView of(PublishedMaterial material, String base, String suffix) {
            return new MaterialView(
                    material.documentId(),
                    material.version(),
                    material.title(),
                    material.kind(),
                    material.owner(),
                    material.fileName(),
                    material.contentType(),
                    material.size(),
                    material.sha256(),
                    VietnamTime.at(material.publishedAt()),
                    base + "/documents/" + material.documentId() + "/content" + suffix);
        }
    }

    /** "3. Báo cáo tóm tắt kết quả…", the general materials, or "Mục <id>" for an item the agenda has not named. */
    static String heading(PortalSection section) {
        var item = section.item();
        if (item == null) {
            return GENERAL;
        }
        if (item.title() == null) {
            return "Mục " + item.itemId();
        }
        return item.number() == null ? item.title() : item.number() + ". " + item.title();
    }
}
