package vn.gov.conference.plan.readiness;

import vn.gov.conference.platform.security.Caller;
import vn.gov.conference.platform.security.Role;

/**
 * Who reads readiness: a plan's readiness and the side-by-side table, the central agency and a province's office and
 * approver, each for the plans it reads (the plan's own rules, {@code PlanAccess}); the coverage of a year, the
 * central agency alone.
 */
final class ReadinessAccess {

    private ReadinessAccess() {}

    static void checkCanReadReadiness(Caller caller) {
        caller.checkRole(Role.CENTRAL, Role.OFFICE, Role.APPROVER);
    }

    static void checkCanReadCoverage(Caller caller) {
        caller.checkRole(Role.CENTRAL);
    }
}
