package vn.gov.conference.notification.invitation.web;

import org.springframework.stereotype.Component;

import vn.gov.conference.notification.conference.Conference;
import vn.gov.conference.notification.conference.Conferences;
import vn.gov.conference.platform.security.Caller;
import vn.gov.conference.platform.security.Role;
import vn.gov.conference.platform.web.NotFoundException;

/**
 * Who may see and manage a conference's invitations: the office of its province manages them, the approver of its
 * province and the central agency read them; another province's conference does not exist for the caller.
 */
@Component
public class PlanAccess {

    private final Conferences conferences;

    PlanAccess(Conferences conferences) {
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
        return conferences.findById(planId).filter(conference -> conference.tenant() != null)
                .orElseThrow(() -> new NotFoundException(what(planId)));
    }

    private static String what(String planId) {
        return "Plan " + planId;
    }
}
