package vn.gov.conference.documents.portal;

import java.time.Instant;
import vn.gov.conference.contracts.UnitRef;

/**
 * A material delegates can read: one pinned version of a document, shown under an agenda item ({@code agendaItemId}
 * null: the general materials of the conference).
 */
public record PublishedMaterial(
        String documentId,
        String requestId,
        int version,
        String fileId,
        String fileName,
        String contentType,
        long size,
        String sha256,
        String title,
        String kind,
        UnitRef owner,
        String agendaItemId,
        Instant publishedAt) {}
