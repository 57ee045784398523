package vn.gov.conference.documents.signed;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.lang.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.conference.documents.content.Downloads;
import vn.gov.conference.documents.request.web.StreamedUpload;
import vn.gov.conference.platform.security.Caller;
import vn.gov.conference.platform.web.InvalidInputException;

/**
 * {@code /api/plans/{id}/signed-original}: the office uploads the signed PDF of an approved plan; the plan's readers
 * fetch it; delegates fetch it under the portal with the portal's signed link.
 */
@RestController
@Tag(name = "Signed originals", description = "Bản gốc đã ký: the signed PDF of an approved plan, with its SHA-256")
class SignedOriginalController {

    /** Room for the multipart boundaries and part headers around the file itself. */
    private static final long MULTIPART_OVERHEAD = 64 * 1024;

    private final SignedOriginalService originals;

    SignedOriginalController(SignedOriginalService originals) {
        this.originals = originals;
    }

    @PostMapping("/api/plans/{planId}/signed-original")
    @Operation(
            summary = "Attach the signed PDF of an approved plan (OFFICE of its province), multipart part 'file'; "
                    + "a later upload replaces it")
    @ApiResponse(responseCode = "201", description = "Stored with its SHA-256", useReturnTypeSchema = true)
    ResponseEntity<SignedOriginalView> attach(@PathVariable String planId, Caller caller, HttpServletRequest http) {
        if (http.getContentLengthLong() > originals.maxSize() + MULTIPART_OVERHEAD) {
            throw new InvalidInputException(
                    HttpStatus.CONTENT_TOO_LARGE,
                    "file",
                    "too-large",
                    "A signed original may be at most " + originals.maxSize() + " bytes.");
        }
        SignedOriginal attached =
                StreamedUpload.read(http, "file", (content, claim) -> originals.attach(planId, caller, content, claim));
        return ResponseEntity.created(URI.create("/api/plans/" + planId + "/signed-original"))
                .body(SignedOriginalView.of(attached));
    }

    @GetMapping("/api/plans/{planId}/signed-original")
    @Operation(summary = "The plan's signed original: number, date, file name, size and SHA-256")
    SignedOriginalView get(@PathVariable String planId, Caller caller) {
        return SignedOriginalView.of(originals.get(planId, caller));
    }

    @GetMapping("/api/plans/{planId}/signed-original/content")
    @Operation(summary = "The signed PDF (ETag: its SHA-256; Range supported)")
    ResponseEntity<Resource> content(@PathVariable String planId, Caller caller) {
        return download(originals.get(planId, caller));
    }

    @GetMapping("/api/plans/{planId}/portal/signed-original")
    @Operation(summary = "The signed PDF for delegates, with the portal's signed link (?sig=…) or a token")
    ResponseEntity<Resource> portalContent(
            @PathVariable String planId,
            @Parameter(description = "the signed portal link token") @RequestParam(name = "sig", required = false)
                    String token,
            @Nullable Caller caller) {
        return download(originals.forPortal(planId, token, caller));
    }

    private ResponseEntity<Resource> download(SignedOriginal original) {
        return Downloads.of(
                originals.store(),
                original.fileId(),
                original.fileName(),
                "application/pdf",
                original.size(),
                original.sha256());
    }
}
