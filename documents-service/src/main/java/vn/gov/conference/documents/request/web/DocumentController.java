package vn.gov.conference.documents.request.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.conference.documents.content.ContentStore;
import vn.gov.conference.documents.content.Downloads;
import vn.gov.conference.documents.request.MaterialRequestService;
import vn.gov.conference.documents.request.MaterialRequestService.Download;
import vn.gov.conference.documents.request.Submission;
import vn.gov.conference.platform.security.Caller;

@RestController
@Tag(name = "Documents", description = "Submitted materials and their versions")
class DocumentController {

    private final MaterialRequestService requests;
    private final ContentStore store;

    DocumentController(MaterialRequestService requests, ContentStore store) {
        this.requests = requests;
        this.store = store;
    }

    @GetMapping("/api/documents/{id}")
    @Operation(summary = "A document with its versions")
    DocumentView get(@PathVariable String id, Caller caller) {
        return DocumentView.of(requests.byDocument(id, caller));
    }

    @GetMapping("/api/documents/{id}/versions")
    @Operation(summary = "Every version of a document, oldest first; none is ever replaced")
    List<VersionView> versions(@PathVariable String id, Caller caller) {
        return DocumentView.of(requests.byDocument(id, caller)).versions();
    }

    @GetMapping("/api/documents/{id}/content")
    @Operation(
            summary = "The bytes of a version (default: the latest), with Range support",
            description = "Content-Disposition carries the name in RFC 5987 filename*; the ETag is the SHA-256.")
    ResponseEntity<Resource> content(
            @PathVariable String id,
            @RequestParam(required = false) Integer version,
            @RequestHeader(name = HttpHeaders.RANGE, required = false) String range,
            Caller caller) {
        Download download = requests.download(id, version, range, caller);
        Submission submission = download.submission();
        return Downloads.of(
                store,
                submission.fileId(),
                submission.fileName(),
                submission.contentType(),
                submission.size(),
                submission.sha256());
    }
}
