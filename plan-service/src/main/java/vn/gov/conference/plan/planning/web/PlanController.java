package vn.gov.conference.plan.planning.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.conference.plan.planning.Plan;
import vn.gov.conference.plan.planning.PlanRequest;
import vn.gov.conference.plan.planning.PlanSearch;
import vn.gov.conference.plan.planning.PlanService;
import vn.gov.conference.plan.planning.PlanStatus;
import vn.gov.conference.plan.planning.Signer;
import vn.gov.conference.plan.planning.Venue;
import vn.gov.conference.plan.reference.ReferenceStore;
import vn.gov.conference.plan.signed.SignedOriginalCopies;
import vn.gov.conference.platform.paging.Page;
import vn.gov.conference.platform.paging.Paging;
import vn.gov.conference.platform.security.Caller;
import vn.gov.conference.platform.security.Role;

/**
 * {@code /api/plans}: draft, read, find, edit and move plans through their lifecycle. Every answer that shows a
 * plan carries its ETag; PATCH needs If-Match, the lifecycle operations check it when sent.
 */
@RestController
@RequestMapping("/api/plans")
@Tag(name = "Plans", description = "Kế hoạch: drafting, approval and numbering, scheduling, amendment")
class PlanController {

    private static final String IF_MATCH = "If-Match";

    private final PlanService plans;
    private final PlanSearch search;
    private final ReferenceStore reference;
    private final JsonMapper json;
    private final SignedOriginalCopies signedOriginals;

    PlanController(
            PlanService plans,
            PlanSearch search,
            ReferenceStore reference,
            JsonMapper json,
            SignedOriginalCopies signedOriginals) {
        this.plans = plans;
        this.search = search;
        this.reference = reference;
        this.json = json;
        this.signedOriginals = signedOriginals;
    }

    record ReasonBody(String reason) {}

    /**
     * @param number         a number the office reserved in the register; absent: the register's next number
     * @param documentNumber the same as the number and symbol the province's document register gave ("276/KH-UBND")
     */
    record ApproveBody(
            @Nullable LocalDate issuedOn,
            @Nullable Integer number,
            @Nullable String documentNumber,
            @Nullable Signer signer) {}

    record ScheduleBody(
            OffsetDateTime start,
            @Nullable Venue venue,
            @Nullable String label) {}

    /** @param changes a JSON Merge Patch of the plan's request form */
    record AmendBody(String reason, @Nullable JsonNode changes) {}

    @PostMapping
    @Operation(summary = "Draft a plan (OFFICE of the plan's province); it has no number until approved")
    @ApiResponse(
            responseCode = "201",
            description = "Drafted: Location names the plan, ETag its version",
            useReturnTypeSchema = true)
    ResponseEntity<PlanView> create(@RequestBody PlanRequest body, Caller caller) {
        Plan plan = plans.draft(body, caller);
        return ResponseEntity.created(URI.create("/api/plans/" + plan.id().value()))
                .header(HttpHeaders.ETAG, Etags.of(plan))
                .body(view(plan, caller));
    }

    @GetMapping
    @Operation(
            summary = "Find plans by province, status, index and year of the results under review, and by words "
                    + "of the title or issuer (diacritics optional)")
    Page<PlanSummary> list(
            @RequestParam(required = false) String province,
            @RequestParam(required = false) PlanStatus status,
            @RequestParam(required = false) String index,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = Paging.DEFAULT_SIZE_TEXT) int size,
            Caller caller) {
        return search.search(new PlanSearch.PlanQuery(province, status, index, year, q, page, size), caller)
                .map(PlanSummary::of);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a plan; departments see approved plans and only their own assignments")
    ResponseEntity<PlanView> get(@PathVariable String id, Caller caller) {
        return answer(plans.get(id, caller), caller);
    }

    @PatchMapping(
            path = "/{id}",
            consumes = {"application/merge-patch+json", "application/json"})
    @Operation(summary = "Edit a draft with a JSON Merge Patch of its request form (If-Match required)")
    ResponseEntity<PlanView> revise(
            @PathVariable String id,
            @RequestBody JsonNode patch,
            @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
            Caller caller) {
        Long expected = Etags.required(ifMatch);
        return answer(plans.revise(id, current -> MergePatch.apply(json, current, patch), expected, caller), caller);
    }

    @PostMapping("/{id}/submit")
    @Operation(summary = "Send the draft to the approver (OFFICE); it must be complete")
    ResponseEntity<PlanView> submit(
            @PathVariable String id, @RequestHeader(value = IF_MATCH, required = false) String ifMatch, Caller caller) {
        return answer(plans.submit(id, Etags.expected(ifMatch), caller), caller);
    }

    @PostMapping("/{id}/return")
    @Operation(summary = "Send a submitted plan back to the office with what to correct (APPROVER)")
    ResponseEntity<PlanView> returnForCorrection(
            @PathVariable String id,
            @RequestBody ReasonBody body,
            @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
            Caller caller) {
        return answer(plans.returnForCorrection(id, body.reason(), Etags.expected(ifMatch), caller), caller);
    }

    @PostMapping("/{id}/approve")
    @Operation(
            summary = "Approve and number the plan (APPROVER): the issuer's register gives the number, or the "
                    + "number and date already taken in the province's document register (number, issuedOn)")
    ResponseEntity<PlanView> approve(
            @PathVariable String id,
            @RequestBody(required = false) ApproveBody body,
            @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
            Caller caller) {
        ApproveBody approval = body == null ? new ApproveBody(null, null, null, null) : body;
        return answer(
                plans.approve(
                        id,
                        new PlanService.Approval(
                                approval.issuedOn(), approval.number(), approval.signer(), approval.documentNumber()),
                        Etags.expected(ifMatch),
                        caller),
                caller);
    }

    @PostMapping("/{id}/schedule")
    @Operation(summary = "Fix or move the exact start, optionally with a new venue (APPROVER)")
    ResponseEntity<PlanView> schedule(
            @PathVariable String id,
            @RequestBody ScheduleBody body,
            @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
            Caller caller) {
        return answer(
                plans.schedule(id, body.start(), body.venue(), body.label(), Etags.expected(ifMatch), caller), caller);
    }

    @PostMapping("/{id}/amend")
    @Operation(summary = "Amend a signed plan into a new version (APPROVER); changes is a JSON Merge Patch")
    ResponseEntity<PlanView> amend(
            @PathVariable String id,
            @RequestBody AmendBody body,
            @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
            Caller caller) {
        return answer(
                plans.amend(
                        id,
                        current -> MergePatch.apply(json, current, body.changes()),
                        body.reason(),
                        Etags.expected(ifMatch),
                        caller),
                caller);
    }

    @PostMapping("/{id}/cancel")
    @Operation(summary = "Cancel before the conference is held (OFFICE before approval, APPROVER after)")
    ResponseEntity<PlanView> cancel(
            @PathVariable String id,
            @RequestBody ReasonBody body,
            @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
            Caller caller) {
        return answer(plans.cancel(id, body.reason(), Etags.expected(ifMatch), caller), caller);
    }

    @PostMapping("/{id}/hold")
    @Operation(summary = "Record that the conference took place (OFFICE or APPROVER), not before its day")
    ResponseEntity<PlanView> hold(
            @PathVariable String id, @RequestHeader(value = IF_MATCH, required = false) String ifMatch, Caller caller) {
        return answer(plans.hold(id, Etags.expected(ifMatch), caller), caller);
    }

    @PostMapping("/{id}/close")
    @Operation(summary = "Close a held conference (OFFICE or APPROVER)")
    ResponseEntity<PlanView> close(
            @PathVariable String id, @RequestHeader(value = IF_MATCH, required = false) String ifMatch, Caller caller) {
        return answer(plans.close(id, Etags.expected(ifMatch), caller), caller);
    }

    private ResponseEntity<PlanView> answer(Plan plan, Caller caller) {
        return ResponseEntity.ok().header(HttpHeaders.ETAG, Etags.of(plan)).body(view(plan, caller));
    }

    private PlanView view(Plan plan, Caller caller) {
        return PlanView.of(
                plan,
                reference.current(),
                caller.is(Role.DEPARTMENT) ? caller.unit() : null,
                signedOriginals.of(plan.id().value()).orElse(null));
    }
}
