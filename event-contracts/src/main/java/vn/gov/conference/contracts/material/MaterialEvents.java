package vn.gov.conference.contracts.material;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import vn.gov.conference.contracts.UnitRef;

/** Payloads published by documents-service on {@link vn.gov.conference.contracts.Topics#MATERIAL}. */
public final class MaterialEvents {

    private MaterialEvents() {}

    public record MaterialRequested(
            String planId,
            String requestId,
            String assignmentId,
            UnitRef owner,
            UnitRef recipient,
            String kind,
            String title,
            OffsetDateTime deadline,
            String previousRequestId) {}

    public record MaterialSubmitted(
            String planId,
            String requestId,
            UnitRef owner,
            UnitRef recipient,
            String documentId,
            int version,
            String fileName,
            long size,
            String sha256,
            boolean late,
            OffsetDateTime submittedAt) {}

    public record MaterialAccepted(
            String planId, String requestId, UnitRef owner, String documentId, OffsetDateTime acceptedAt) {}

    public record MaterialReturned(
            String planId,
            String requestId,
            UnitRef owner,
            String documentId,
            String comment,
            OffsetDateTime returnedAt) {}

    public record MaterialOverdue(
            String planId, String requestId, UnitRef owner, UnitRef recipient, OffsetDateTime deadline) {}

    public record MaterialsPublished(
            String planId, List<String> documentIds, String portalPath, OffsetDateTime publishedAt) {}

    /**
     * The office attached the signed original of an approved plan (the scanned or digitally signed PDF): where to
     * fetch it ({@code contentPath}, under the public API), its SHA-256 and size, and the number and date it bears.
     * Invitations of a plan that replaces the invitation letter carry it.
     */
    public record SignedOriginalAttached(
            String planId,
            String documentNumber,
            LocalDate issuedOn,
            String fileName,
            long size,
            String sha256,
            String contentPath,
            OffsetDateTime attachedAt,
            String attachedBy) {}
}
