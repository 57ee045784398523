package vn.gov.conference.notification.letters.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.conference.notification.conference.Conference;
import vn.gov.conference.notification.email.EmailContent;
import vn.gov.conference.notification.invitation.Invitation;
import vn.gov.conference.notification.invitation.InvitationService;
import vn.gov.conference.notification.invitation.web.DelegateAccess;
import vn.gov.conference.notification.letters.Letters;
import vn.gov.conference.notification.links.DelegateLinks;
import vn.gov.conference.notification.web.FileNames;
import vn.gov.conference.platform.web.InvalidInputException;

/**
 * {@code /api/invitations/{id}/calendar}: the calendar entry the letters carry, for the delegate's page to offer as a
 * download, written by the same {@link Letters} so that its UID and SEQUENCE are the letters'.
 */
@RestController
@Tag(name = "Delegates", description = "An invitation seen, answered and checked in through its signed link")
class CalendarController {

    private final InvitationService invitations;
    private final DelegateAccess access;
    private final DelegateLinks links;
    private final Letters letters;
    private final Clock clock;

    CalendarController(
            InvitationService invitations, DelegateAccess access, DelegateLinks links, Letters letters, Clock clock) {
        this.invitations = invitations;
        this.access = access;
        this.links = links;
        this.letters = letters;
        this.clock = clock;
    }

    @GetMapping("/api/invitations/{id}/calendar")
    @Operation(
            summary = "The delegate's calendar entry (.ics) to download: same UID and SEQUENCE as the letters'",
            description = "With the answer or the check-in link's sig; 404 while the conference has no exact time.")
    ResponseEntity<String> calendar(@PathVariable String id, @RequestParam(required = false) String sig) {
        access.toRead(id, sig);
        Invitation invitation = invitations.get(id);
        Conference conference = invitations.conferenceOf(invitation);
        Instant now = clock.instant();
        EmailContent.Calendar calendar = letters.calendar(
                        conference,
                        invitation,
                        links.of(
                                conference,
                                invitation.id().value(),
                                invitation.answerDeadline(),
                                invitation.kind() == Invitation.Kind.PERSONAL,
                                now),
                        now)
                .orElseThrow(() -> new InvalidInputException(
                        HttpStatus.NOT_FOUND,
                        null,
                        "no-calendar-yet",
                        "Hội nghị chưa có thời gian chính thức nên chưa có lịch để tải về. Thời gian cụ thể sẽ được "
                                + "thông báo qua thư; vui lòng quay lại sau."));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/calendar; charset=UTF-8; method=" + calendar.method()))
                .header(HttpHeaders.CONTENT_DISPOSITION, FileNames.attachment(calendar.fileName()))
                .body(calendar.ics());
    }
}
