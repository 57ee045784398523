package vn.gov.conference.notification.email.web;

import org.springframework.stereotype.Component;
import vn.gov.conference.notification.conference.Conferences;
import vn.gov.conference.platform.security.Caller;
import vn.gov.conference.platform.security.Role;

/**
 * Who reads the delivery log: the office and the approver their own province's emails, the central agency every
 * province's. A plan this service knows is not found for another province; reminders about materials of a plan it
 * has not seen approved are still listed, within the caller's own province.
 */
@Component
class DeliveryLogAccess {

    private final Conferences conferences;

    DeliveryLogAccess(Conferences conferences) {
        this.conferences = conferences;
    }

    void checkCanRead(Caller caller) {
        caller.checkRole(Role.CENTRAL, Role.OFFICE, Role.APPROVER);
    }

    void checkCanReadPlan(Caller caller, String planId) {
        conferences
                .findById(planId)
                .filter(conference -> conference.tenant() != null)
                .ifPresent(conference -> caller.checkCanRead(conference.tenant(), "Plan " + planId));
    }

    /** The central agency sees every province's emails; anyone else only their own province's. */
    boolean seesEveryProvince(Caller caller) {
        return caller.isCentral();
    }
}
