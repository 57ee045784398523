package vn.gov.conference.documents.request.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Encoding;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.conference.documents.content.ContentStore;
import vn.gov.conference.documents.request.MaterialRequestService;
import vn.gov.conference.documents.request.MaterialRequestService.Submitted;
import vn.gov.conference.platform.paging.Page;
import vn.gov.conference.platform.paging.Paging;
import vn.gov.conference.platform.security.Caller;
import vn.gov.conference.platform.web.InvalidInputException;

@RestController
@Tag(name = "Material requests", description = "What departments owe for a plan, their submissions and the review")
class MaterialRequestController {

    /** Room for the multipart boundaries and part headers around the file itself. */
    private static final long MULTIPART_OVERHEAD = 64 * 1024;

    private final MaterialRequestService requests;
    private final ContentStore store;
    private final Clock clock;

    MaterialRequestController(MaterialRequestService requests, ContentStore store, Clock clock) {
        this.requests = requests;
        this.store = store;
        this.clock = clock;
    }

    @GetMapping("/api/plans/{planId}/material-requests")
    @Operation(
            summary = "The plan's material requests the caller may see, by deadline, a page at a time",
            description = "A department sees those it owns and those addressed to it; the office and the approver "
                    + "see their province's; CENTRAL sees all.")
    Page<MaterialRequestView> ofPlan(
            @PathVariable String planId,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = Paging.DEFAULT_SIZE_TEXT) int size,
            Caller caller) {
        Paging paging = Paging.of(page, size);
        Instant now = clock.instant();
        return Page.of(requests.ofPlan(planId, caller), paging).map(request -> MaterialRequestView.of(request, now));
    }

    @GetMapping("/api/material-requests/{id}")
    @Operation(summary = "One material request")
    MaterialRequestView get(@PathVariable String id, Caller caller) {
        return MaterialRequestView.of(requests.get(id, caller), clock.instant());
    }

    @PostMapping(path = "/api/material-requests/{id}/submissions", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Submit a file as the request's next version (the owner unit only)",
            description = "multipart/form-data with the file in part 'file'. The file is streamed to storage; its "
                    + "type is recognised from its bytes (PDF, DOCX, XLSX, PPTX, ODT/ODS/ODP, PNG, JPEG, GIF, WebP) "
                    + "and a contradicting declared type or extension is refused with 415. Over the size limit: 413. "
                    + "A submission at or after the deadline is marked late.",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content =
                                    @Content(
                                            mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
                                            schema = @Schema(implementation = UploadForm.class),
                                            encoding =
                                                    @Encoding(
                                                            name = "file",
                                                            contentType = "application/octet-stream"))))
    @ApiResponse(
            responseCode = "201",
            description = "Stored with its SHA-256: Location names the document",
            useReturnTypeSchema = true)
    ResponseEntity<SubmissionView> submit(@PathVariable String id, Caller caller, HttpServletRequest http) {
        if (http.getContentLengthLong() > store.maxSize() + MULTIPART_OVERHEAD) {
            String detail = "The upload is " + http.getContentLengthLong() + " bytes; a file may be at most "
                    + store.maxSize() + " bytes.";
            requests.uploadRefusedUnread(id, caller, detail);
            throw new InvalidInputException(HttpStatus.CONTENT_TOO_LARGE, "file", "too-large", detail);
        }
        Submitted submitted =
                StreamedUpload.read(http, "file", (content, claim) -> requests.submit(id, caller, content, claim));
        return ResponseEntity.created(
                        URI.create("/api/documents/" + submitted.request().documentId()))
                .body(SubmissionView.of(submitted));
    }

    /** The multipart form, for the API documentation only: the body is read as a stream. */
    record UploadForm(
            @Schema(
                    type = "string",
                    format = "binary",
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    description = "The document; its type is recognised from its bytes")
            String file) {}

    @PostMapping("/api/material-requests/{id}/accept")
    @Operation(
            summary = "Accept the version under review (the recipient unit or the office); opens the chain's next step")
    MaterialRequestView accept(@PathVariable String id, Caller caller) {
        return MaterialRequestView.of(requests.accept(id, caller), clock.instant());
    }

    @PostMapping("/api/material-requests/{id}/return")
    @Operation(summary = "Return the version under review with a comment (the recipient unit or the office)")
    MaterialRequestView returnForRevision(
            @PathVariable String id, @Valid @RequestBody ReturnRequest body, Caller caller) {
        return MaterialRequestView.of(requests.returnForRevision(id, body.comment(), caller), clock.instant());
    }
}
