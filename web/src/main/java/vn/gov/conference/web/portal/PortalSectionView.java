package vn.gov.conference.web.portal;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import vn.gov.conference.web.WebProperties;
import vn.gov.conference.web.api.Portal;

/** A section of the portal as the page lists it: each document with its type in words and whether it is new. */
record PortalSectionView(String heading, Portal.Section section, List<Item> items) {

    record Item(Portal.Material material, String type, String url, boolean fresh) {}

    static PortalSectionView of(Portal.Section section, Instant since, WebProperties properties) {
        List<Item> items = section.materials().stream()
                .map(material -> new Item(
                        material,
                        type(material.contentType(), material.fileName()),
                        properties.publicLink(material.downloadPath()),
                        since != null
                                && material.publishedAt() != null
                                && material.publishedAt().toInstant().isAfter(since)))
                .toList();
        return new PortalSectionView(section.heading(), section, items);
    }

    long newCount() {
        return items.stream().filter(Item::fresh).count();
    }

    /** "PDF", "Word", "Excel", "PowerPoint", else the file's extension. */
    static String type(String contentType, String fileName) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (type.contains("pdf")) {
            return "PDF";
        }
        if (type.contains("wordprocessing") || type.contains("msword")) {
            return "Word";
        }
        if (type.contains("spreadsheet") || type.contains("excel")) {
            return "Excel";
        }
        if (type.contains("presentation") || type.contains("powerpoint")) {
            return "PowerPoint";
        }
        if (fileName != null && fileName.lastIndexOf('.') > 0) {
            return fileName.substring(fileName.lastIndexOf('.') + 1).toUpperCase(Locale.ROOT);
        }
        return "Tệp";
    }
}
