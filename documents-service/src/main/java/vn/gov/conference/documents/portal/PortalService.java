package vn.gov.conference.documents.portal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import vn.gov.conference.documents.audit.AuditEntry;
import vn.gov.conference.documents.audit.AuditLog;
import vn.gov.conference.documents.request.MaterialRequest;
import vn.gov.conference.documents.request.MaterialRequestService;
import vn.gov.conference.documents.request.Submission;
import vn.gov.conference.platform.security.Caller;
import vn.gov.conference.platform.security.SignedLinks;
import vn.gov.conference.platform.text.VietnameseText;
import vn.gov.conference.platform.web.ConflictException;
import vn.gov.conference.platform.web.ForbiddenException;
import vn.gov.conference.platform.web.InvalidInputException;
import vn.gov.conference.platform.web.NotFoundException;
import vn.gov.conference.platform.web.UnauthenticatedException;

/** Publication by the office and reading by delegates: the conference-documents portal ("tài liệu hội nghị"). */
@Service
public class PortalService {

    /** The purpose a portal link is signed for; its subject is the plan id. */
    public static final String LINK_PURPOSE = "portal";

    private static final int SAVE_ATTEMPTS = 3;

    private final Portals portals;
    private final MaterialRequestService requests;
    private final SignedLinks links;
    private final AuditLog audit;
    private final Clock clock;

    PortalService(Portals portals, MaterialRequestService requests, SignedLinks links, AuditLog audit, Clock clock) {
        this.portals = portals;
        this.requests = requests;
        this.links = links;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Publishes accepted materials of the plan, each under its agenda item, pinned to the accepted version. Only the
     * plan's own office publishes.
     */
    public Portal publish(String planId, List<Selection> selection, Caller caller) {
        String province = province(planId);
        PortalAccess.checkCanPublish(caller, province, planId);
        Instant now = clock.instant();
        List<PublishedMaterial> materials = new ArrayList<>();
        for (int index = 0; index < selection.size(); index++) {
            Selection selected = selection.get(index);
            String field = "documents[" + index + "].documentId";
            MaterialRequest request = requests.documentOfPlan(planId, selected.documentId())
                    .orElseThrow(() -> new InvalidInputException(
                            field,
                            "unknown-document",
                            "Document " + selected.documentId() + " is not a material of plan " + planId + "."));
            Submission accepted = request.acceptedSubmission()
                    .orElseThrow(() -> new ConflictException(
                            "not-accepted",
                            "Document " + selected.documentId()
                                    + " has no accepted version; only accepted materials are published."));
            materials.add(new PublishedMaterial(
                    request.documentId(),
                    request.id(),
                    accepted.version(),
                    accepted.fileId(),
                    accepted.fileName(),
                    accepted.contentType(),
                    accepted.size(),
                    accepted.sha256(),
                    request.title(),
                    request.kind().name(),
                    request.owner(),
                    VietnameseText.nfcOrNull(selected.agendaItemId()),
                    now));
        }
        for (int attempt = 1; ; attempt++) {
            Portal portal = portals.findById(planId).orElseGet(() -> Portal.of(planId, province));
            portal.publish(materials, now);
            try {
                return portals.save(portal);
            } catch (OptimisticLockingFailureException ex) {
                // The agenda consumer saved the portal meanwhile; publishing again on top of it is safe.
                if (attempt == SAVE_ATTEMPTS) {
                    throw ex;
                }
            }
        }
    }

    /**
     * Who reads: a valid signed link for this plan, or a signed-in caller of the plan's province or CENTRAL. A link
     * is checked first, so a delegate's link works whatever else the request carries.
     */
    public PortalAccess authorise(String planId, String token, Caller caller) {
        if (token != null && !token.isBlank()) {
            if (!links.verify(LINK_PURPOSE, planId, token, clock.instant())) {
                throw new ForbiddenException(
                        "invalid-link", "This portal link is not valid for plan " + planId + " or has expired.");
            }
            return new PortalAccess.SignedLink(token);
        }
        if (caller == null) {
            throw new UnauthenticatedException();
        }
        PortalAccess.checkCanRead(caller, province(planId), planId);
        return new PortalAccess.SignedIn(caller);
    }

    /** What delegates see; before anything is published, an empty portal. */
    public Portal portal(String planId) {
        return portals.findById(planId).orElseGet(() -> Portal.of(planId, province(planId)));
    }

    public PublishedMaterial material(String planId, String documentId) {
        return portal(planId)
                .material(documentId)
                .orElseThrow(() -> new NotFoundException("Published document " + documentId));
    }

    /** Keeps the agenda's items, numbers and order for grouping; the portal may exist before anything is published. */
    public void agendaPublished(String planId, String province, int revision, List<AgendaEntry> items) {
        Portal portal = portals.findById(planId).orElseGet(() -> Portal.of(planId, province));
        if (portal.learnAgenda(revision, items)) {
            portals.save(portal);
        }
    }

    /** Records a delegate's or a signed-in caller's download of one material in the audit log. */
    public void recordDownload(PortalAccess access, String planId, PublishedMaterial material, String range) {
        audit.record(entry(
                access,
                planId,
                AuditEntry.Action.PORTAL_DOWNLOAD,
                material.requestId(),
                material.documentId(),
                material.version(),
                material.fileName(),
                material.size(),
                material.sha256(),
                range == null ? AuditEntry.OK : "ok " + range));
    }

    /** Records a download of the whole bundle, before it streams: its size is that of the materials in it. */
    public void recordBundle(PortalAccess access, Portal portal) {
        long size =
                portal.materials().stream().mapToLong(PublishedMaterial::size).sum();
        audit.record(entry(
                access,
                portal.planId(),
                AuditEntry.Action.BUNDLE_DOWNLOAD,
                null,
                null,
                null,
                "Tài liệu hội nghị.zip",
                size,
                null,
                AuditEntry.OK));
    }

    private AuditEntry entry(
            PortalAccess access,
            String planId,
            AuditEntry.Action action,
            String requestId,
            String documentId,
            Integer version,
            String fileName,
            long size,
            String sha256,
            String outcome) {
        Caller caller = access instanceof PortalAccess.SignedIn(Caller signedIn) ? signedIn : null;
        return new AuditEntry(
                null,
                clock.instant(),
                action,
                caller == null ? "signed-link" : caller.subject(),
                caller == null ? "DELEGATE" : caller.role().name(),
                caller == null ? null : caller.unit(),
                portal(planId).province(),
                planId,
                requestId,
                documentId,
                version,
                fileName,
                size,
                sha256,
                outcome);
    }

    private String province(String planId) {
        return portals.findById(planId)
                .map(Portal::province)
                .or(() -> requests.provinceOf(planId))
                .orElseThrow(() -> new NotFoundException("Plan " + planId));
    }
}
