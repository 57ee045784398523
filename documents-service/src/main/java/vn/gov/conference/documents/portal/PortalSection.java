package vn.gov.conference.documents.portal;

import java.util.List;

/**
 * The materials of one agenda item. {@code item} is null for the general materials; for an item the agenda never
 * named it carries only the id.
 */
public record PortalSection(AgendaEntry item, List<PublishedMaterial> materials) {}
