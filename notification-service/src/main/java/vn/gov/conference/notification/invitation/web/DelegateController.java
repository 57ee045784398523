package vn.gov.conference.notification.invitation.web;

import java.time.Clock;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.gov.conference.notification.invitation.Answer;
import vn.gov.conference.notification.invitation.AnswerCommand;
import vn.gov.conference.notification.invitation.CheckIn;
import vn.gov.conference.notification.invitation.Invitation;
import vn.gov.conference.notification.invitation.InvitationService;
import vn.gov.conference.notification.invitation.Nomination;
import vn.gov.conference.notification.links.DelegateLinks;
import vn.gov.conference.platform.security.Caller;
import vn.gov.conference.platform.security.Role;
import vn.gov.conference.platform.web.ForbiddenException;
import vn.gov.conference.platform.web.InvalidInputException;

/**
 * One invitation, reached by the delegate through the signed link of their email (no account), or by the office with
 * its token (an answer given by phone, a check-in at the desk). A signed link serves one purpose for one invitation:
 * a changed id, purpose or expiry breaks the signature (403); a genuine link past its expiry is gone (410).
 */
@RestController
@Tag(name = "Delegates", description = "An invitation seen, answered and checked in through its signed link")
class DelegateController {

    private final InvitationService invitations;
    private final DelegateLinks links;
    private final Clock clock;

    DelegateController(InvitationService invitations, DelegateLinks links, Clock clock) {
        this.invitations = invitations;
        this.links = links;
        this.clock = clock;
    }

    record NomineeRequest(String name, String position, String email, String bridgePointCode) {

        Nomination nomination() {
            return new Nomination(name, position, email, bridgePointCode);
        }
    }

    record AnswerRequest(@NotNull AnswerCommand.Type answer, String reason, NomineeRequest substitute,
                         List<NomineeRequest> delegates) {

        AnswerCommand command() {
            return new AnswerCommand(answer, reason, substitute == null ? null : substitute.nomination(),
                    delegates == null ? List.of() : delegates.stream().map(NomineeRequest::nomination).toList());
        }
    }

    record AnswerView(InvitationView invitation, List<InvitationView> created) {
    }

    record CheckInRequest(@NotNull CheckIn.Presence presence, String bridgePointCode, String reason) {
    }

    @GetMapping("/api/invitations/{id}")
    @Operation(summary = "What the delegate sees: the conference, their invitation and the answers open to them")
    Object read(@PathVariable String id, @Parameter(description = "the signed link's token") @RequestParam(
            required = false) String sig, @Nullable Caller caller) {
        if (caller != null) {
            Invitation invitation = invitations.get(id);
            caller.checkCanRead(invitation.tenant(), "Invitation " + id);
            caller.checkRole(Role.CENTRAL, Role.OFFICE, Role.APPROVER);
            return InvitationView.of(invitation);
        }
        requireLink(DelegateLinks.ANSWER, id, sig);
        Invitation invitation = invitations.get(id);
        return DelegateView.of(invitations.conferenceOf(invitation), invitation);
    }

    @PostMapping("/api/invitations/{id}/answer")
    @Operation(summary = "Accept, decline with a reason, send a substitute, or (a unit's seats) name delegates",
            description = "Through the signed link until the answer deadline, once; the office may record an answer "
                    + "with its token at any time.")
    AnswerView answer(@PathVariable String id, @RequestParam(required = false) String sig,
                      @Valid @RequestBody AnswerRequest body, @Nullable Caller caller) {
        Answer.Channel channel;
        if (caller != null) {
            Invitation invitation = invitations.get(id);
            caller.checkCanWrite(invitation.tenant(), "Invitation " + id, Role.OFFICE);
            channel = Answer.Channel.OFFICE;
        }
        else {
            requireLink(DelegateLinks.ANSWER, id, sig);
            channel = Answer.Channel.LINK;
        }
        InvitationService.Answered answered = invitations.answer(id, body.command(), channel);
        return new AnswerView(InvitationView.of(answered.invitation()),
                answered.created().stream().map(InvitationView::of).toList());
    }

    @PostMapping("/api/invitations/{id}/reopen")
    @Operation(summary = "The office re-opens an answered invitation so that it can be answered again")
    InvitationView reopen(@PathVariable String id, Caller caller) {
        Invitation invitation = invitations.get(id);
        caller.checkCanWrite(invitation.tenant(), "Invitation " + id, Role.OFFICE);
        return InvitationView.of(invitations.reopen(id));
    }

    @PostMapping("/api/invitations/{id}/check-in")
    @Operation(summary = "Check a delegate in on the day",
            description = "By the office at the venue (any presence, an absence with its reason), or by the delegate "
                    + "with the signed code of the QR in their email (in person or online, once).")
    InvitationView checkIn(@PathVariable String id, @RequestParam(required = false) String sig,
                           @Valid @RequestBody CheckInRequest body, @Nullable Caller caller) {
        CheckIn.Channel channel;
        if (caller != null) {
            Invitation invitation = invitations.get(id);
            caller.checkCanWrite(invitation.tenant(), "Invitation " + id, Role.OFFICE);
            channel = CheckIn.Channel.OFFICE;
        }
        else {
            requireLink(DelegateLinks.CHECK_IN, id, sig);
            channel = CheckIn.Channel.LINK;
        }
        return InvitationView.of(invitations.checkIn(id, body.presence(), body.bridgePointCode(), body.reason(),
                channel));
    }

    private void requireLink(String purpose, String id, String sig) {
        switch (links.check(purpose, id, sig, clock.instant())) {
            case VALID -> {
            }
            case EXPIRED -> throw new InvalidInputException(HttpStatus.GONE, "sig", "link-expired",
                    "Đường dẫn đã hết hạn; vui lòng liên hệ Văn phòng.");
            case INVALID -> throw new ForbiddenException("invalid-link",
                    "Đường dẫn không hợp lệ hoặc đã bị thay đổi.");
        }
    }
}
