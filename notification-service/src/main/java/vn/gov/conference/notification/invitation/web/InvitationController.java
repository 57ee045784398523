package vn.gov.conference.notification.invitation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.conference.notification.conference.Conference;
import vn.gov.conference.notification.invitation.ImportLimit;
import vn.gov.conference.notification.invitation.Invitation;
import vn.gov.conference.notification.invitation.InvitationService;
import vn.gov.conference.notification.invitation.Invitee;
import vn.gov.conference.notification.invitation.InviteeCsv;
import vn.gov.conference.notification.invitation.InviteeSpec;
import vn.gov.conference.notification.web.CsvBodies;
import vn.gov.conference.platform.paging.Page;
import vn.gov.conference.platform.paging.Paging;
import vn.gov.conference.platform.security.Caller;
import vn.gov.conference.platform.text.VietnameseText;
import vn.gov.conference.platform.web.InvalidInputException;

@RestController
@Tag(name = "Invitations", description = "The office's invitations, reminders and attendance for one conference")
class InvitationController {

    private final InvitationService invitations;
    private final InvitationAccess access;
    private final DelegateAccess desk;

    InvitationController(InvitationService invitations, InvitationAccess access, DelegateAccess desk) {
        this.invitations = invitations;
        this.access = access;
        this.desk = desk;
    }

    /** One invitee: a person (name and email), or seats for a unit (unitCode, seats), which names its delegates. */
    record InviteeRequest(
            @Nullable String name,
            @Nullable String position,
            @Email @Nullable String email,
            @Nullable String unitCode,
            @Nullable String unitName,
            @Nullable String organisation,
            @Min(1) @Max(500) @Nullable Integer seats,
            @Nullable String bridgePointCode,
            Invitee.@Nullable Category category,
            @Nullable Boolean online) {}

    record NewInvitees(@NotEmpty List<@Valid InviteeRequest> invitees) {}

    record IssueView(int issued, int alreadyInvited, List<InvitationView> invitations) {

        static IssueView of(InvitationService.Issued result) {
            List<InvitationView> views = new ArrayList<>();
            result.issued().forEach(invitation -> views.add(InvitationView.of(invitation)));
            result.existing().forEach(invitation -> views.add(InvitationView.of(invitation)));
            return new IssueView(result.issued().size(), result.existing().size(), views);
        }
    }

    /**
     * The answer with a token, as the API document shows it: a {@link Page} of {@link InvitationView}s (an annotation
     * cannot name a generic's argument, and the raw {@code Page} would be documented with items of no type).
     */
    record InvitationPage(List<InvitationView> items, int page, int size, long total) {}

    record ReminderRequest(
            @Nullable List<String> invitationIds, @Nullable OffsetDateTime sendAt) {}

    @GetMapping("/api/plans/{planId}/invitations")
    @ApiResponse(
            responseCode = "200",
            content = @Content(schema = @Schema(oneOf = {InvitationPage.class, DeskSearch.class})))
    @Operation(
            summary = "The conference's invitations, by status, by check-in code or by an accent-free name (q)",
            description = "With a token: office, approver (own province) and central agency, a page of invitations "
                    + "(page, size) in the order they were issued. With the reception desk's link (sig and day, no "
                    + "token): the delegates the desk may check in, by name, at most 50 a page.")
    Object list(
            @PathVariable String planId,
            @RequestParam(required = false) Invitation.Status status,
            @RequestParam(required = false) String code,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String sig,
            @RequestParam(required = false) String day,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = Paging.DEFAULT_SIZE_TEXT) int size,
            @Nullable Caller caller) {
        Paging paging = Paging.of(page, size);
        if (caller == null || DelegateAccess.presented(sig)) {
            LocalDate served = desk.atDesk(planId, sig, day);
            Conference conference = access.find(planId);
            return DeskSearch.of(conference, served, invitations.search(planId, code != null ? code : q), paging);
        }
        access.readable(planId, caller);
        if (code != null) {
            return Page.of(invitations.byCode(planId, code).stream().toList(), paging)
                    .map(InvitationView::of);
        }
        if (q == null || q.isBlank()) {
            return invitations.page(planId, status, paging).map(InvitationView::of);
        }
        return Page.of(
                        invitations.search(planId, q).stream()
                                .filter(invitation -> status == null || invitation.status() == status)
                                .toList(),
                        paging)
                .map(InvitationView::of);
    }

    @PostMapping("/api/plans/{planId}/invitations")
    @Operation(summary = "Invite more people or units; an invitee invited already is not invited twice")
    @ApiResponse(responseCode = "201", description = "At least one invitation was issued", useReturnTypeSchema = true)
    @ApiResponse(
            responseCode = "200",
            description = "Every invitee was already invited: nothing new",
            useReturnTypeSchema = true)
    ResponseEntity<IssueView> add(@PathVariable String planId, @Valid @RequestBody NewInvitees body, Caller caller) {
        ImportLimit.check("invitees", body.invitees().size());
        Conference conference = access.manageable(planId, caller);
        boolean remoteSites = conference.details().remoteSites();
        List<InviteeSpec> specs = new ArrayList<>();
        for (int i = 0; i < body.invitees().size(); i++) {
            specs.add(spec(body.invitees().get(i), "invitees[" + i + "]", remoteSites));
        }
        return issued(invitations.add(conference, specs));
    }

    @PostMapping(
            path = "/api/plans/{planId}/invitations/import",
            consumes = {"text/csv", "text/plain"})
    @Operation(
            summary = "Invite from a CSV file (all lines or none, at most 2,000: 413 beyond)",
            description = "Columns: name, position, email, unitCode, unitName, organisation, seats, bridgePoint, "
                    + "category, online; Vietnamese headers are understood too.")
    @ApiResponse(responseCode = "201", description = "At least one invitation was issued", useReturnTypeSchema = true)
    @ApiResponse(
            responseCode = "200",
            description = "Every invitee was already invited: nothing new",
            useReturnTypeSchema = true)
    ResponseEntity<IssueView> importCsv(
            @PathVariable String planId,
            @RequestBody byte[] body,
            @RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType,
            Caller caller) {
        Conference conference = access.manageable(planId, caller);
        boolean remoteSites = conference.details().remoteSites();
        return issued(invitations.add(conference, InviteeCsv.parse(CsvBodies.text(body, contentType), remoteSites)));
    }

    @PostMapping("/api/plans/{planId}/reminders")
    @Operation(
            summary = "Remind invitees who have not answered: the listed ones or all, now or at sendAt",
            description = "An Idempotency-Key header makes a repeated request remind nobody twice.")
    @ApiResponse(
            responseCode = "202",
            description = "Accepted: the reminders are queued (sent now or at sendAt)",
            useReturnTypeSchema = true)
    ResponseEntity<InvitationService.Reminded> remind(
            @PathVariable String planId,
            @RequestBody(required = false) ReminderRequest body,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            Caller caller) {
        Conference conference = access.manageable(planId, caller);
        String reminderId = idempotencyKey == null || idempotencyKey.isBlank()
                ? UUID.randomUUID().toString()
                : idempotencyKey.strip();
        InvitationService.Reminded reminded = invitations.remind(
                conference,
                body == null ? null : body.invitationIds(),
                body == null || body.sendAt() == null ? null : body.sendAt().toInstant(),
                reminderId);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(reminded);
    }

    private static ResponseEntity<IssueView> issued(InvitationService.Issued result) {
        return ResponseEntity.status(result.issued().isEmpty() ? HttpStatus.OK : HttpStatus.CREATED)
                .body(IssueView.of(result));
    }

    private static InviteeSpec spec(InviteeRequest request, String field, boolean remoteSites) {
        boolean person = request.name() != null && !request.name().isBlank();
        String site = VietnameseText.nfcOrNull(request.bridgePointCode());
        if (person) {
            if (request.email() == null || request.email().isBlank()) {
                throw new InvalidInputException(
                        field + ".email", "email-required", "A person is invited at their email address.");
            }
            Invitee.Category category = request.category() != null
                    ? request.category()
                    : request.unitCode() == null ? Invitee.Category.GUEST : Invitee.Category.OFFICIAL;
            Invitee invitee = new Invitee(
                    request.name(),
                    request.position(),
                    request.unitCode(),
                    request.unitName(),
                    request.organisation(),
                    request.email(),
                    category);
            boolean online = request.online() != null ? request.online() : remoteSites && site != null;
            return new InviteeSpec(InviteeCsv.personKey(invitee.email()), invitee, 1, site, online);
        }
        if (request.unitCode() == null || request.unitCode().isBlank()) {
            throw new InvalidInputException(
                    field + ".name",
                    "name-or-unit-required",
                    "Name a person (name and email) or give seats to a unit (unitCode).");
        }
        Invitee unit = Invitee.unit(
                request.unitCode(),
                request.unitName(),
                request.email(),
                request.category() == null ? Invitee.Category.OFFICIAL : request.category());
        return new InviteeSpec(
                InviteeCsv.unitKey(request.unitCode(), site),
                unit,
                request.seats() == null ? 1 : request.seats(),
                site,
                remoteSites && site != null);
    }
}
