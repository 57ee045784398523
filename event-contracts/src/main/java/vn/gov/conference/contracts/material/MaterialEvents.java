package vn.gov.conference.contracts.material;

import java.time.OffsetDateTime;
import java.util.List;

import vn.gov.conference.contracts.UnitRef;

/** Payloads published by documents-service on {@link vn.gov.conference.contracts.Topics#MATERIAL}. */
public final class MaterialEvents {

    private MaterialEvents() {
    }

    public record MaterialRequested(String planId, String requestId, String assignmentId, UnitRef owner,
                                    UnitRef recipient, String kind, String title, OffsetDateTime deadline,
                                    String previousRequestId) {
    }

    public record MaterialSubmitted(String planId, String requestId, UnitRef owner, UnitRef recipient,
                                    String documentId, int version, String fileName, long size, String sha256,
                                    boolean late, OffsetDateTime submittedAt) {
    }

    public record MaterialAccepted(String planId, String requestId, UnitRef owner, String documentId,
                                   OffsetDateTime acceptedAt) {
    }

    public record MaterialReturned(String planId, String requestId, UnitRef owner, String documentId,
                                   String comment, OffsetDateTime returnedAt) {
    }

    public record MaterialOverdue(String planId, String requestId, UnitRef owner, UnitRef recipient,
                                  OffsetDateTime deadline) {
    }

    public record MaterialsPublished(String planId, List<String> documentIds, String portalPath,
                                     OffsetDateTime publishedAt) {
    }
}
