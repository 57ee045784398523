package vn.gov.conference.documents.request;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import vn.gov.conference.contracts.plan.PlanSnapshot;
import vn.gov.conference.documents.audit.AuditEntry;
import vn.gov.conference.documents.audit.AuditLog;
import vn.gov.conference.documents.content.ContentStore;
import vn.gov.conference.documents.content.StoredContent;
import vn.gov.conference.documents.content.UploadClaim;
import vn.gov.conference.platform.security.Caller;
import vn.gov.conference.platform.web.ConflictException;
import vn.gov.conference.platform.web.NotFoundException;

/**
 * The material requests' use cases: opening them from approved plans, submissions, review and the chain, the overdue
 * rule. Each use case changes one request and saves it with its events in one write; where one change leads to
 * another (an accepted step opens the next), the second is retried by {@link #openStepsWhosePreviousStepIsAccepted}
 * if the process stops in between.
 */
@Service
public class MaterialRequestService {

    private static final Logger log = LoggerFactory.getLogger(MaterialRequestService.class);
    private static final int SAVE_ATTEMPTS = 3;

    static final String CANCELLED = "Kế hoạch đã bị hủy";
    static final String WITHDRAWN = "Kế hoạch điều chỉnh không còn yêu cầu tài liệu này";

    private final MaterialRequests requests;
    private final ContentStore store;
    private final AuditLog audit;
    private final Clock clock;

    MaterialRequestService(MaterialRequests requests, ContentStore store, AuditLog audit, Clock clock) {
        this.requests = requests;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Opens a request for every deliverable of the plan's assignments, or brings those opened before in line with
     * the plan as it now stands. With {@code withdrawOthers} (an amendment), requests the plan no longer calls for
     * are closed. Idempotent: the same plan twice changes nothing the second time.
     */
    public void planApprovedOrAmended(PlanSnapshot plan, boolean withdrawOthers) {
        Instant now = clock.instant();
        String province = plan.province() == null ? null : plan.province().code();
        Map<String, MaterialRequest> existing = requests.findByPlanId(plan.planId()).stream()
                .collect(Collectors.toMap(MaterialRequest::id, request -> request));
        Set<String> planned = new HashSet<>();
        for (PlannedRequest wanted : PlannedRequest.of(plan)) {
            String id = wanted.id(plan.planId()).value();
            planned.add(id);
            MaterialRequest request = existing.get(id);
            if (request == null) {
                save(MaterialRequest.create(
                        plan.planId(),
                        province,
                        wanted.assignmentId(),
                        wanted.deliverableIndex(),
                        wanted.terms(),
                        wanted.waitsForPreviousStep(),
                        now));
                continue;
            }
            boolean changed = request.revise(wanted.terms(), now);
            if (!wanted.waitsForPreviousStep()) {
                changed |= request.open(null, now);
            }
            if (changed) {
                save(request);
            }
        }
        if (withdrawOthers) {
            existing.values().stream()
                    .filter(request -> !planned.contains(request.id()))
                    .filter(request -> request.close(WITHDRAWN))
                    .forEach(this::save);
        }
    }

    /** The plan was cancelled: nothing more is asked of anyone; accepted materials stay on record. */
    public void planCancelled(String planId) {
        requests.findByPlanId(planId).stream()
                .filter(request -> request.close(CANCELLED))
                .forEach(this::save);
    }

    /** The requests of a plan the caller may see, by deadline. */
    public List<MaterialRequest> ofPlan(String planId, Caller caller) {
        List<MaterialRequest> all = requests.findByPlanId(planId);
        if (!all.isEmpty()) {
            MaterialAccess.checkCanReadPlan(caller, all.getFirst().province(), planId);
        }
        return all.stream()
                .filter(request -> MaterialAccess.canSee(caller, request))
                .sorted(Comparator.comparing(MaterialRequest::deadline, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(MaterialRequest::assignmentId)
                        .thenComparing(MaterialRequest::deliverableIndex)
                        .thenComparing(MaterialRequest::id))
                .toList();
    }

    public MaterialRequest get(String requestId, Caller caller) {
        MaterialRequest request = find(requestId);
        MaterialAccess.checkCanRead(caller, request);
        return request;
    }

    /** The request holding document {@code documentId}, if the caller may see it. */
    public MaterialRequest byDocument(String documentId, Caller caller) {
        MaterialRequest request = requests.findByDocumentId(documentId)
                .orElseThrow(() -> new NotFoundException("Document " + documentId));
        MaterialAccess.checkCanReadDocument(caller, request, documentId);
        return request;
    }

    /**
     * A version of a document for download ({@code version} null: the latest), recorded in the audit log with the
     * range asked for, if any.
     */
    public Download download(String documentId, Integer version, String range, Caller caller) {
        MaterialRequest request = byDocument(documentId, caller);
        Submission submission = (version == null ? request.latest() : request.submission(version))
                .orElseThrow(() -> new NotFoundException("Version " + version + " of document " + documentId));
        audit.record(new AuditEntry(
                null,
                clock.instant(),
                AuditEntry.Action.DOWNLOAD,
                caller.subject(),
                caller.role().name(),
                caller.unit(),
                request.province(),
                request.planId(),
                request.id(),
                documentId,
                submission.version(),
                submission.fileName(),
                submission.size(),
                submission.sha256(),
                range == null ? AuditEntry.OK : "ok " + range));
        return new Download(request, submission);
    }

    /** The province a plan belongs to, as far as its material requests tell. */
    public Optional<String> provinceOf(String planId) {
        return requests.findByPlanId(planId).stream()
                .map(MaterialRequest::province)
                .findFirst();
    }

    /** Document {@code documentId} if it is a material of plan {@code planId}; no access check. */
    public Optional<MaterialRequest> documentOfPlan(String planId, String documentId) {
        return requests.findByDocumentId(documentId)
                .filter(request -> request.planId().equals(planId));
    }

    /**
     * Streams an upload into storage and records it as the request's next version. The request is checked before
     * a byte is stored; if recording then fails (the request was accepted or closed meanwhile), the stored file is
     * deleted at once. Every attempt, refused or not, is in the audit log.
     */
    public Submitted submit(String requestId, Caller caller, InputStream content, UploadClaim claim) {
        MaterialRequest request = find(requestId);
        MaterialAccess.checkCanSubmit(caller, request);
        if (!request.status().takesSubmissions()) {
            throw conflict(request);
        }
        StoredContent stored;
        try {
            stored = store.store(
                    content,
                    claim,
                    Map.of("planId", request.planId(), "requestId", request.id(), "submittedBy", caller.subject()));
        } catch (RuntimeException ex) {
            audit.record(uploadEntry(caller, request, null, null, claim.fileName(), "refused: " + ex.getMessage()));
            throw ex;
        }
        try {
            Submitted submitted = record(request, stored, caller);
            audit.record(uploadEntry(
                    caller,
                    submitted.request(),
                    submitted.submission().version(),
                    stored,
                    stored.fileName(),
                    AuditEntry.OK));
            return submitted;
        } catch (RuntimeException ex) {
            store.delete(stored.fileId());
            audit.record(uploadEntry(caller, request, null, stored, stored.fileName(), "refused: " + ex.getMessage()));
            throw ex;
        }
    }

    /**
     * Records an upload refused before its body was read (its declared length is over the limit), once the caller
     * is known to be one who may submit: the refusal is then about the size, not about who asks.
     */
    public void uploadRefusedUnread(String requestId, Caller caller, String reason) {
        MaterialRequest request = find(requestId);
        MaterialAccess.checkCanSubmit(caller, request);
        audit.record(uploadEntry(caller, request, null, null, null, "refused: " + reason));
    }

    /**
     * Adds the stored file to the request as read before the upload: the save is conditional on the revision read
     * then, so a change made meanwhile is not overwritten; the request is then read again and the version added anew.
     */
    private Submitted record(MaterialRequest loaded, StoredContent stored, Caller caller) {
        MaterialRequest request = loaded;
        for (int attempt = 1; ; attempt++) {
            try {
                Submission submission = request.submit(stored, caller.subject(), clock.instant());
                return new Submitted(save(request), submission);
            } catch (RequestStateException ex) {
                throw conflict(request);
            } catch (OptimisticLockingFailureException ex) {
                if (attempt == SAVE_ATTEMPTS) {
                    throw ex;
                }
                request = find(loaded.id());
            }
        }
    }

    /** Accepts the version under review; the chain's next step opens. */
    public MaterialRequest accept(String requestId, Caller caller) {
        MaterialRequest request = find(requestId);
        MaterialAccess.checkCanReview(caller, request);
        try {
            request.accept(caller.subject(), clock.instant());
        } catch (RequestStateException ex) {
            throw conflict(request);
        }
        MaterialRequest accepted = save(request);
        openNextSteps(accepted);
        return accepted;
    }

    public MaterialRequest returnForRevision(String requestId, String comment, Caller caller) {
        MaterialRequest request = find(requestId);
        MaterialAccess.checkCanReview(caller, request);
        try {
            request.returnForRevision(comment, caller.subject(), clock.instant());
        } catch (RequestStateException ex) {
            throw conflict(request);
        }
        return save(request);
    }

    /** Raises MaterialOverdue for every request whose deadline passed with the material still owed; once each. */
    public int raiseOverdue() {
        Instant now = clock.instant();
        int raised = 0;
        for (MaterialRequest request : requests.findByStatusInAndDeadlineLessThanEqualAndOverdueRaisedAtIsNull(
                EnumSet.of(RequestStatus.OPEN, RequestStatus.RETURNED), now)) {
            if (request.raiseOverdueIfDue(now) && trySave(request)) {
                raised++;
            }
        }
        return raised;
    }

    /**
     * Opens waiting steps whose previous step is accepted but that did not open (the process stopped between the
     * acceptance and the opening). Normally finds nothing.
     */
    public int openStepsWhosePreviousStepIsAccepted() {
        int opened = 0;
        for (MaterialRequest waiting : requests.findByStatus(RequestStatus.WAITING)) {
            Optional<MaterialRequest> previous = requests.findByPlanId(waiting.planId()).stream()
                    .filter(request -> waiting.assignmentId().equals(request.nextAssignmentId()))
                    .filter(request -> request.status() == RequestStatus.ACCEPTED)
                    .findFirst();
            if (previous.isPresent() && waiting.open(previous.get().id(), clock.instant()) && trySave(waiting)) {
                opened++;
            }
        }
        return opened;
    }

    /** Of the given stored files, those a submission records: the rest are orphans of failed uploads. */
    public Set<String> recordedFiles(Set<String> fileIds) {
        Set<String> recorded = new HashSet<>();
        requests.findBySubmissionsFileIdIn(fileIds)
                .forEach(request -> request.submissions().stream()
                        .map(Submission::fileId)
                        .filter(fileIds::contains)
                        .forEach(recorded::add));
        return recorded;
    }

    /** Every step the accepted request leads to opens; the first accepted predecessor is the one it names. */
    private void openNextSteps(MaterialRequest accepted) {
        if (accepted.nextAssignmentId() == null) {
            return;
        }
        for (MaterialRequest next :
                requests.findByPlanIdAndAssignmentId(accepted.planId(), accepted.nextAssignmentId())) {
            if (next.open(accepted.id(), clock.instant()) && !trySave(next)) {
                log.warn("Next step {} of {} not opened now; the sweeper opens it", next.id(), accepted.id());
            }
        }
    }

    private MaterialRequest find(String requestId) {
        return requests.findById(requestId).orElseThrow(() -> new NotFoundException("Material request " + requestId));
    }

    private MaterialRequest save(MaterialRequest request) {
        return requests.save(request);
    }

    private boolean trySave(MaterialRequest request) {
        try {
            save(request);
            return true;
        } catch (OptimisticLockingFailureException ex) {
            return false;
        }
    }

    private static ConflictException conflict(MaterialRequest request) {
        return new ConflictException(
                "request-" + request.status().name().toLowerCase(Locale.ROOT),
                switch (request.status()) {
                    case WAITING ->
                        "Material request " + request.id() + " opens when the previous step of its chain is accepted.";
                    case ACCEPTED -> "Material request " + request.id() + " was already accepted.";
                    case CLOSED -> "Material request " + request.id() + " is closed: " + request.closedReason() + ".";
                    case OPEN, RETURNED -> "Material request " + request.id() + " has no version under review.";
                    case SUBMITTED -> "Material request " + request.id() + " is under review.";
                });
    }

    private AuditEntry uploadEntry(
            Caller caller,
            MaterialRequest request,
            Integer version,
            StoredContent stored,
            String fileName,
            String outcome) {
        return new AuditEntry(
                null,
                clock.instant(),
                AuditEntry.Action.UPLOAD,
                caller.subject(),
                caller.role().name(),
                caller.unit(),
                request.province(),
                request.planId(),
                request.id(),
                request.documentId(),
                version,
                fileName,
                stored == null ? null : stored.size(),
                stored == null ? null : stored.sha256(),
                outcome);
    }

    public record Download(MaterialRequest request, Submission submission) {}

    /** A version just recorded, with the request as saved. */
    public record Submitted(MaterialRequest request, Submission submission) {}
}
