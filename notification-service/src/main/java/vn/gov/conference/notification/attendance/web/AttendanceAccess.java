package vn.gov.conference.notification.attendance.web;

import org.springframework.stereotype.Component;
import vn.gov.conference.notification.invitation.web.DelegateAccess;
import vn.gov.conference.notification.invitation.web.InvitationAccess;
import vn.gov.conference.platform.security.Caller;

/**
 * Who reads a conference's attendance: whoever reads its invitations with a token (office, approver of its province,
 * central agency), and the reception desk of its day with the desk link. A request with {@code sig} is judged by the
 * link alone ({@link DelegateAccess#presented}).
 */
@Component
class AttendanceAccess {

    private final InvitationAccess invitations;
    private final DelegateAccess links;

    AttendanceAccess(InvitationAccess invitations, DelegateAccess links) {
        this.invitations = invitations;
        this.links = links;
    }

    void checkCanRead(String planId, String sig, String day, Caller caller) {
        if (caller == null || DelegateAccess.presented(sig)) {
            links.atDesk(planId, sig, day);
            invitations.find(planId);
        } else {
            invitations.readable(planId, caller);
        }
    }
}
