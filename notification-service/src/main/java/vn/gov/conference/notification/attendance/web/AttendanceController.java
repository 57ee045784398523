package vn.gov.conference.notification.attendance.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.conference.notification.attendance.AttendanceReport;
import vn.gov.conference.notification.invitation.InvitationService;
import vn.gov.conference.platform.security.Caller;

/** A conference's attendance, for the office and its readers (a token) and for the reception desk (its link). */
@RestController
@Tag(name = "Invitations")
class AttendanceController {

    private final InvitationService invitations;
    private final AttendanceAccess access;

    AttendanceController(InvitationService invitations, AttendanceAccess access) {
        this.invitations = invitations;
        this.access = access;
    }

    @GetMapping("/api/plans/{planId}/attendance")
    @Operation(
            summary = "Attendance per unit and bridge point: present in person, online, absent with reason",
            description = "Office, approver (own province) and central agency with a token, or the reception desk "
                    + "with its link (sig and day).")
    AttendanceReport attendance(
            @PathVariable String planId,
            @RequestParam(required = false) String sig,
            @RequestParam(required = false) String day,
            @Nullable Caller caller) {
        access.checkCanRead(planId, sig, day, caller);
        return AttendanceReport.of(planId, invitations.ofPlan(planId));
    }
}
