package vn.gov.conference.documents.signed;

import java.io.InputStream;
import java.time.Clock;
import java.util.Map;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import vn.gov.conference.contracts.plan.PlanSnapshot;
import vn.gov.conference.documents.content.ChunkBuffers;
import vn.gov.conference.documents.content.ContentProperties;
import vn.gov.conference.documents.content.ContentStore;
import vn.gov.conference.documents.content.MaterialFormat;
import vn.gov.conference.documents.content.StoredContent;
import vn.gov.conference.documents.content.UploadClaim;
import vn.gov.conference.platform.security.Caller;
import vn.gov.conference.platform.security.SignedLinks;
import vn.gov.conference.platform.web.ConflictException;
import vn.gov.conference.platform.web.ForbiddenException;
import vn.gov.conference.platform.web.InvalidInputException;
import vn.gov.conference.platform.web.NotFoundException;
import vn.gov.conference.platform.web.UnauthenticatedException;

/**
 * The signed originals: learnt from plan approvals, uploaded by the plan's office (a PDF only, streamed to its own
 * GridFS bucket with its SHA-256), read by whoever reads the plan and by delegates holding the portal link.
 */
@Service
public class SignedOriginalService {

    /** The purpose of the delegates' portal link, which also opens the signed original. */
    private static final String PORTAL_LINK = "portal";

    private static final String BUCKET = "signed_originals";

    private final SignedOriginals originals;
    private final ContentStore store;
    private final SignedLinks links;
    private final Clock clock;

    /**
     * The files go to a bucket of their own: the materials' sweeper deletes what no submission records, and a
     * signed original is none.
     */
    SignedOriginalService(
            SignedOriginals originals,
            MongoDatabaseFactory databases,
            ContentProperties content,
            ChunkBuffers buffers,
            SignedLinks links,
            Clock clock) {
        this.originals = originals;
        this.store = new ContentStore(
                databases.getMongoDatabase(), BUCKET, content.maxSize().toBytes(), buffers);
        this.links = links;
        this.clock = clock;
    }

    public void planApproved(PlanSnapshot plan) {
        SignedOriginal original = originals.findById(plan.planId()).orElseGet(() -> SignedOriginal.awaiting(plan));
        original.learn(plan);
        originals.save(original);
    }

    public void planCancelled(String planId) {
        originals.findById(planId).ifPresent(original -> {
            original.cancel();
            originals.save(original);
        });
    }

    long maxSize() {
        return store.maxSize();
    }

    /** The office of the plan's province attaches the signed PDF of an approved plan. */
    SignedOriginal attach(String planId, Caller caller, InputStream content, UploadClaim claim) {
        SignedOriginal original = originals
                .findById(planId)
                .orElseThrow(() -> new ConflictException(
                        "not-approved",
                        "Plan " + planId
                                + " has no approval yet: the signed original is attached once it is approved."));
        SignedOriginalAccess.checkCanAttach(caller, original);
        if (original.cancelled()) {
            throw new ConflictException("cancelled", "Plan " + planId + " was cancelled.");
        }
        StoredContent stored = store.store(content, claim, Map.of("planId", planId, "kind", "signed-original"));
        if (stored.format() != MaterialFormat.PDF) {
            store.delete(stored.fileId());
            throw new InvalidInputException(
                    HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "file",
                    "pdf-only",
                    "The signed original is a PDF; this file is "
                            + stored.format().mediaType() + ".");
        }
        String replaced = original.attach(stored, caller.subject(), clock.instant());
        originals.save(original);
        if (replaced != null) {
            store.delete(replaced);
        }
        return original;
    }

    /** The attached original, for a caller who reads the plan. */
    SignedOriginal get(String planId, Caller caller) {
        SignedOriginal original = originals.findById(planId).orElseThrow(() -> notFound(planId));
        SignedOriginalAccess.checkCanRead(caller, original);
        if (!original.attached()) {
            throw notFound(planId);
        }
        return original;
    }

    /** The attached original, for the portal link of the plan's delegates or a caller who reads the plan. */
    SignedOriginal forPortal(String planId, String token, Caller caller) {
        if (token != null && !token.isBlank()) {
            if (!links.verify(PORTAL_LINK, planId, token, clock.instant())) {
                throw new ForbiddenException(
                        "invalid-link", "This link is not valid for plan " + planId + " or has expired.");
            }
            return originals.findById(planId).filter(SignedOriginal::attached).orElseThrow(() -> notFound(planId));
        }
        if (caller == null) {
            throw new UnauthenticatedException();
        }
        return get(planId, caller);
    }

    ContentStore store() {
        return store;
    }

    private static NotFoundException notFound(String planId) {
        return new NotFoundException("The signed original of plan " + planId);
    }
}
