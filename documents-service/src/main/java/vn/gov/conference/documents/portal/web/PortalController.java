package vn.gov.conference.documents.portal.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.conference.documents.content.ContentDispositions;
import vn.gov.conference.documents.content.ContentStore;
import vn.gov.conference.documents.content.Downloads;
import vn.gov.conference.documents.portal.Portal;
import vn.gov.conference.documents.portal.PortalAccess;
import vn.gov.conference.documents.portal.PortalService;
import vn.gov.conference.documents.portal.PublishedMaterial;
import vn.gov.conference.documents.portal.Selection;
import vn.gov.conference.platform.security.Caller;

@RestController
@Tag(name = "Portal", description = "Publication by the office and the delegates' conference-documents portal")
class PortalController {

    private final PortalService portals;
    private final ContentStore store;

    PortalController(PortalService portals, ContentStore store) {
        this.portals = portals;
        this.store = store;
    }

    @PostMapping("/api/plans/{planId}/publications")
    @Operation(
            summary = "Publish accepted materials for delegates, each under an agenda item (the plan's office)",
            description = "Publishing a document again moves it or updates it to its newest accepted version.")
    @ApiResponse(responseCode = "201", description = "Published: Location names the portal", useReturnTypeSchema = true)
    ResponseEntity<PortalView> publish(
            @PathVariable String planId, @Valid @RequestBody PublicationRequest body, Caller caller) {
        Portal portal = portals.publish(
                planId,
                body.documents().stream()
                        .map(item -> new Selection(item.documentId(), item.agendaItemId()))
                        .toList(),
                caller);
        return ResponseEntity.created(URI.create(Portal.path(planId))).body(PortalView.of(portal, null));
    }

    @GetMapping("/api/plans/{planId}/portal")
    @Operation(
            summary = "What delegates see: the published materials by agenda item",
            description = "Reached with the signed link of the delegates' email (?sig=…), or by any signed-in "
                    + "caller of the plan's province, or CENTRAL.")
    PortalView portal(
            @PathVariable String planId,
            @Parameter(description = "the signed portal link token") @RequestParam(name = "sig", required = false)
                    String token,
            @Nullable Caller caller) {
        PortalAccess access = portals.authorise(planId, token, caller);
        return PortalView.of(portals.portal(planId), access instanceof PortalAccess.SignedLink ? token : null);
    }

    @GetMapping("/api/plans/{planId}/portal/documents/{documentId}/content")
    @Operation(summary = "Download a published material (Range requests supported)")
    ResponseEntity<Resource> content(
            @PathVariable String planId,
            @PathVariable String documentId,
            @RequestParam(name = "sig", required = false) String token,
            @RequestHeader(name = HttpHeaders.RANGE, required = false) String range,
            @Nullable Caller caller) {
        PortalAccess access = portals.authorise(planId, token, caller);
        PublishedMaterial material = portals.material(planId, documentId);
        portals.recordDownload(access, planId, material, range);
        return Downloads.of(
                store,
                material.fileId(),
                material.fileName(),
                material.contentType(),
                material.size(),
                material.sha256());
    }

    @GetMapping(path = "/api/plans/{planId}/portal/bundle.zip", produces = "application/zip")
    @Operation(summary = "Every published material in one zip, streamed, a folder per agenda item")
    void bundle(
            @PathVariable String planId,
            @RequestParam(name = "sig", required = false) String token,
            @Nullable Caller caller,
            HttpServletResponse response)
            throws IOException {
        PortalAccess access = portals.authorise(planId, token, caller);
        Portal portal = portals.portal(planId);
        response.setContentType("application/zip");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDispositions.attachment("Tài liệu hội nghị.zip"));
        response.setHeader("X-Content-Type-Options", "nosniff");
        portals.recordBundle(access, portal);
        BundleWriter.write(portal.sections(), store, response.getOutputStream());
    }
}
