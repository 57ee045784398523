package vn.gov.conference.notification.invitation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.conference.notification.conference.Conference;
import vn.gov.conference.notification.directory.DirectoryService;
import vn.gov.conference.notification.invitation.Answer;
import vn.gov.conference.notification.invitation.AnswerCommand;
import vn.gov.conference.notification.invitation.CheckIn;
import vn.gov.conference.notification.invitation.Invitation;
import vn.gov.conference.notification.invitation.InvitationService;
import vn.gov.conference.notification.invitation.Nomination;
import vn.gov.conference.notification.links.DelegateLinks;
import vn.gov.conference.platform.security.Caller;
import vn.gov.conference.platform.time.VietnamTime;
import vn.gov.conference.platform.time.VietnameseDates;
import vn.gov.conference.platform.web.InvalidInputException;

/**
 * One invitation, reached by the delegate through the signed link of their email (no account), by the reception desk
 * through its desk link, or by the office with its token (an answer given by phone, a check-in at the desk). Which
 * link may do what is {@link DelegateAccess}'s rule, which token may {@link InvitationAccess}'s.
 */
@RestController
@Tag(name = "Delegates", description = "An invitation seen, answered and checked in through its signed link")
class DelegateController {

    private final InvitationService invitations;
    private final DelegateAccess access;
    private final InvitationAccess tokenAccess;
    private final DelegateLinks links;
    private final DirectoryService directory;
    private final Clock clock;

    DelegateController(
            InvitationService invitations,
            DelegateAccess access,
            InvitationAccess tokenAccess,
            DelegateLinks links,
            DirectoryService directory,
            Clock clock) {
        this.invitations = invitations;
        this.access = access;
        this.tokenAccess = tokenAccess;
        this.links = links;
        this.directory = directory;
        this.clock = clock;
    }

    record NomineeRequest(
            String name,
            String position,
            String email,
            @Nullable String bridgePointCode) {

        Nomination nomination() {
            return new Nomination(name, position, email, bridgePointCode);
        }
    }

    /** {@code answer} is checked after the link, so that a refused link is told so before a missing choice. */
    record AnswerRequest(
            AnswerCommand.Type answer,
            @Nullable String reason,
            @Nullable NomineeRequest substitute,
            @Nullable List<NomineeRequest> delegates) {

        AnswerCommand command() {
            return new AnswerCommand(
                    answer,
                    reason,
                    substitute == null ? null : substitute.nomination(),
                    delegates == null
                            ? List.of()
                            : delegates.stream().map(NomineeRequest::nomination).toList());
        }
    }

    record AnswerView(InvitationView invitation, List<InvitationView> created) {}

    record CheckInRequest(
            CheckIn.Presence presence,
            @Nullable String bridgePointCode,
            @Nullable String reason) {}

    @GetMapping("/api/invitations/{id}")
    @ApiResponse(
            responseCode = "200",
            content = @Content(schema = @Schema(oneOf = {DelegateView.class, InvitationView.class})))
    @Operation(
            summary = "What the delegate sees: the conference, their invitation, what it asks by when, the answer "
                    + "recorded and the answers open to them",
            description =
                    "With the answer link's sig (may answer) or the check-in link's sig (reads only); the office, "
                            + "the approver and the central agency read the office's view with their token.")
    Object read(
            @PathVariable String id,
            @Parameter(description = "the signed link's token") @RequestParam(required = false) String sig,
            @Nullable Caller caller) {
        if (caller != null && !DelegateAccess.presented(sig)) {
            Invitation invitation = invitations.get(id);
            tokenAccess.checkCanRead(invitation, caller);
            return InvitationView.of(invitation);
        }
        DelegateAccess.Reader reader = access.toRead(id, sig);
        Invitation invitation = invitations.get(id);
        Conference conference = invitations.conferenceOf(invitation);
        Instant now = clock.instant();
        return DelegateView.of(
                conference,
                invitation,
                reader,
                invitations.createdBy(invitation),
                directory.organisingOffice(conference.tenant()).orElse(null),
                links.portal(conference, now),
                links.signedPlan(conference, now),
                VietnameseDates.day(VietnamTime.at(now)));
    }

    @PostMapping("/api/invitations/{id}/answer")
    @Operation(
            summary = "Accept, decline with a reason, send a substitute, or (a unit's seats) name delegates",
            description = "Through the answer link until the answer deadline, once; the office may record an answer "
                    + "with its token at any time.")
    AnswerView answer(
            @PathVariable String id,
            @RequestParam(required = false) String sig,
            @RequestBody AnswerRequest body,
            @Nullable Caller caller) {
        Answer.Channel channel;
        if (caller != null && !DelegateAccess.presented(sig)) {
            Invitation invitation = invitations.get(id);
            tokenAccess.checkCanManage(invitation, caller);
            channel = Answer.Channel.OFFICE;
        } else {
            access.toAnswer(id, sig);
            channel = Answer.Channel.LINK;
        }
        if (body.answer() == null) {
            throw new InvalidInputException(
                    "answer",
                    "required",
                    "Vui lòng chọn câu trả lời: tham dự, báo vắng, cử "
                            + "người dự thay hoặc (với đơn vị) cử đại biểu.");
        }
        InvitationService.Answered answered = invitations.answer(id, body.command(), channel);
        return new AnswerView(
                InvitationView.of(answered.invitation()),
                answered.created().stream().map(InvitationView::of).toList());
    }

    @PostMapping("/api/invitations/{id}/reopen")
    @Operation(summary = "The office re-opens an answered invitation so that it can be answered again")
    InvitationView reopen(@PathVariable String id, Caller caller) {
        Invitation invitation = invitations.get(id);
        tokenAccess.checkCanManage(invitation, caller);
        return InvitationView.of(invitations.reopen(id));
    }

    @PostMapping("/api/invitations/{id}/check-in")
    @Operation(
            summary = "Check a delegate in on the day",
            description = "By the office at the venue (any presence, an absence with its reason), by the reception "
                    + "desk with its desk link's sig and day (as the office, for an invitation of that conference), or "
                    + "by the delegate with the check-in link of the QR in their email (in person or online, once).")
    InvitationView checkIn(
            @PathVariable String id,
            @RequestParam(required = false) String sig,
            @Parameter(description = "the desk link's day") @RequestParam(required = false) String day,
            @RequestBody CheckInRequest body,
            @Nullable Caller caller) {
        CheckIn.Channel channel;
        if (caller != null && !DelegateAccess.presented(sig)) {
            Invitation invitation = invitations.get(id);
            tokenAccess.checkCanManage(invitation, caller);
            channel = CheckIn.Channel.OFFICE;
        } else if (day != null) {
            access.atDesk(invitations.find(id).map(Invitation::planId).orElse(""), sig, day);
            channel = CheckIn.Channel.DESK;
        } else {
            access.toCheckIn(id, sig);
            channel = CheckIn.Channel.LINK;
        }
        if (body.presence() == null) {
            throw new InvalidInputException(
                    "presence",
                    "required",
                    "Vui lòng chọn hình thức tham dự: trực tiếp (IN_PERSON) hoặc trực tuyến (ONLINE).");
        }
        return InvitationView.of(
                invitations.checkIn(id, body.presence(), body.bridgePointCode(), body.reason(), channel));
    }
}
