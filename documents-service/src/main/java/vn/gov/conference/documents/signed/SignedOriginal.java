package vn.gov.conference.documents.signed;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.gov.conference.contracts.plan.PlanSnapshot;
import vn.gov.conference.documents.content.StoredContent;
import vn.gov.conference.platform.events.AggregateRoot;

/**
 * The signed original of one approved plan: the PDF the office scanned or had digitally signed, kept with its
 * SHA-256. It exists from the plan's approval (learnt from plan-service's events) and takes a file when the office
 * uploads one; a later upload replaces the file (a better scan), each attachment announced with its checksum
 * ({@link Attached}, published as {@code SignedOriginalAttached} by {@link SignedOriginalContracts}).
 */
@Document("signed_originals")
public class SignedOriginal extends AggregateRoot<SignedOriginal.Attached> {

    /** A file was attached, replacing any before it; what it is, the original's state says. */
    record Attached(String by, Instant at) {}

    /** Where delegates and the other services fetch the file: under the portal, reached with the portal's link. */
    static final String CONTENT_PATH = "/api/plans/%s/portal/signed-original";

    @Id
    private String planId;

    private String province;
    private String documentNumber;
    private LocalDate issuedOn;
    private String title;
    private boolean cancelled;
    private String fileId;
    private String fileName;
    private long size;
    private String sha256;
    private Instant attachedAt;
    private String attachedBy;

    @Version
    private Long revision;

    private SignedOriginal() {}

    static SignedOriginal awaiting(PlanSnapshot plan) {
        SignedOriginal original = new SignedOriginal();
        original.planId = plan.planId();
        original.learn(plan);
        return original;
    }

    /** An approval or amendment says which number and date the signed paper bears. */
    void learn(PlanSnapshot plan) {
        province = plan.province() == null ? province : plan.province().code();
        documentNumber = plan.documentNumber();
        issuedOn = plan.issuedOn();
        title = plan.title();
    }

    void cancel() {
        cancelled = true;
    }

    /** Takes the stored file; the file it replaces, if any, is answered so that the caller deletes it. */
    String attach(StoredContent file, String by, Instant now) {
        String replaced = fileId;
        fileId = file.fileId();
        fileName = file.fileName();
        size = file.size();
        sha256 = file.sha256();
        attachedAt = now;
        attachedBy = by;
        raise(new Attached(by, now));
        return replaced;
    }

    boolean attached() {
        return fileId != null;
    }

    String contentPath() {
        return CONTENT_PATH.formatted(planId);
    }

    String planId() {
        return planId;
    }

    String province() {
        return province;
    }

    String documentNumber() {
        return documentNumber;
    }

    LocalDate issuedOn() {
        return issuedOn;
    }

    String title() {
        return title;
    }

    boolean cancelled() {
        return cancelled;
    }

    String fileId() {
        return fileId;
    }

    String fileName() {
        return fileName;
    }

    long size() {
        return size;
    }

    String sha256() {
        return sha256;
    }

    Instant attachedAt() {
        return attachedAt;
    }

    String attachedBy() {
        return attachedBy;
    }
}
