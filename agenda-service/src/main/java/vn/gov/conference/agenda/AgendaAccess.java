package vn.gov.conference.agenda;

import vn.gov.conference.platform.security.Caller;
import vn.gov.conference.platform.security.Role;
import vn.gov.conference.platform.web.NotFoundException;

/**
 * Who may do what with an agenda. The office of the plan's province edits and publishes; the province's other roles
 * and the central agency read, its departments once the plan is approved (as plan-service shows them the plan);
 * another province's agenda, or a drafted plan's for a department, does not exist for the caller (404).
 */
final class AgendaAccess {

    private AgendaAccess() {}

    static void checkCanRead(Caller caller, Agenda agenda) {
        caller.checkCanRead(agenda.province(), what(agenda));
        // plan-service's rule (PlanAccess.visibleToDepartments): a department sees a plan, so its agenda, only once
        // it is approved; before that neither exists for it (404, as for another province's).
        if (caller.is(Role.DEPARTMENT) && !visibleToDepartments(agenda)) {
            throw new NotFoundException(what(agenda));
        }
    }

    static void checkCanEdit(Caller caller, Agenda agenda) {
        caller.checkCanWrite(agenda.province(), what(agenda), Role.OFFICE);
    }

    /** A drafted (or submitted) plan is the office's and the approver's business; an approved or cancelled one not. */
    static boolean visibleToDepartments(Agenda agenda) {
        return agenda.plan().status() != PlanStatus.DRAFTED;
    }

    static String what(String planId) {
        return "The agenda of plan " + planId;
    }

    private static String what(Agenda agenda) {
        return what(agenda.planId());
    }
}
