package vn.gov.conference.documents.audit;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One upload or download, successful or refused: who ({@code actor}: a client id, or "signed-link" for a delegate),
 * in which role and unit, what (plan, request, document, version, file name, bytes, SHA-256) and how it ended.
 */
@Document("audit_log")
public record AuditEntry(
        @Id String id,
        Instant at,
        Action action,
        String actor,
        String role,
        String unit,
        String province,
        String planId,
        String requestId,
        String documentId,
        Integer version,
        String fileName,
        Long size,
        String sha256,
        String outcome) {

    public enum Action {
        UPLOAD,
        DOWNLOAD,
        PORTAL_DOWNLOAD,
        BUNDLE_DOWNLOAD
    }

    public static final String OK = "ok";
}
