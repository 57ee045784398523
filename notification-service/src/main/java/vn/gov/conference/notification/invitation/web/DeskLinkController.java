package vn.gov.conference.notification.invitation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.conference.notification.conference.Conference;
import vn.gov.conference.notification.links.DelegateLinks;
import vn.gov.conference.platform.security.Caller;
import vn.gov.conference.platform.time.VietnamTime;
import vn.gov.conference.platform.time.VietnameseDates;
import vn.gov.conference.platform.web.InvalidInputException;

/**
 * The office hands the reception desk a link of its own for one conference and one day, so that whoever staffs the
 * desk finds and checks in delegates without an account; it stops working at the end of that day.
 */
@RestController
@Tag(name = "Invitations")
class DeskLinkController {

    private final InvitationAccess access;
    private final DelegateLinks links;
    private final Clock clock;

    DeskLinkController(InvitationAccess access, DelegateLinks links, Clock clock) {
        this.access = access;
        this.links = links;
        this.clock = clock;
    }

    /** {@code day} defaults to the conference's day. */
    record DeskLinkRequest(@Nullable LocalDate day) {}

    record DeskLinkView(String url, LocalDate day, OffsetDateTime validUntil) {}

    @PostMapping("/api/plans/{planId}/desk-links")
    @Operation(
            summary = "A reception desk link for one day (the conference's by default), valid until its end",
            description = "The office of the conference's province. The page it opens (/le-tan/{planId}?sig=…&day=…) "
                    + "searches, counts and checks in the conference's delegates on that day.")
    @ApiResponse(
            responseCode = "201",
            description = "The link, its day and until when it is valid",
            useReturnTypeSchema = true)
    ResponseEntity<DeskLinkView> create(
            @PathVariable String planId, @RequestBody(required = false) DeskLinkRequest body, Caller caller) {
        Conference conference = access.manageable(planId, caller);
        LocalDate day = body != null && body.day() != null
                ? body.day()
                : conference
                        .day()
                        .orElseThrow(
                                () -> new InvalidInputException(
                                        "day",
                                        "required",
                                        "Hội nghị chưa có ngày chính thức: vui lòng chọn ngày sử dụng đường dẫn bàn đón tiếp."));
        if (day.isBefore(VietnameseDates.day(VietnamTime.now(clock)))) {
            throw new InvalidInputException(
                    "day",
                    "past-day",
                    "Ngày " + VietnameseDates.date(day) + " đã qua: vui lòng chọn hôm nay hoặc một ngày sau.");
        }
        DelegateLinks.DeskLink link = links.desk(planId, day);
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new DeskLinkView(link.url(), link.day(), link.validUntil()));
    }
}
