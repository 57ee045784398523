package vn.gov.conference.notification.invitation.web;

import org.springframework.stereotype.Component;
import vn.gov.conference.notification.conference.Conference;
import vn.gov.conference.notification.conference.Conferences;
import vn.gov.conference.notification.invitation.Invitation;
import vn.gov.conference.platform.security.Caller;
import vn.gov.conference.platform.security.Role;
import vn.gov.conference.platform.web.NotFoundException;

/**
 * Who may see and manage invitations with a token, a conference's and each one: the office of its province manages
 * them, the approver of its province and the central agency read them; another province's conference or invitation
 * does not exist for the caller. What a signed link may do without a token is {@link DelegateAccess}'s rule.
 */
@Component
public class InvitationAccess {

    private final Conferences conferences;

    InvitationAccess(Conferences conferences) {
        this.conferences = conferences;
    }

    public Conference readable(String planId, Caller caller) {
        Conference conference = find(planId);
        caller.checkCanRead(conference.tenant(), what(planId));
        caller.checkRole(Role.CENTRAL, Role.OFFICE, Role.APPROVER);
        return conference;
    }

    public Conference manageable(String planId, Caller caller) {
        Conference conference = find(planId);
        caller.checkCanWrite(conference.tenant(), what(planId), Role.OFFICE);
        return conference;
    }

    /** The conference, for a caller already admitted otherwise (the reception desk's link). */
    public Conference find(String planId) {
        return conferences
                .findById(planId)
                .filter(conference -> conference.tenant() != null)
                .orElseThrow(() -> new NotFoundException(what(planId)));
    }

    /** Reading one invitation (and its letter): as reading its conference's invitations. */
    public void checkCanRead(Invitation invitation, Caller caller) {
        caller.checkCanRead(invitation.tenant(), what(invitation));
        caller.checkRole(Role.CENTRAL, Role.OFFICE, Role.APPROVER);
    }

    /** Answering for the invitee, re-opening the answer, checking the delegate in: its province's office. */
    public void checkCanManage(Invitation invitation, Caller caller) {
        caller.checkCanWrite(invitation.tenant(), what(invitation), Role.OFFICE);
    }

    private static String what(Invitation invitation) {
        return "Invitation " + invitation.id().value();
    }

    private static String what(String planId) {
        return "Plan " + planId;
    }
}
